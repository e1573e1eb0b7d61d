/**
 * A class of 40 around Tết 2026 (break: Sat 14/02 – Sun 22/02; Tết is Tue 17/02), seen at
 * NOW = Tue 24/02/2026 10:00, Vietnam time. Due dates below were counted by hand on a calendar:
 * 3 working days after the file-number SMS, skipping weekends and the Tết break.
 */
import type { StudentFields, StudentRecord, TrackingEvent } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';

export const NOW = '2026-02-24T10:00';
const vn = (local: string): string => new Date(`${local}:00+07:00`).toISOString();

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khoa', 'Yến'];

type Step = [TrackingEvent['type'], string, string?];

/** Named students the tests look at, with what a person checking the calendar expects. */
export const KEY_STUDENTS = {
  // SMS Tue 10/02 → Wed 11, Thu 12, Fri 13: due 13/02, overdue.
  overdueBeforeTet: { steps: [['submitted', '2026-02-10T08:55'], ['file-number', '2026-02-10T09:00', 'HS-0001']] as Step[], due: '2026-02-13' },
  // SMS Wed 11/02 → Thu 12, Fri 13, Mon 23 (the break skipped): due 23/02, overdue by one day.
  overdueAcrossTet: { steps: [['submitted', '2026-02-11T09:00'], ['file-number', '2026-02-11T09:01', 'HS-0002']] as Step[], due: '2026-02-23' },
  // SMS Thu 12/02 → Fri 13, Mon 23, Tue 24: due today, not overdue, but past 72 hours (row 5).
  dueToday: { steps: [['submitted', '2026-02-12T09:00'], ['file-number', '2026-02-12T09:01', 'HS-0003']] as Step[], due: '2026-02-24' },
  // SMS Fri 13/02 → Mon 23, Tue 24, Wed 25.
  dueTomorrow: { steps: [['submitted', '2026-02-13T16:00'], ['file-number', '2026-02-13T16:02', 'HS-0004']] as Step[], due: '2026-02-25' },
  // SMS on Tết day itself (Tue 17/02) counts from Mon 23 → Tue 24, Wed 25, Thu 26.
  smsDuringTet: { steps: [['submitted', '2026-02-17T20:00'], ['file-number', '2026-02-17T20:01', 'HS-0005']] as Step[], due: '2026-02-26' },
  // Submitted two hours ago, no file-number SMS: row 2, overdue.
  noFileNumber: { steps: [['submitted', '2026-02-24T08:00']] as Step[], due: undefined },
  // Submitted ten minutes ago: just waiting.
  justSubmitted: { steps: [['submitted', '2026-02-24T09:50']] as Step[], due: undefined },
  // Wrong phone, marked for support, reopened, right phone typed in since.
  supportCorrected: {
    steps: [['submitted', '2026-02-09T09:00'], ['support-request', '2026-02-10T09:00', '0911111111'], ['reopened', '2026-02-10T09:00', '0911111111']] as Step[],
    due: undefined,
  },
  // Wrong phone, marked, the right one not known yet (phone cleared).
  supportPending: {
    steps: [['submitted', '2026-02-09T10:00'], ['support-request', '2026-02-10T10:00', '0922222222'], ['reopened', '2026-02-10T10:00', '0922222222']] as Step[],
    due: undefined,
  },
} as const;

/** `code` moves the identity numbers, so a second class has other students. */
function fieldsFor(n: number, code = 0): StudentFields {
  const name = `${FAMILY[n % 10]} ${MIDDLE[Math.floor(n / 10)]} ${GIVEN[n % 7]}`;
  return {
    subjectType: 'individual',
    name,
    bhxhCode: String(7900000100 + n + code),
    idNumber: `0792040${String(10000 + n + code)}`,
    phone: `09${String(12000000 + n + code).padStart(8, '0')}`,
    province: 'Thành phố Hồ Chí Minh',
    ward: 'Phường Bến Nghé',
    street: `${n + 1} Lê Lợi`,
    contactPerson: name,
    channel: 'portal',
    receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh',
    submissionMethod: 'reception',
    commitment: true,
  };
}

