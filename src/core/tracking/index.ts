export { TrackingError, type TrackingErrorCode } from './errors.js';
export {
  DATE_ONLY_TIME,
  EVENT_TYPES,
  isEventName,
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
export { ACTOR, NEXT_STEP_KINDS, needsActionFor, nextStep, type Actor, type NextStep, type NextStepKind } from './next-step.js';
export {
  REMINDER_ORDER, REMIND_QUIET_MINUTES, planReminders, reminderFor, remindedAgo, remindedRecently,
  type Reminder, type ReminderGroup, type ReminderOptions, type ReminderPlan,
} from './reminders.js';
export { IDLE_AFTER_DAYS, classSummary, idleDays, summaryPartOf, type ClassSummary, type SummaryPart, type SummaryPartKey } from './class-summary.js';
export { NOTE_EVENTS, isNote } from './events.js';
