/** Reading what a user types for an event: its name, its time and its value. */
import { isIsoDate } from '../calendar/iso-date.js';
import { parseCalendarDate } from '../calendar/parse-date.js';
import type { EventType } from '../record.js';
import { foldForSearch } from '../text.js';
import { TrackingError } from './errors.js';
import { DATE_ONLY_TIME, eventMessages } from './messages.js';

export { DATE_ONLY_TIME };

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
// '09:30', '9:30:15', '9:30:15.5', and the Vietnamese '9h30' or '9h'.
const CLOCK = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(\.\d{1,9})?)?|h(\d{2})?)$/i;

export interface EventTime {
  at: Date;
  /** Only a day was given; `at` is that day at DATE_ONLY_TIME, Vietnam time. */
  dateOnly: boolean;
}

/** 'HH:mm:ss.fff' from a typed clock time, or undefined when it is not one. */
function readClock(text: string): string | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, h, m, s, fraction, afterH] = match;
  const hours = Number(h);
  const minutes = Number(m ?? afterH ?? 0);
  const seconds = Number(s ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}${fraction ?? ''}`;
}

/**
 * An event time as a person types it, read as Vietnam's clock (never the machine's zone, so the
 * result does not depend on where the tool runs): a date and a time in either order, the date
 * ISO or day first ('2026-03-02 09:30', '09:30 02/03/2026', '02/03/2026 9h30' — the tool prints
 * '15:00 13/02/2026' itself); a date alone (taken as DATE_ONLY_TIME); or ISO 8601 with a zone.
 */
export function readEventTime(input: string): EventTime {
  const text = input.trim().replace(/\s+/g, ' ');
  const refuse = () => new TrackingError('invalid-time', eventMessages.invalidTime(input));
  const zoned = WITH_ZONE.exec(text);
  if (zoned) {
    const ms = Date.parse(text);
    if (!isIsoDate(zoned[1] as string) || Number.isNaN(ms)) throw refuse();
    return { at: new Date(ms), dateOnly: false };
  }
  const parts = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ').split(' ');
  if (parts.length > 2 || parts[0] === '') throw refuse();
  const [first = '', second] = parts;
  let day: string | undefined;
  let clock: string | undefined;
  if (second === undefined) {
    day = parseCalendarDate(first);
    clock = DATE_ONLY_TIME;
  } else {
    // Date then time, or time then date.
    day = parseCalendarDate(first);
    clock = day === undefined ? undefined : readClock(second);
    if (clock === undefined) {
      day = parseCalendarDate(second);
      clock = readClock(first);
    }
  }
  if (day === undefined || clock === undefined) throw refuse();
  const ms = Date.parse(`${day}T${clock}+07:00`);
  if (Number.isNaN(ms)) throw refuse();
  return { at: new Date(ms), dateOnly: second === undefined };
}

/** The instant of readEventTime, for callers that need no more. */
export function parseEventTime(input: string): Date {
  return readEventTime(input).at;
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