const DONE_EARLY: Step[] = [['submitted', '2026-01-12T09:00'], ['file-number', '2026-01-12T09:01', 'HS-9'], ['password', '2026-01-13T10:00'], ['done', '2026-01-13T20:00']];
const DONE_LATE: Step[] = [['submitted', '2026-02-09T09:00'], ['file-number', '2026-02-09T09:01', 'HS-8'], ['password', '2026-02-11T10:00'], ['done', '2026-02-12T08:00']];
const PASSWORD: Step[] = [['submitted', '2026-02-23T09:00'], ['file-number', '2026-02-23T09:01', 'HS-7'], ['password', '2026-02-24T08:00']];
const WAITING: Step[] = [['submitted', '2026-02-23T14:00'], ['file-number', '2026-02-23T14:01', 'HS-6']];
const READY: Step[] = [['ready', '2026-02-23T20:00']];

/** 40 students: 9 key ones, 8 done in January, 6 done in February, 5 with a password, 5 waiting, 3 ready, 4 drafts. */
export function classRecords(code = 0): Array<{ key?: keyof typeof KEY_STUDENTS; fields: StudentFields; steps: Step[] }> {
  const plan: Array<{ key?: keyof typeof KEY_STUDENTS; steps: Step[] }> = [
    ...Object.entries(KEY_STUDENTS).map(([key, s]) => ({ key: key as keyof typeof KEY_STUDENTS, steps: [...s.steps] })),
    ...Array.from({ length: 8 }, () => ({ steps: DONE_EARLY })),
    ...Array.from({ length: 6 }, () => ({ steps: DONE_LATE })),
    ...Array.from({ length: 5 }, () => ({ steps: PASSWORD })),
    ...Array.from({ length: 5 }, () => ({ steps: WAITING })),
    ...Array.from({ length: 3 }, () => ({ steps: READY })),
    ...Array.from({ length: 4 }, () => ({ steps: [] as Step[] })),
  ];
  return plan.map((p, n) => ({ ...p, fields: fieldsFor(n, code) }));
}

const STATE_AFTER: Partial<Record<TrackingEvent['type'], StudentRecord['state']>> = {
  ready: 'ready', submitted: 'submitted', 'file-number': 'file-number', password: 'password', done: 'done', reopened: 'draft',
};

/**
 * Saves the class into `home`; returns the ids of the key students. With `className`, the
 * profile names the class first (records carry it); `code` gives other identity numbers.
 */
export function seedClass(
  home: string,
  options: { className?: string; code?: number } = {},
): Record<keyof typeof KEY_STUDENTS, string> & { all: string[] } {
  const store = openStore({ home });
  if (options.className !== undefined) store.setProfile({ className: options.className });
  const ids: Record<string, string> = {};
  const records = classRecords(options.code).map(({ key, fields, steps }) => {
    const record = store.create(fields, new Date(vn('2026-01-05T08:00')));
    // A submitted record went through 'ready' first, like one the wizard finished.
    const first = steps[0];
    const events: TrackingEvent[] = first?.[0] === 'submitted' ? [{ type: 'ready', at: vn(first[1]) }] : [];
    let state: StudentRecord['state'] = 'draft';
    for (const [type, local, value] of steps) {
      events.push({ type, at: vn(local), ...(value === undefined ? {} : { value }) });
      state = STATE_AFTER[type] ?? state;
    }
    if (key === 'supportCorrected') fields.phone = '0933333333';
    if (key === 'supportPending') delete fields.phone;
    if (key) ids[key] = record.id;
    return { ...record, fields, state, events };
  });
  store.saveMany(records, new Date(vn('2026-02-24T09:00')));
  return { ...(ids as Record<keyof typeof KEY_STUDENTS, string>), all: records.map((r) => r.id) };
}
