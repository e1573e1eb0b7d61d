/** Troubleshooting row 3: students whose wrong phone the support desk must fix. */
import type { StudentRecord, TrackingEvent } from '../record.js';

/**
 * A later SMS or login proves the right phone now works, and an answer from the support desk
 * closes the request too: either way it is settled.
 */
const SETTLES: ReadonlySet<TrackingEvent['type']> = new Set(['file-number', 'password', 'done', 'support-answered']);

export interface SupportRequest {
  id: string;
  name: string;
  bhxhCode: string;
  wrongPhone: string;
  /** The record's phone once it differs from the wrong one; undefined until it is corrected. */
  rightPhone?: string;
  /** ISO instant of the request. */
  requestedAt: string;
  /** When the e-mail asking for it was recorded as sent; undefined while it is still to send. */
  emailSentAt?: string;
}

/** The last support-request event that nothing has settled since, if any. */
export function pendingSupportRequest(record: StudentRecord): TrackingEvent | undefined {
  for (let i = record.events.length - 1; i >= 0; i -= 1) {
    const event = record.events[i] as TrackingEvent;
    if (SETTLES.has(event.type)) return undefined;
    if (event.type === 'support-request') return event;
  }
  return undefined;
}

const digits = (phone: string): string => phone.replace(/\D/g, '').replace(/^84(?=\d{9}$)/, '0');

/** The same number however it was typed: '0912 345 678', '+84912345678'. */
export const samePhone = (a: string | undefined, b: string): boolean => a !== undefined && digits(a) === digits(b);

export function supportRequestOf(record: StudentRecord): SupportRequest | undefined {
  const event = pendingSupportRequest(record);
  if (event === undefined) return undefined;
  const wrongPhone = event.value ?? '';
  const request: SupportRequest = {
    id: record.id,
    name: record.fields.name ?? '',
    bhxhCode: record.fields.bhxhCode ?? '',
    wrongPhone,
    requestedAt: event.at,
  };
  const current = record.fields.phone;
  if (current && !samePhone(current, wrongPhone)) request.rightPhone = current;
  const sent = record.events.slice(record.events.lastIndexOf(event)).findLast((e) => e.type === 'support-email-sent');
  if (sent !== undefined) request.emailSentAt = sent.at;
  return request;
}

/** The pending requests, oldest first, for the e-mail. */
export function pendingSupportRequests(records: readonly StudentRecord[]): SupportRequest[] {
  return records
    .flatMap((record) => supportRequestOf(record) ?? [])
    .sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : 0));
}

/**
 * The phone that was registered by mistake: the record's own while it is past submitting (the
 * number typed into the app), else the one an earlier reopening removed, else the record's.
 */
export function registeredPhone(record: StudentRecord): string | undefined {
  const submittedOrLater = record.state !== 'draft' && record.state !== 'ready';
  if (submittedOrLater && record.fields.phone) return record.fields.phone;
  const removed = record.events.findLast((e) => e.type === 'reopened' && e.value)?.value;
  return removed ?? record.fields.phone;
}
