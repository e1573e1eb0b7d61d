/**
 * The rules of option values that can be checked on their own, named with their options in
 * cli.ts and run before the command's action, so a wrong value stops the command before anything
 * else loads (exit 2, as for commander's own checks). cli.ts import()s this module only when such
 * an option is given: its imports (the calendar, the labels) then ship once, with the commands.
 */
import { parseCalendarDate } from '../core/calendar/parse-date.js';
import { UnsupportedYearError } from '../core/calendar/years.js';
import { FORM_ORDER, STUDENT_STATES, type FieldKey, type StudentState } from '../core/record.js';
import { SHORT_LABELS } from '../core/fields/short-labels.js';
import { foldForSearch } from '../core/text.js';
import { STATE_LABELS } from '../core/tracking/messages.js';
import { O } from './messages.js';

/** A value an option's rule refuses; cli.ts reports it as commander reports its own. */
export class InvalidArgumentError extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 2;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `export --format`: csv or json, in any case. */
export function exportFormat(text: string): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f === text.trim().toLowerCase());
  if (format === undefined) throw new InvalidArgumentError(O.badFormat(text, EXPORT_FORMATS));
  return format;
}

/** `purge --done-before`: a day as people write it (30/06/2026, 2026-06-30), as YYYY-MM-DD. */
export function calendarDay(text: string): string {
  let day: string | undefined;
  try {
    day = parseCalendarDate(text);
  } catch (error) {
    // A year outside the calendar's range: its own message says which years it knows.
    if (error instanceof UnsupportedYearError) throw new InvalidArgumentError(error.message);
    throw error;
  }
  if (day === undefined) throw new InvalidArgumentError(O.badDate(text));
  return day;
}

/** `list --state`: a state by its key or its Vietnamese label, typed with or without diacritics ("nhap", "san sang"). */
export function studentState(text: string): StudentState {
  const wanted = foldForSearch(text).replace(/ /g, '-');
  const found = STUDENT_STATES.find((state) => state === wanted || foldForSearch(STATE_LABELS[state]).replace(/ /g, '-') === wanted);
  if (found === undefined) throw new InvalidArgumentError(O.badState(text, STUDENT_STATES.map((s) => `${s} (${STATE_LABELS[s]})`)));
  return found;
}

/** `list --missing <mục>`: the fields named by a key or a short label, without diacritics ("sdt", "anh truoc", "phone"). */
export function formFields(text: string): FieldKey[] {
  const wanted = foldForSearch(text);
  const found = FORM_ORDER.filter((key) => foldForSearch(key) === wanted || foldForSearch(SHORT_LABELS[key]).startsWith(wanted));
  if (found.length === 0) throw new InvalidArgumentError(O.badField(text, FORM_ORDER.map((key) => SHORT_LABELS[key])));
  return found;
}

export const CAUSES = ['failed', 'wrong-phone'] as const;
export type Cause = (typeof CAUSES)[number];

/** `troubleshoot --cause`: why row 2 happened to this student. */
export function cause(text: string): Cause {
  const found = CAUSES.find((c) => c === text.trim().toLowerCase());
  if (found === undefined) throw new InvalidArgumentError(O.badCause(text.trim()));
  return found;
}
