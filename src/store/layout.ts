/**
 * One student read or replaced in the data file's bytes, without decoding or parsing the school.
 *
 * serialize() writes JSON.stringify({ schemaVersion, records, profile }, undefined, '\t'). In that
 * text every record opens on a line that is exactly "\t\t{" and closes on one that is exactly
 * "\t\t}": a JSON string never holds a raw line break, and everything deeper starts with more
 * tabs. So a record can be found by a byte search for its id line, cut out at those two lines,
 * parsed alone, and put back re-indented, giving the very bytes serialize() would have written.
 *
 * A file laid out any other way (an older schema, keys this version does not know, a hand-edited
 * or reformatted file, a byte-order mark) gets undefined here, and the store reads it whole, with
 * every check and repair of file.ts. So does a search that finds nothing or more than one match.
 */
import { SCHEMA_VERSION } from './schema.js';

/** Where the parts are, as byte offsets into the file. */
export interface Layout {
  /** The records' text: "\n\t\t{…\n\t\t}" for each record, joined by ","; empty for none. */
  readonly recordsFrom: number;
  readonly recordsTo: number;
  /** The profile object's text. */
  readonly profileFrom: number;
  readonly profileTo: number;
}

/** One record's bytes: from its "\t\t{" line to the end of its "\t\t}" line. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

const HEAD = Buffer.from(`{\n\t"schemaVersion": ${SCHEMA_VERSION},\n\t"records": [`);
const NO_RECORDS = Buffer.from('],');
const FIRST_RECORD = Buffer.from('\n\t\t{');
const LAST_RECORD_END = Buffer.from('\n\t\t}\n\t],');
/** A line of the top-level object: only its keys start with exactly one tab and a quote. */
const TOP_KEY = Buffer.from('\n\t"');
const PROFILE_KEY = Buffer.from('\n\t"profile": ');
const TAIL = Buffer.from('\n}');
const RECORD_OPEN = Buffer.from('\n\t\t{');
const RECORD_CLOSE = Buffer.from('\n\t\t}');

const startsAt = (bytes: Uint8Array, part: Uint8Array, at: number): boolean =>
  at >= 0 && at + part.length <= bytes.length && Buffer.compare(bytes.subarray(at, at + part.length), part) === 0;

/** The parts of a file laid out exactly as serialize() lays out the current schema, else undefined. */
export function readLayout(bytes: Buffer): Layout | undefined {
  if (!startsAt(bytes, HEAD, 0) || !startsAt(bytes, TAIL, bytes.length - TAIL.length)) return undefined;
  // The top level holds schemaVersion, records and profile, in that order, and nothing else: the
  // profile (near the end) is the last top-level key, and also the first one after the records.
  const profileAt = bytes.lastIndexOf(PROFILE_KEY);
  if (profileAt < HEAD.length || bytes.indexOf(TOP_KEY, HEAD.length) !== profileAt || bytes.indexOf(TOP_KEY, profileAt + 1) !== -1) {
    return undefined;
  }
  const profile = { profileFrom: profileAt + PROFILE_KEY.length, profileTo: bytes.length - TAIL.length };
  if (profileAt === HEAD.length + NO_RECORDS.length && startsAt(bytes, NO_RECORDS, HEAD.length)) {
    return { recordsFrom: HEAD.length, recordsTo: HEAD.length, ...profile };
  }
  const recordsTo = profileAt - LAST_RECORD_END.length + RECORD_CLOSE.length;
  if (!startsAt(bytes, FIRST_RECORD, HEAD.length) || !startsAt(bytes, LAST_RECORD_END, recordsTo - RECORD_CLOSE.length)) return undefined;
  return { recordsFrom: HEAD.length, recordsTo, ...profile };
}

/**
 * The span of the one record holding a line that starts with `start` and ends right after it (a
 * comma or the line's end); undefined for none or several, whichever way each line ends.
 */
function spanOfLine(bytes: Buffer, layout: Layout, start: string): Span | undefined {
  const needle = Buffer.from(start);
  let found: number | undefined;
  for (let at = bytes.indexOf(needle, layout.recordsFrom); at !== -1 && at < layout.recordsTo; at = bytes.indexOf(needle, at + needle.length)) {
    const next = bytes[at + needle.length];
    if (next !== COMMA && next !== LINE_FEED) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  if (found === undefined) return undefined;
  const open = bytes.lastIndexOf(RECORD_OPEN, found);
  const close = bytes.indexOf(RECORD_CLOSE, found);
  if (open < layout.recordsFrom || close === -1 || close >= layout.recordsTo) return undefined;
  return { from: open + 1, to: close + RECORD_CLOSE.length };
}

const COMMA = 0x2c;
const LINE_FEED = 0x0a;

/** Ids are letters and digits (ids.ts); anything else is left to the whole-file lookup. */
const PLAIN_ID = /^[a-z0-9]{1,32}$/;
// 10 digits, or the 12-digit personal ID number BHXH uses in its place from 1/8/2025 (fields/bhxh.ts).
const BHXH = /^(?:\d{10}|\d{12})$/;

/**
 * The span of the record a `<mã>` names by id (any case) or by BHXH code, as
 * findStudent() would find it; undefined when only the whole file can tell (no match, several,
 * a name, a value stored with spaces).
 */
export function findSpan(bytes: Buffer, layout: Layout, ref: string): Span | undefined {
  const key = ref.trim().toLowerCase();
  if (!PLAIN_ID.test(key)) return undefined;
  // findStudent tries the id first, then the code: an id line, then a code in the fields (four tabs in).
  const byId = spanOfLine(bytes, layout, `\n\t\t\t"id": "${key}"`);
  if (byId !== undefined || !BHXH.test(key)) return byId;
  return spanOfLine(bytes, layout, `\n\t\t\t\t"bhxhCode": "${key}"`);
}

/** The value a span holds (undefined when its text is not JSON: the whole-file read will say why). */
export function parseSpan(bytes: Buffer, span: Span): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', span.from, span.to));
  } catch {
    return undefined;
  }
}

/** The profile object's value, or undefined when it is not JSON. */
export function parseProfile(bytes: Buffer, layout: Layout): unknown {
  return parseSpan(bytes, { from: layout.profileFrom, to: layout.profileTo });
}

/** A record's text at its place in the file: what serialize() writes for it there. */
export function recordText(record: unknown): string {
  return `\t\t${JSON.stringify(record, undefined, '\t').replaceAll('\n', '\n\t\t')}`;
}

/**
 * The file with the record at `span` replaced by `record`, byte for byte what serialize() would
 * write, in three pieces (before, the record, after) that share the old file's memory.
 */
export function replaceSpan(bytes: Buffer, span: Span, record: unknown): Buffer[] {
  return [bytes.subarray(0, span.from), Buffer.from(recordText(record)), bytes.subarray(span.to)];
}
