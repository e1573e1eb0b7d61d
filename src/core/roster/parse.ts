import { csvHead, readCsv, readCsvPieces, type RawRecord } from './csv.js';
import { decodeText, sniffBytes, utf8Bytes, validUtf8 } from './decode.js';
import { UNSAFE_CHARACTER, UNSAFE_CHARACTERS } from '../text.js';
import { RosterError } from './errors.js';
import { planColumns, type ColumnPlan } from './headers.js';
import { looksLikeJson, parseJsonRoster } from './json.js';
import { fileMessages, noticeMessages as noticeText } from './messages.js';
import {
  REQUIRED_KEYS,
  type ParsedRoster,
  type RawTable,
  type RosterEncoding,
  type RosterFormat,
  type RosterRow,
} from './types.js';

/** A title line or two ("DANH SÁCH LỚP 12A1") may sit above the header; look this far for it. */
const HEADER_SEARCH_DEPTH = 10;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

const MASKED = /•{3}/;

type Convert<Row> = (row: RosterRow) => Row;
const asRead: Convert<RosterRow> = (row) => row;

/**
 * Bytes of a roster (CSV, JSON or .xlsx, judged by content) → rows keyed by roster column; with
 * `convert`, what it makes of each row as soon as the row is read (RowChecker.check: its report),
 * so the cells of a big roster are not all held at once.
 */
export async function parseRoster(bytes: Uint8Array): Promise<ParsedRoster>;
export async function parseRoster<Row>(bytes: Uint8Array, convert: Convert<Row>): Promise<ParsedRoster<Row>>;
export async function parseRoster(bytes: Uint8Array, convert: Convert<unknown> = asRead): Promise<ParsedRoster<unknown>> {
  if (bytes.length === 0) throw new RosterError(fileMessages.empty);
  switch (sniffBytes(bytes)) {
    case 'image':
      throw new RosterError(fileMessages.image);
    case 'binary':
      throw new RosterError(fileMessages.binary);
    case 'old-excel':
      throw new RosterError(fileMessages.oldExcel);
    case 'zip': {
      // Loaded only for workbooks, so CSV imports never pay for it.
      const { readWorkbook } = await import('./workbook.js');
      return buildRoster(await readWorkbook(bytes), 'xlsx', 'xlsx', [], convert);
    }
    case 'text': {
      // A UTF-8 CSV (nearly every roster) is read from its bytes: no copy of the file as a string.
      const utf8 = utf8Bytes(bytes);
      if (utf8 !== undefined) {
        const head = csvHead(utf8.bytes);
        if (head.trim() !== '' && !looksLikeJson(head)) return parseCsvRoster(utf8.bytes, utf8.encoding, [], convert);
      }
      const decoded = decodeText(bytes);
      return parseText(decoded.text, decoded.encoding, decoded.notices, convert);
    }
  }
}

/**
 * A UTF-8 CSV roster given in pieces (the file's bytes in order; the first at least 64 KB, or the
 * whole file), each row converted as soon as it is read: the file itself is never whole in memory.
 * Undefined when the pieces are not that (another encoding, JSON, a workbook) or hold a CSV syntax
 * error: parseRoster on the whole file then decides, with a fresh `convert`.
 */
export function parseCsvPieces<Row>(pieces: Iterable<Uint8Array>, convert: Convert<Row>): ParsedRoster<Row> | undefined {
  const iterator = pieces[Symbol.iterator]();
  const first = iterator.next();
  if (first.done === true || first.value.length === 0 || sniffBytes(first.value) !== 'text') return undefined;
  const [b0, b1, b2] = first.value;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return undefined; // UTF-16
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const head = csvHead(first.value.subarray(bom ? 3 : 0));
  if (head.trim() === '' || looksLikeJson(head)) return undefined;
  const rest = { [Symbol.iterator]: () => iterator };
  const utf8 = { valid: true };
  const rows = new RowCollector(convert);
  const read = readCsvPieces(validUtf8([first.value.subarray(bom ? 3 : 0)], rest, utf8), (record) => rows.add(record));
  if (!utf8.valid || 'failed' in read) return undefined;
  return finishRoster(rows.finish(), 'csv', bom ? 'utf-8-bom' : 'utf-8', []);
}

/** Already-decoded text (CSV or JSON) → rows. */
export function parseRosterText(text: string, encoding: RosterEncoding = 'utf-8', notices: string[] = []): ParsedRoster {
  return parseText(text, encoding, notices, asRead);
}

