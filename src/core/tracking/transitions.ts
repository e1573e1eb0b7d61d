/**
 * The tracking state machine: draft → ready → submitted → file-number → password → done.
 *
 * Up to 'submitted' every step is the monitor's own and none may be skipped. After it, the
 * events are things observed (an SMS, a login), and a later one proves the earlier happened:
 * 'password' may follow 'submitted' directly (the file-number SMS was missed or deleted; only
 * the password due date is then unknown) and 'done' may follow 'submitted' or 'file-number'.
 * Nothing goes backwards except 'reopened', which returns to draft to re-register (rows 2, 3).
 * 'already-registered' goes from a draft or a ready record straight to done: the student had an
 * account before (most were registered by their parents at high school), so there is no form.
 * Notes ('reminded', the support e-mail sent or answered) change no state (events.ts).
 */
import type { EventType, StudentFields, StudentRecord, StudentState, TrackingEvent } from '../record.js';
import { TrackingError } from './errors.js';
import { pendingSupportRequest } from '../support/requests.js';
import { EVENT_TYPES, isNote, parseEventTime, parseFileNumber, parseWrongPhone } from './events.js';
import { eventMessages } from './messages.js';

/** How far an event time may be ahead of `now`: phones and laptops disagree a little. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const PROGRESS: Readonly<Record<StudentState, number>> = {
  draft: 0,
  ready: 1,
  submitted: 2,
  'file-number': 3,
  password: 4,
  done: 5,
};

export function canApply(state: StudentState, type: EventType): boolean {
  switch (type) {
    case 'ready':
      return state === 'draft';
    case 'submitted':
      return state === 'ready';
    case 'file-number':
    case 'password':
    case 'done':
      return PROGRESS[state] >= PROGRESS.submitted && PROGRESS[state] < PROGRESS[type];
    case 'reopened':
      return state !== 'draft' && state !== 'done';
    case 'support-request':
      return state !== 'done';
    case 'already-registered':
      return state === 'draft' || state === 'ready';
    case 'reminded':
    case 'support-email-sent':
    case 'support-answered':
      return state !== 'done';
  }
}

/** The steps that may be recorded next, in the order of the path (notes are not steps: see events.ts). */
export function allowedEvents(state: StudentState): EventType[] {
  return EVENT_TYPES.filter((type) => !isNote(type) && canApply(state, type));
}

function refusal(state: StudentState, type: EventType): TrackingError {
  const allowed = allowedEvents(state);
  let message = eventMessages.notAllowed(type, state, allowed);
  if (type !== 'reopened' && type !== 'support-request' && type !== 'already-registered' && !isNoteType(type) && state !== 'done') {
    const target = PROGRESS[type];
    if (PROGRESS[state] >= target) {
      message = eventMessages.alreadyPast(type, state, allowed);
    } else {
      const missing = (['ready', 'submitted'] as const).filter(
        (step) => PROGRESS[step] > PROGRESS[state] && PROGRESS[step] < target,
      );
      message = eventMessages.missingSteps(type, state, missing, allowed);
    }
  }
  return new TrackingError('illegal-transition', message);
}

type NoteType = 'reminded' | 'support-email-sent' | 'support-answered';
const isNoteType = (type: EventType): type is NoteType => isNote(type);

/** What happened in the world (in the app, by SMS), as opposed to the monitor's bookkeeping. */
const REAL_WORLD: ReadonlySet<EventType> = new Set(['submitted', 'file-number', 'password', 'done']);

/**
 * The event a new `type` must not come before. Real-world events (submitted ≤ file-number ≤
 * password ≤ done) are ordered among themselves within the current attempt only: a monitor
 * types on Monday what happened on Friday, after the record (and its 'ready') was entered.
 * Bookkeeping events ('ready', 'reopened', 'support-request') follow the last event recorded.
 */
