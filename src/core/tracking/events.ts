/** Reading what a user types for an event: its name, its time and its value. */
import { readVietnamTime, type VietnamTime } from '../calendar/read-time.js';
import { vietnamDateOf } from '../calendar/vietnam-time.js';
import { unsupportedYearMessage } from '../calendar/years.js';
import type { EventType } from '../record.js';
import { editDistance, foldForSearch } from '../text.js';
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
  'already-registered',
  'reminded',
  'support-email-sent',
  'support-answered',
] as const satisfies readonly EventType[];

/**
 * Notes beside the path: they change no state and no deadline, and the order of the real
 * events ignores them (a reminder sent today does not stop Friday's SMS being recorded).
 */
export const NOTE_EVENTS: ReadonlySet<EventType> = new Set(['reminded', 'support-email-sent', 'support-answered']);
export const isNote = (type: EventType): boolean => NOTE_EVENTS.has(type);

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
  'already-registered': 'already-registered',
  'da-co-tai-khoan': 'already-registered',
  'co-tai-khoan': 'already-registered',
  reminded: 'reminded',
  'da-nhac': 'reminded',
  'support-email-sent': 'support-email-sent',
  'da-gui-email': 'support-email-sent',
  'gui-email-ho-tro': 'support-email-sent',
  'support-answered': 'support-answered',
  'ho-tro-da-tra-loi': 'support-answered',
  'da-tra-loi': 'support-answered',
};

const aliasKey = (input: string): string => foldForSearch(input).replace(/ /g, '-');

/** Whether `input` names an event, as parseEventName reads it (without making its message for a typo). */
export const isEventName = (input: string): boolean => aliasOf(aliasKey(input)) !== undefined;

/** Own keys only: "constructor" or "__proto__" typed as an event is a typo, not Object's. */
const aliasOf = (key: string): EventType | undefined => (Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined);

/** An event name as typed ("mật khẩu", "so-ho-so", "Đã ghi nhận", "done") → its EventType. */
export function parseEventName(input: string): EventType {
  const key = aliasKey(input);
  const type = aliasOf(key);
  if (type === undefined) throw new TrackingError('unknown-event', eventMessages.unknownEvent(input, Object.keys(ALIASES), nearestEvent(key)));
  return type;
}

/** The event a typo most likely meant ("submited" → submitted): one or two letters off, else none. */
export function nearestEvent(key: string): EventType | undefined {
  if (key === '' || key.length > 40) return undefined;
  let best: { type: EventType; distance: number } | undefined;
  for (const [alias, type] of Object.entries(ALIASES)) {
    const distance = editDistance(key, alias);
    if (distance <= Math.max(1, Math.floor(alias.length / 4)) && (best === undefined || distance < best.distance)) best = { type, distance };
  }
  return best?.type;
}

export type EventTime = VietnamTime;

/**
 * An event time as a person types it, read as Vietnam's clock (never the machine's zone, so the
 * result does not depend on where the tool runs): a date and a time in either order, the date
 * ISO or day first ('2026-03-02 09:30', '09:30 02/03/2026', '02/03/2026 9h30' — the tool prints
 * '15:00 13/02/2026' itself); a date alone (taken as DATE_ONLY_TIME); a time alone (today, given
 * `now`); or ISO 8601 with a zone.
 * See readVietnamTime; a year the calendar cannot compute is refused with the range.
 */
export function readEventTime(input: string, now?: Date): EventTime {
  // With `now`, a time alone ('09:30') is today at that time (Vietnam's day).
  const reading = readVietnamTime(input, DATE_ONLY_TIME, now === undefined ? undefined : vietnamDateOf(now));
  if (!reading.ok) {
    const message =
      reading.unsupportedYear === undefined
        ? eventMessages.invalidTime(input)
        : unsupportedYearMessage(reading.unsupportedYear, input.trim());
    throw new TrackingError('invalid-time', message);
  }
  return { at: reading.at, dateOnly: reading.dateOnly };
}

/** The instant of readEventTime, for callers that need no more. */
export function parseEventTime(input: string, now?: Date): Date {
  return readEventTime(input, now).at;
}

const FILE_NUMBER = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * The file number of the SMS, trimmed; letters, digits and single dashes, with a digit. Spaces
 * typed inside it ("HS 987654", a number copied in groups) are dropped: "HS987654".
 */
export function parseFileNumber(value: string | undefined): string {
  const text = value?.replace(/\s+/g, '') ?? '';
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