function parseText<Row>(text: string, encoding: RosterEncoding, notices: readonly string[], convert: Convert<Row>): ParsedRoster<Row> {
  if (text.trim() === '') throw new RosterError(fileMessages.empty);
  if (looksLikeJson(text)) return buildRoster(parseJsonRoster(text), 'json', encoding, notices, convert);
  return parseCsvRoster(text, encoding, notices, convert);
}

/** Each record becomes a row as csv-parse reads it: a big roster's cells are not held twice. */
function parseCsvRoster<Row>(input: string | Uint8Array, encoding: RosterEncoding, notices: readonly string[], convert: Convert<Row>): ParsedRoster<Row> {
  const rows = new RowCollector(convert);
  readCsv(input, (record) => rows.add(record));
  return finishRoster(rows.finish(), 'csv', encoding, notices);
}

type Found = { plan: ColumnPlan; index: number; above: number };
type Collected<Row> = {
  found: Found | undefined;
  rows: Row[];
  /** Whether a row held digits masked by `export --mask`. */
  masked: boolean;
  empty: number;
  /** Lines whose cells held terminal control codes or bidi overrides (removed). */
  withControls: number[];
  headerLine: number;
  /** A JSON roster whose objects have no key at all. */
  noKeys: boolean;
  /** The header's cells (JSON: every key). */
  header: readonly string[];
};

function buildRoster<Row>(
  table: RawTable & { header?: string[] },
  format: RosterFormat,
  encoding: RosterEncoding,
  decodeNotices: readonly string[],
  convert: Convert<Row>,
): ParsedRoster<Row> {
  const rows = new RowCollector(convert, table.header);
  for (const record of table.records) rows.add(record);
  return finishRoster(rows.finish(), format, encoding, decodeNotices);
}

/**
 * Records in, rows out. The header is the first of the opening records that names at least two
 * roster columns (else the first naming one): the opening records wait until it is known, then
 * every record becomes a row as it comes, and its raw cells can go.
 */
class RowCollector<Row> {
  readonly #convertRow: Convert<Row>;
  #found: Found | undefined;
  #decided: boolean;
  #fallback: Found | undefined;
  #above = 0;
  readonly #opening: RawRecord[] = [];
  readonly #rows: Row[] = [];
  #masked = false;
  #empty = 0;
  readonly #withControls: number[] = [];
  readonly #noKeys: boolean;
  readonly #header: readonly string[] | undefined;

  constructor(convert: Convert<Row>, header?: string[]) {
    this.#convertRow = convert;
    this.#noKeys = header?.length === 0;
    this.#header = header;
    this.#found = header === undefined ? undefined : { plan: planColumns(header), index: -1, above: 0 };
    this.#decided = header !== undefined;
  }

