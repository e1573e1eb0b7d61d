/**
 * A class file's students checked as the store's own answers are, field by field, and their
 * times one by one: a number masked by hand (the file's flag removed), an event time that is no
 * time, or one the calendar cannot compute (the year 275760), would otherwise be stored and stop
 * `show`, `status`, `report` and `export` later. Each problem names its student.
 */
import { isSupportedYear } from '../calendar/years.js';
import { checkField } from '../fields/check.js';
import { FIELD_LABELS } from '../fields/messages.js';
import { displayName, FORM_ORDER, type FieldKey, type StudentRecord } from '../record.js';
import { EVENT_TYPES } from '../tracking/events.js';
import { classFileMessages as M } from './messages.js';

const KNOWN_FIELDS: ReadonlySet<string> = new Set(FORM_ORDER);
const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_TYPES);

/** An ISO instant the tools can compute with: parsed, and in the calendar's years. */
function isUsableTime(text: string): boolean {
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && isSupportedYear(new Date(ms).getUTCFullYear());
}

/** What is wrong with one student of a class file, each said with the student named; empty when nothing. */
export function studentProblems(record: StudentRecord): string[] {
  const who = `${record.id} ${displayName(record.fields)}`;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(record.fields)) {
    if (!KNOWN_FIELDS.has(key)) {
      problems.push(M.unknownField(who, key));
      continue;
    }
    // Photos: only the path (the files are on the exporting laptop, not here).
    const checked = checkField(key as FieldKey, value, { files: false });
    if (!checked.ok) problems.push(M.badField(who, FIELD_LABELS[key as FieldKey], checked.message));
  }
  for (const [label, at] of [['createdAt', record.createdAt], ['updatedAt', record.updatedAt]] as const) {
    if (!isUsableTime(at)) problems.push(M.badTime(who, label, at));
  }
  for (const event of record.events) {
    if (!KNOWN_EVENTS.has(event.type)) problems.push(M.unknownEvent(who, event.type));
    if (!isUsableTime(event.at)) problems.push(M.badTime(who, event.type, event.at));
  }
  return problems;
}
