/** Whether a value read from a file (the store, a class file) is a student record this version can use. */
import { STUDENT_STATES, type StudentRecord } from './record.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STATES: ReadonlySet<unknown> = new Set(STUDENT_STATES);
const SOURCES: ReadonlySet<unknown> = new Set(['import', 'wizard', 'collect']);

/** Why a value is not a student record the store can use; undefined when it is one. */
export type RecordProblem = 'not-an-object' | 'id' | 'dates' | 'state' | 'fields' | 'events' | 'class' | 'duplicate-id';

export function recordProblem(value: unknown): Exclude<RecordProblem, 'duplicate-id'> | undefined {
  if (!isObject(value)) return 'not-an-object';
  if (typeof value.id !== 'string' || value.id === '') return 'id';
  if (typeof value.createdAt !== 'string' || typeof value.updatedAt !== 'string') return 'dates';
  if (!STATES.has(value.state)) return 'state';
  if (value.className !== undefined && typeof value.className !== 'string') return 'class';
  if (!isObject(value.fields) || !everyValue(value.fields, isFieldValue)) return 'fields';
  if (value.sources !== undefined && !(isObject(value.sources) && everyValue(value.sources, isSource))) return 'fields';
  return Array.isArray(value.events) && value.events.every(isEvent) ? undefined : 'events';
}

const isFieldValue = (value: unknown): boolean => typeof value === 'string' || typeof value === 'boolean';
const isSource = (value: unknown): boolean => SOURCES.has(value);
const isEvent = (event: unknown): boolean =>
  isObject(event) &&
  typeof event.type === 'string' &&
  typeof event.at === 'string' &&
  (event.value === undefined || typeof event.value === 'string');

/** Object.values(object).every(ok), without making the array: every read checks a school's 5,000 records. */
function everyValue(object: Record<string, unknown>, ok: (value: unknown) => boolean): boolean {
  for (const key in object) if (Object.hasOwn(object, key) && !ok(object[key])) return false;
  return true;
}

export function isRecord(value: unknown): value is StudentRecord {
  return recordProblem(value) === undefined;
}