  add(record: RawRecord): void {
    if (this.#decided) return this.#convert(record);
    const index = this.#opening.push(record) - 1;
    if (!record.cells.every((cell) => cell.trim() === '')) {
      const plan = planColumns(record.cells);
      if (plan.score >= 2) return this.#decide({ plan, index, above: this.#above });
      if (plan.score === 1) this.#fallback ??= { plan, index, above: this.#above };
      this.#above++;
    }
    if (this.#opening.length >= HEADER_SEARCH_DEPTH) this.#decide(this.#fallback);
  }

  finish(): Collected<Row> {
    if (!this.#decided) this.#decide(this.#fallback);
    const record = this.#found === undefined ? undefined : this.#opening[this.#found.index];
    const header = this.#header ?? record?.cells ?? [];
    return { found: this.#found, rows: this.#rows, masked: this.#masked, empty: this.#empty, withControls: this.#withControls, headerLine: record?.line ?? 1, noKeys: this.#noKeys, header };
  }

  #decide(found: Found | undefined): void {
    this.#found = found;
    this.#decided = true;
    if (found !== undefined) for (const record of this.#opening.slice(found.index + 1)) this.#convert(record);
    // The header record stays for its line number; the others are rows now.
    this.#opening.length = found === undefined ? 0 : found.index + 1;
  }

  #convert(record: RawRecord): void {
    if (this.#found === undefined) return;
    const row = toRow(record, this.#found.plan, this.#rows.length + 1, this.#withControls);
    if (row === undefined) {
      this.#empty++;
      return;
    }
    // `export --mask` hides digits with •: nothing in such a file can be checked or saved.
    if (!this.#masked) this.#masked = MASKED.test(`${row.cells.bhxh ?? ''}${row.cells.idNumber ?? ''}${row.cells.phone ?? ''}`);
    this.#rows.push(this.#convertRow(row));
  }
}

function finishRoster<Row>(
  { found, rows, masked, empty, withControls, headerLine, noKeys, header }: Collected<Row>,
  format: RosterFormat,
  encoding: RosterEncoding,
  decodeNotices: readonly string[],
): ParsedRoster<Row> {
  if (found === undefined || found.plan.score === 0) {
    if (format === 'json') {
      // Objects without a single key: nothing was filled in, rather than unknown names.
      throw new RosterError(noKeys ? fileMessages.jsonBlankItems : fileMessages.jsonNoKeys);
    }
    // Unrecognisable headers after a Windows-1258 guess mean the guess was wrong.
    throw new RosterError(encoding === 'windows-1258' ? fileMessages.unknownEncoding : fileMessages.noHeader);
  }
  const { plan } = found;
  if (rows.length === 0) throw new RosterError(format === 'json' ? fileMessages.jsonBlankItems : fileMessages.headerOnly);
  if (masked) throw new RosterError(fileMessages.maskedExport);
  const notices = [...decodeNotices, ...plan.notices];
  if (found.above > 0) notices.push(noticeText.skippedAboveHeader(found.above, headerLine));
  const missing = REQUIRED_KEYS.filter((key) => !plan.keys.has(key) && !(key === 'name' && plan.nameParts.length > 0));
  if (missing.length > 0) notices.push(noticeText.missingColumns(missing));
  if (!plan.keys.has('email')) notices.push(noticeText.noEmailColumn);
  if (empty > 0) notices.push(noticeText.skippedEmpty(empty));
  if (withControls.length > 0) notices.push(noticeText.controlsRemoved(withControls));
  const parsed: ParsedRoster<Row> = { format, encoding, rows, ignoredColumns: plan.ignoredColumns, notices };
  if (plan.timestamp !== undefined) parsed.timestampColumn = (header[plan.timestamp] ?? '').trim();
  if (!plan.keys.has('email')) parsed.noEmailColumn = true;
  return parsed;
}

function toRow(record: RawRecord, plan: ColumnPlan, index: number, withControls: number[]): RosterRow | undefined {
  const cells: RosterRow['cells'] = {};
  let filled = false;
  // Terminal control codes and bidi overrides (an OSC 52 clipboard write, a name shown reversed):
  // removed from the row's cells before anything is checked, shown or saved, and the lines named.
  if (record.cells.some((cell) => UNSAFE_CHARACTER.test(cell))) {
    withControls.push(record.line);
    record = { ...record, cells: record.cells.map((cell) => cell.replace(UNSAFE_CHARACTERS, '')) };
  }
  for (const [key, index] of plan.keys) {
    const value = clean(record.cells[index]);
    if (value !== '') {
      cells[key] = value;
      filled = true;
    }
  }
  if (plan.nameParts.length > 0) {
    const name = plan.nameParts.map((index) => clean(record.cells[index])).filter(Boolean).join(' ');
    if (name !== '') {
      cells.name = name;
      filled = true;
    }
  }
  if (!filled) return undefined;
  const row: RosterRow = { line: record.line, index, cells };
  if (plan.timestamp !== undefined) row.timestamp = clean(record.cells[plan.timestamp]);
  return row;
}

// '=…, '+…, '-…, '@…: the quote our export puts before a value Excel would run as a formula
// (core/export/csv.ts), taken off again so an export → import round trip gives the same value.
const GUARDED_FORMULA = /^'[=+\-@]/;

// ="0912345678": how our own export (and other tools) make Excel keep a number as text.
const TEXT_FORMULA = /^="([^"]*)"$/;

function clean(cell: string | undefined): string {
  if (cell === undefined) return '';
  const value = cell.replace(INVISIBLE, '').trim();
  // The first tests are cheap and nearly always false: no regex on an ordinary cell.
  const first = value.charCodeAt(0);
  if (first === 0x27) return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
  if (first !== 0x3d) return value;
  return TEXT_FORMULA.exec(value)?.[1]?.trim() ?? value;
}
