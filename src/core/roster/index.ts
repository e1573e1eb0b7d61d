export { readRosterFile } from './read.js';
export { parseRoster, parseRosterText, parseCsvPieces } from './parse.js';
export { validateRoster, isSavable, RowChecker, type ValidateOptions } from './validate.js';
export { RosterError } from './errors.js';
export { planUpdate, applyUpdate, isLocked, type FieldChange, type UpdatePlan } from './update.js';
export { matchHeader } from './headers.js';
export { FIELD_LABELS as ROSTER_FIELD_LABELS } from './messages.js';
export {
  ROSTER_KEYS,
  REQUIRED_KEYS,
  type RosterKey,
  type ParsedRoster,
  type CheckedRoster,
  type RosterRow,
  type RowReport,
  type RosterReport,
  type FieldIssue,
  type ExistingStudent,
  type RosterFormat,
  type RosterEncoding,
} from './types.js';