export function previousInOrder(record: StudentRecord, type: EventType): TrackingEvent | undefined {
  const events = isNote(type) ? record.events : record.events.filter((event) => !isNote(event.type));
  if (!REAL_WORLD.has(type)) return events.at(-1);
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i] as TrackingEvent;
    if (event.type === 'reopened') return undefined;
    if (REAL_WORLD.has(event.type)) return event;
  }
  return undefined;
}

/**
 * The event's time, checked: not in the future, not before the event it must follow (see
 * previousInOrder). A few minutes' disagreement (a time typed from a phone a little ahead, then
 * "now" from the laptop) is clock skew, not a wrong order: such an event takes the other's time.
 */
function checkTime(record: StudentRecord, type: EventType, at: Date, now: Date): Date {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new TrackingError('future-time', eventMessages.futureTime(at, now));
  }
  const previous = previousInOrder(record, type);
  const previousAt = previous === undefined ? undefined : Date.parse(previous.at);
  if (previous === undefined || previousAt === undefined || at.getTime() >= previousAt) return at;
  if (previousAt - at.getTime() <= CLOCK_SKEW_MS) return new Date(previousAt);
  throw new TrackingError('before-previous', eventMessages.beforePrevious(at, previous.type, new Date(previousAt)));
}

function nextState(state: StudentState, type: EventType): StudentState {
  if (type === 'reopened') return 'draft';
  if (type === 'support-request' || isNoteType(type)) return state;
  if (type === 'already-registered') return 'done';
  return type;
}

/**
 * The record with `event` applied: a new object (the input is not touched), the event's time
 * stored as UTC ISO, its value checked and trimmed. Throws TrackingError when refused.
 * `isComplete` decides whether the fields are complete and valid, for 'ready'.
 */
export function applyEvent(
  record: StudentRecord,
  event: TrackingEvent,
  now: Date,
  isComplete: (fields: StudentFields) => boolean,
): StudentRecord {
  const { type } = event;
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    throw new TrackingError('unknown-event', eventMessages.unknownEvent(String(type), EVENT_TYPES, undefined));
  }
  if (!canApply(record.state, type)) throw refusal(record.state, type);
  const at = checkTime(record, type, parseEventTime(event.at, now), now);

  const stored: TrackingEvent = { type, at: at.toISOString() };
  if (type === 'file-number') stored.value = parseFileNumber(event.value);
  if (type === 'support-request') stored.value = parseWrongPhone(event.value);
  if (type === 'support-email-sent' || type === 'support-answered') checkSupportNote(record, type);
  if (type === 'support-answered' && event.value?.trim()) stored.value = event.value.trim().slice(0, 500);
  // A reopening for a phone fix keeps the number it replaced: a later support request needs it.
  if (type === 'reopened' && event.value !== undefined) stored.value = parseWrongPhone(event.value);
  if (type === 'ready' && !isComplete(record.fields)) {
    throw new TrackingError('incomplete', eventMessages.incomplete(record.id));
  }
  // The board needs to say who it is and the login (user = mã số BHXH); nothing else is asked.
  if (type === 'already-registered' && (!record.fields.name || !record.fields.bhxhCode)) {
    throw new TrackingError('incomplete', eventMessages.alreadyNeedsNameAndBhxh(record.id));
  }
  return {
    ...record,
    state: nextState(record.state, type),
    updatedAt: now.toISOString(),
    events: [...record.events, stored],
  };
}

/** The support e-mail is sent for an open request, once; an answer closes a request that was sent. */
function checkSupportNote(record: StudentRecord, type: 'support-email-sent' | 'support-answered'): void {
  const request = pendingSupportRequest(record);
  if (request === undefined) throw new TrackingError('illegal-transition', eventMessages.noSupportRequest(record.id, type));
  const sent = record.events.slice(record.events.lastIndexOf(request)).some((e) => e.type === 'support-email-sent');
  if (type === 'support-email-sent' && sent) throw new TrackingError('illegal-transition', eventMessages.supportAlreadySent(record.id));
}
