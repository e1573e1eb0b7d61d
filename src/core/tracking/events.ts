/** Reading what a user types for an event: its name, its time and its value. */
import { isIsoDate } from '../calendar/iso-date.js';
import type { EventType } from '../record.js';
import { foldForSearch } from '../text.js';
import { TrackingError } from './errors.js';
import { eventMessages } from './messages.js';

export const EVENT_TYPES = [
  'ready',
  'submitted',
  'file-number',
  'password',
  'done',
  'reopened',
  'support-request',
] as const satisfies readonly EventType[];

// Keys are folded: lowercase, no diacritics, words joined by '-' ("Số hồ sơ" → "so-ho-so").
const ALIASES: Readonly<Record<string, EventType>> = {
  ready: 'ready',
  'san-sang': 'ready',
  submitted: 'submitted',
  'ghi-nhan': 'submitted',
  'da-ghi-nhan': 'submitted',
  'file-number': 'file-number',
  'so-ho-so': 'file-number',
  password: 'password',
  'mat-khau': 'password',
  done: 'done',
  xong: 'done',
  'dang-nhap': 'done',
  'hoan-tat': 'done',
  reopened: 'reopened',
  reopen: 'reopened',
  'mo-lai': 'reopened',
  'support-request': 'support-request',
  'ho-tro': 'support-request',
};

/** An event name as typed ("mật khẩu", "so-ho-so", "Đã ghi nhận", "done") → its EventType. */
export function parseEventName(input: string): EventType {
  const type = ALIASES[foldForSearch(input).replace(/ /g, '-')];
  if (type === undefined) throw new TrackingError('unknown-event', eventMessages.unknownEvent(input, Object.keys(ALIASES)));
  return type;
}

const WITH_ZONE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const VIETNAM_WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)$/;

/**
 * An event time: ISO 8601 with a zone, or a date and time without one, read as Vietnam's
 * clock (never the machine's zone, so the result does not depend on where the tool runs).
 */
export function parseEventTime(input: string): Date {
  const text = input.trim();
  const local = VIETNAM_WALL_CLOCK.exec(text);
  const zoned = local ? null : WITH_ZONE.exec(text);
  const datePart = local?.[1] ?? zoned?.[1];
  const ms = local ? Date.parse(`${local[1]}T${local[2]}+07:00`) : zoned ? Date.parse(text) : NaN;
  if (datePart === undefined || !isIsoDate(datePart) || Number.isNaN(ms)) {
    throw new TrackingError('invalid-time', eventMessages.invalidTime(input));
  }
  return new Date(ms);
}

const FILE_NUMBER = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** The file number of the SMS, trimmed; letters, digits and single dashes, with a digit. */
export function parseFileNumber(value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new TrackingError('invalid-value', eventMessages.fileNumberMissing);
  if (text.length > 40 || !FILE_NUMBER.test(text) || !/\d/.test(text)) {
    throw new TrackingError('invalid-value', eventMessages.fileNumberInvalid(text));
  }
  return text;
}

/** The wrong phone of a support request, trimmed; only its shape is checked. */
export function parseWrongPhone(value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new TrackingError('invalid-value', eventMessages.phoneMissing);
  if (!/^\+?\d{8,12}$/.test(text.replace(/[\s.-]/g, ''))) {
    throw new TrackingError('invalid-value', eventMessages.phoneInvalid(text));
  }
  return text;
}
