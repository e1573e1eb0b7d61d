/**
 * One rule: for every state and every phase of the deadlines, the board's wording, its "needs
 * action", the reminder to the classmate, the teacher's words and the one-line summary all come
 * from the same next step, and never disagree.
 */
import { describe, expect, it } from 'vitest';
import type { StudentRecord, StudentState } from '../../../src/core/record.js';
import { teacherStep } from '../../../src/core/report/teacher-step.js';
import {
  ACTOR, NEXT_STEP_KINDS, REMINDER_ORDER, boardEntry, buildBoard, classSummary, reminderFor, summaryPartOf, type NextStepKind,
} from '../../../src/core/tracking/index.js';
import { REMINDER_TEXT } from '../../../src/core/tracking/remind-messages.js';
import { record, vn } from './helpers.js';

const now = vn('2026-03-09T10:00'); // a Monday

const complete = { name: 'Trần Văn Cường', bhxhCode: '7900000101', idNumber: '079204010101', frontPhoto: '/a.jpg', backPhoto: '/b.png',
  province: 'Thành phố Hồ Chí Minh', ward: 'Phường Bến Nghé', street: '1 Lê Lợi', phone: '0912345678' };

/** A record for each case the rule tells apart, with the kind it must give. */
const CASES: Array<{ kind: NextStepKind; state: StudentState; record: StudentRecord; photos?: ['frontPhoto'] }> = [
  { kind: 'complete', state: 'draft', record: record('c1', 'Lê Thị Hoa', 'draft') },
  { kind: 'review', state: 'draft', record: { ...record('c2', 'Lê Thị Hoa', 'draft'), fields: complete } },
  { kind: 'photos-gone', state: 'ready', record: { ...record('c3', 'Lê Văn Nam', 'ready', [['ready', '2026-03-08T20:00']]), fields: complete }, photos: ['frontPhoto'] },
  { kind: 'photos-gone', state: 'draft', record: { ...record('c4', 'Lê Văn Nam', 'draft'), fields: complete }, photos: ['frontPhoto'] },
  { kind: 'enter-in-app', state: 'ready', record: record('c5', 'Phạm Minh', 'ready', [['ready', '2026-03-08T20:00']]) },
  { kind: 'await-file-number', state: 'submitted', record: record('c6', 'Bùi Tú', 'submitted', [['submitted', '2026-03-09T09:50']]) },
  { kind: 'no-file-number', state: 'submitted', record: record('c7', 'Lê Thị Hoa', 'submitted', [['submitted', '2026-03-09T09:00']]) },
  { kind: 'await-password', state: 'file-number', record: record('c8', 'Dương Khoa', 'file-number', [['submitted', '2026-03-09T07:59'], ['file-number', '2026-03-09T08:00', '3']]) },
  { kind: 'forgot-password', state: 'file-number', record: record('c9', 'Hồ Quang', 'file-number', [['submitted', '2026-03-06T09:00'], ['file-number', '2026-03-06T09:01', '4']]) },
  { kind: 'password-overdue', state: 'file-number', record: record('c10', 'Trần Văn Cường', 'file-number', [['submitted', '2026-03-02T09:00'], ['file-number', '2026-03-02T09:01', '2']]) },
  { kind: 'log-in', state: 'password', record: record('c12', 'Vũ Lan', 'password', [['submitted', '2026-03-08T09:00'], ['password', '2026-03-09T08:00']]) },
  { kind: 'done', state: 'done', record: record('c13', 'Đặng Thị Bích', 'done', [['submitted', '2026-03-02T09:00'], ['done', '2026-03-03T10:00']]) },
];

const COMMAND = /vssid-helper|--[a-z]|«(submitted|password|done|file-number|reopened|ready)»/;

describe('the next step: one rule for the board, the reminder, the report and the summary', () => {
  it('every kind of next step is reached by some record in the cases below', () => {
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(NEXT_STEP_KINDS));
  });

  it.each(CASES)('$kind ($state, $record.id): the board and the reminder agree', ({ kind, state, record, photos }) => {
    expect(record.state).toBe(state);
    const entry = boardEntry(record, now, {}, photos ?? []);
    expect(entry.step.kind).toBe(kind);
    // Someone acts exactly when the board says the student needs action.
    expect(entry.needsAction).toBe(ACTOR[kind] !== 'nobody');
    const reminder = reminderFor(entry, record);
    if (ACTOR[kind] === 'student') {
      // The classmate's turn: a message, of the same kind, naming them, with no command in it.
      expect(reminder?.kind).toBe(kind);
      expect(reminder?.text).toContain(record.fields.name?.split(' ').at(-1));
      expect(reminder?.text).not.toMatch(COMMAND);
      expect(REMINDER_ORDER).toContain(kind);
    } else {
      // The monitor's turn or a wait: the classmate is not nagged.
      expect(reminder).toBeUndefined();
      expect(REMINDER_TEXT[kind]).toBeUndefined();
    }
    // The teacher reads the same step in plain words.
    expect(teacherStep(entry)).not.toMatch(COMMAND);
    // The summary counts the student where the board puts them.
    const board = buildBoard([record], now, {}, () => photos ?? []);
    const part = classSummary(board, '').parts.find((p) => p.count === 1);
    expect(part?.key).toBe(summaryPartOf(entry));
    expect(part?.mustAct.length).toBe(ACTOR[kind] === 'student' ? 1 : 0);
  });

  it('overdue on the board means overdue in the reminder: the due date is said and said to be past', () => {
    const entry = boardEntry(CASES[9]!.record, now);
    expect(entry.overdue).toBe(true);
    expect(reminderFor(entry, CASES[9]!.record)?.text).toBe(
      'Cường ơi, hạn nhận mật khẩu VssID là thứ Năm 05/03 và đã qua: vào VssID, chọn «Quên mật khẩu» để được gửi mật khẩu mới, rồi báo lớp trưởng.',
    );
  });

  it('a draft lists what the classmate must send, in their words, by the day asked', () => {
    const draft = { ...CASES[0]!.record, fields: { ...complete, backPhoto: undefined, phone: undefined } } as StudentRecord;
    const text = reminderFor(boardEntry(draft, now), draft, { by: '2026-03-13' })?.text;
    expect(text).toBe('Chào Cường, bạn còn thiếu ảnh mặt sau CCCD và số điện thoại để đăng ký VssID: gửi cho lớp trưởng trước thứ Sáu 13/03.');
  });
});
