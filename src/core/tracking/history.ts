/** What a student's events say, read the same way by every command. */
import type { EventType, StudentRecord, TrackingEvent } from '../record.js';

/** The events that make a student done: logging in, or being recorded as having had an account. */
export const FINISHING_EVENTS: ReadonlySet<EventType> = new Set(['done', 'already-registered']);

/** When the student was finished (the last finishing event), for a done student; else undefined. */
export function finishedAt(record: Pick<StudentRecord, 'state' | 'events'>): string | undefined {
  if (record.state !== 'done') return undefined;
  return record.events.findLast((event) => FINISHING_EVENTS.has(event.type))?.at;
}

/** The step an event reaches on the class's progress: an existing account counts as done. */
export const stepOf = (event: Pick<TrackingEvent, 'type'>): EventType => (event.type === 'already-registered' ? 'done' : event.type);

/**
 * The phones troubleshooting rows 2 and 3 recorded as wrong for this student (events
 * 'support-request' and 'reopened'), less the one the monitor allowed again: the record's phone,
 * typed twice after the stated confirmation. No path that sets a phone may bring one back.
 */
export function wrongPhones(record: Pick<StudentRecord, 'fields' | 'events' | 'phoneConfirmed'> | undefined): string[] {
  const allowed = record?.fields.phone !== undefined && record.phoneConfirmed === record.fields.phone ? record.phoneConfirmed : undefined;
  return (record?.events ?? [])
    .filter((event) => event.type === 'support-request' || event.type === 'reopened')
    .flatMap((event) => (event.value && event.value !== allowed ? [event.value] : []));
}
