/** Saved records as rows for a teacher: the form's fields, then where each student stands. */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { vietnamWallClock } from '../calendar/vietnam-time.js';
import { FORM_TEXT } from '../content/registration.js';
import { FIELD_LABELS } from '../fields/messages.js';
import { FORM_ORDER, type FieldKey, type StudentFields, type StudentRecord, type TrackingEvent } from '../record.js';
import { passwordDueDate } from '../tracking/deadlines.js';
import { STATE_LABELS } from '../tracking/messages.js';

// Photo paths point into the monitor's own folders: useless to a teacher, and they reveal names.
const EXPORTED_FIELDS: readonly FieldKey[] = FORM_ORDER.filter(
  (key) => key !== 'frontPhoto' && key !== 'backPhoto' && key !== 'portraitPhoto',
);

const TRACKING_HEADERS = [
  'Trạng thái',
  'Ghi nhận lúc',
  'Số hồ sơ',
  'Nhận số hồ sơ lúc',
  'Hạn nhận mật khẩu',
  'Nhận mật khẩu lúc',
  'Hoàn tất lúc',
] as const;

export const EXPORT_HEADERS: readonly string[] = ['Mã', ...EXPORTED_FIELDS.map((key) => FIELD_LABELS[key]), ...TRACKING_HEADERS];

export interface ExportedRecord {
  id: string;
  state: StudentRecord['state'];
  stateLabel: string;
  fields: StudentFields;
  submittedAt?: string;
  fileNumber?: string;
  fileNumberAt?: string;
  /** 'YYYY-MM-DD', inclusive. */
  passwordDueDate?: string;
  passwordAt?: string;
  doneAt?: string;
  events: TrackingEvent[];
}

/** The events since the last reopening: an abandoned attempt's dates would mislead. */
function currentAttempt(events: readonly TrackingEvent[]): readonly TrackingEvent[] {
  const reopened = events.findLastIndex((e) => e.type === 'reopened');
  return events.slice(reopened + 1);
}

export function exportRecord(record: StudentRecord, overrides: DayOffOverrides = {}): ExportedRecord {
  const attempt = currentAttempt(record.events);
  const last = (type: TrackingEvent['type']) => attempt.findLast((e) => e.type === type);
  const fileNumber = last('file-number');
  const out: ExportedRecord = {
    id: record.id,
    state: record.state,
    stateLabel: STATE_LABELS[record.state],
    fields: record.fields,
    events: record.events,
  };
  const set = <K extends keyof ExportedRecord>(key: K, value: ExportedRecord[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('submittedAt', last('submitted')?.at);
  set('fileNumber', fileNumber?.value);
  set('fileNumberAt', fileNumber?.at);
  if (record.state === 'file-number') set('passwordDueDate', passwordDueDate(record, overrides));
  set('passwordAt', last('password')?.at);
  set('doneAt', last('done')?.at);
  return out;
}

/** Vietnam's wall clock as 'YYYY-MM-DD HH:mm': every spreadsheet locale reads it as a date. */
export function spreadsheetTime(instant: string | undefined): string {
  if (instant === undefined) return '';
  const { date, time } = vietnamWallClock(new Date(instant));
  return `${date} ${time}`;
}

function fieldText(key: FieldKey, fields: StudentFields): string {
  const value = fields[key];
  if (value === undefined) return '';
  if (key === 'subjectType') return 'Cá nhân';
  if (key === 'channel') return FORM_TEXT.channel;
  if (key === 'submissionMethod') return value === 'postal' ? 'Bưu chính công ích' : 'Tại nơi tiếp nhận hồ sơ';
  if (key === 'commitment') return value === true ? 'Đã cam kết' : '';
  return String(value);
}

/** One row per record under EXPORT_HEADERS. */
export function exportRow(exported: ExportedRecord): string[] {
  return [
    exported.id,
    ...EXPORTED_FIELDS.map((key) => fieldText(key, exported.fields)),
    exported.stateLabel,
    spreadsheetTime(exported.submittedAt),
    exported.fileNumber ?? '',
    spreadsheetTime(exported.fileNumberAt),
    exported.passwordDueDate ?? '',
    spreadsheetTime(exported.passwordAt),
    spreadsheetTime(exported.doneAt),
  ];
}
