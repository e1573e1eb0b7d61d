export { TrackingError, type TrackingErrorCode } from './errors.js';
export {
  DATE_ONLY_TIME,
  EVENT_TYPES,
  parseEventName,
  parseEventTime,
  parseFileNumber,
  parseWrongPhone,
  readEventTime,
  type EventTime,
} from './events.js';
export { CLOCK_SKEW_MS, allowedEvents, applyEvent, canApply, previousInOrder } from './transitions.js';
export {
  FILE_NUMBER_SMS_GRACE_MINUTES,
  FORGOT_PASSWORD_AFTER_HOURS,
  PASSWORD_DUE_WORKING_DAYS,
  TROUBLESHOOTING_ROW,
  deadlineStatus,
  hoursSinceSubmitted,
  passwordDeadline,
  passwordDueDate,
  type DeadlineStatus,
  type PasswordDeadline,
  type PasswordPhase,
} from './deadlines.js';
export { boardEntry, buildBoard, needsCompletion, type Board, type BoardEntry, type BoardSummary, type MissingPhotos } from './board.js';
export {
  EVENT_LABELS, NEEDS_COMPLETION_LABEL, PASSWORD_RULE, STATE_LABELS, describeEvents, passwordDeadlineShort, passwordDeadlineText, stateLabelOf, ALREADY_REGISTERED_LABEL, isAlreadyRegistered, eventMessages,
  formatDate, formatDuration, formatInstant,
} from './messages.js';
