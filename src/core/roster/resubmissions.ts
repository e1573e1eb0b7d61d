import { foldForSearch } from '../text.js';
import { rowMessages as M } from './messages.js';
import { repeatedValues } from './repeated.js';
import { readTimestamps } from './timestamp.js';
import { FIELD_OF, ROSTER_KEYS, type RowReport } from './types.js';
import type { FieldKey } from '../record.js';

/**
 * Rows that are one student (the same name with the same valid BHXH code or ID number) answering
 * a form more than once. With an answer-time column (`answerTimes`: each row's time as written, in
 * row order) the newest answer is kept and the others are marked `replacedBy` (not saved, not
 * failures); a time that cannot be read is a warning, and then the later line wins. Without that
 * column nothing is decided here: the later rows are refused as duplicates (validate names both lines).
 */
export function resolveResubmissions(answerTimes: AnswerTimes | undefined, rows: RowReport[]): void {
  if (answerTimes === undefined) return;
  const groups = sameStudentGroups(rows);
  if (groups.length === 0) return;
  const timestamps = answerTimes.all();
  const times = readTimestamps(timestamps);
  const timeOf = (row: RowReport) => times[row.index - 1];
  for (const group of groups) {
    const unreadable = group.filter((row) => timeOf(row) === undefined);
    for (const row of unreadable) {
      row.warnings.push({ field: 'bhxh', message: M.unreadableTimestamp(timestamps[row.index - 1] ?? '') });
    }
    // Unreadable times: the later line, as a resubmission is appended below the first answer.
    // Answers sent at the same time are not newer one than another: if they disagree, a person decides.
    const newest = Math.max(...group.map((row) => timeOf(row) ?? 0));
    const tied = unreadable.length > 0 ? [] : group.filter((row) => timeOf(row) === newest);
    if (tied.length > 1 && markDisagreements(tied)) continue;
    const winner = unreadable.length > 0 ? (group.at(-1) as RowReport) : (tied.at(-1) as RowReport);
    const losers = group.filter((row) => row !== winner);
    for (const row of losers) {
      row.replacedBy = winner.line;
      row.warnings.push({ field: 'bhxh', message: M.replacedBy(winner.label) });
    }
    winner.warnings.push({ field: 'bhxh', message: M.replaces(losers.map((row) => row.label)) });
    keepEarlierAnswers(winner, losers.toSorted((a, b) => (timeOf(b) ?? 0) - (timeOf(a) ?? 0)));
  }
}

const ROSTER_KEY_OF = new Map(ROSTER_KEYS.map((key) => [FIELD_OF[key], key]));

/**
 * Answers sent at one time that give a field different values: an error on that field of each,
 * naming the others, and the value kept by none. Nothing is replaced. False when they agree.
 */
function markDisagreements(tied: readonly RowReport[]): boolean {
  const fields = new Set(tied.flatMap((row) => Object.keys(row.values) as FieldKey[]));
  const differing = [...fields].filter((field) => new Set(tied.map((row) => row.values[field])).size > 1);
  if (differing.length === 0) return false;
  for (const row of tied) {
    const others = tied.filter((other) => other !== row).map((other) => other.label);
    for (const field of differing) {
      row.errors.push({ field: ROSTER_KEY_OF.get(field) ?? 'name', message: M.sameTimeConflict(others) });
      delete row.values[field];
    }
  }
  return true;
}

/**
 * A blank cell of the newest answer does not erase what an earlier answer gave (newest earlier
 * first): the field is kept, with a warning naming that line, and a "missing" error goes.
 */
function keepEarlierAnswers(winner: RowReport, earlier: readonly RowReport[]): void {
  for (const row of earlier) {
    for (const [field, value] of Object.entries(row.values) as [FieldKey, unknown][]) {
      const key = ROSTER_KEY_OF.get(field);
      if (key === undefined || value === undefined || winner.values[field] !== undefined) continue;
      // An answer the newest gave but that was refused is not blank: its error stands.
      if (winner.errors.some((issue) => issue.field === key && issue.message !== M.missing(key))) continue;
      (winner.values as Record<string, unknown>)[field] = value;
      winner.errors = winner.errors.filter((issue) => issue.field !== key);
      winner.warnings = winner.warnings.filter((issue) => !(issue.field === key && issue.message === M.noEmail));
      winner.warnings.push({ field: key, message: M.keptFromEarlier(row.label) });
    }
  }
}

const SEPARATOR = '\u0000';
const BLOCK_ROWS = 256;

/**
 * Each row's answer time as written, in row order, for the rare roster where a student answered
 * twice: joined per block of rows into one string rather than kept as one string per row (a
 * 100,000-row roster then holds 2 MB of them, not 6). Cells hold no U+0000 (parse.ts removes
 * control characters); one that did would lose it here.
 */
export class AnswerTimes {
  readonly #blocks: string[] = [];
  #pending: string[] = [];

  add(text: string | undefined): void {
    this.#pending.push(text === undefined ? '' : text.replaceAll(SEPARATOR, ''));
    if (this.#pending.length === BLOCK_ROWS) {
      this.#blocks.push(this.#pending.join(SEPARATOR));
      this.#pending = [];
    }
  }

  /** Every row's time ('' when it has none), in row order. */
  all(): string[] {
    return [...this.#blocks.flatMap((block) => block.split(SEPARATOR)), ...this.#pending];
  }
}

/** Groups (in file order) of two or more rows with one name and a shared BHXH code or ID number. */
function sameStudentGroups(rows: readonly RowReport[]): RowReport[][] {
  // Only a named row that shares its code or number with another named row can be in a group:
  // the names of all others (nearly every row) need no folding.
  const named = (value: string | undefined, row: RowReport) => (row.values.name === undefined || !value ? undefined : value);
  const codes = repeatedValues(rows, (row) => named(row.values.bhxhCode, row));
  const numbers = repeatedValues(rows, (row) => named(row.values.idNumber, row));
  const shared = ({ values }: RowReport) =>
    (values.bhxhCode !== undefined && codes.has(values.bhxhCode)) || (values.idNumber !== undefined && numbers.has(values.idNumber));
  const groupOf = new Map<string, RowReport[]>();
  const groups: RowReport[][] = [];
  for (const row of rows) {
    if (!shared(row)) continue;
    // The same person: the same name (folded) with the same BHXH code or ID number. The same code
    // under another name is two students, one of them mistyped: a duplicate, refused later.
    const name = row.values.name === undefined ? '' : foldForSearch(row.values.name);
    if (name === '') continue;
    const keys = [row.values.bhxhCode && `b:${row.values.bhxhCode}|${name}`, row.values.idNumber && `i:${row.values.idNumber}|${name}`].filter(
      (key): key is string => typeof key === 'string',
    );
    const group = keys.map((key) => groupOf.get(key)).find((g) => g !== undefined);
    if (group === undefined) {
      const created = [row];
      groups.push(created);
      for (const key of keys) groupOf.set(key, created);
    } else {
      group.push(row);
      for (const key of keys) if (!groupOf.has(key)) groupOf.set(key, group);
    }
  }
  return groups.filter((group) => group.length > 1);
}
