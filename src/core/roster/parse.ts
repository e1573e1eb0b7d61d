import { parseCsv } from './csv.js';
import { decodeText, sniffBytes } from './decode.js';
import { RosterError } from './errors.js';
import { planColumns, type ColumnPlan } from './headers.js';
import { looksLikeJson, parseJsonRoster } from './json.js';
import { fileMessages, notices as noticeText } from './messages.js';
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

/** Bytes of a roster (CSV, JSON or .xlsx, judged by content) → rows keyed by roster column. */
const MASKED = /•{3}/;

export async function parseRoster(bytes: Uint8Array): Promise<ParsedRoster> {
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
      return buildRoster(await readWorkbook(bytes), 'xlsx', 'xlsx', []);
    }
    case 'text': {
      const decoded = decodeText(bytes);
      return parseRosterText(decoded.text, decoded.encoding, decoded.notices);
    }
  }
}

/** Already-decoded text (CSV or JSON) → rows. */
export function parseRosterText(text: string, encoding: RosterEncoding = 'utf-8', notices: string[] = []): ParsedRoster {
  if (text.trim() === '') throw new RosterError(fileMessages.empty);
  if (looksLikeJson(text)) return buildRoster(parseJsonRoster(text), 'json', encoding, notices);
  return buildRoster(parseCsv(text), 'csv', encoding, notices);
}

function buildRoster(
  table: RawTable & { header?: string[] },
  format: RosterFormat,
  encoding: RosterEncoding,
  decodeNotices: readonly string[],
): ParsedRoster {
  const found = table.header === undefined ? findHeader(table) : { plan: planColumns(table.header), index: -1, above: 0 };
  if (found === undefined || found.plan.score === 0) {
    if (format === 'json') {
      // Objects without a single key: nothing was filled in, rather than unknown names.
      throw new RosterError(table.header?.length === 0 ? fileMessages.jsonBlankItems : fileMessages.jsonNoKeys);
    }
    // Unrecognisable headers after a Windows-1258 guess mean the guess was wrong.
    throw new RosterError(encoding === 'windows-1258' ? fileMessages.unknownEncoding : fileMessages.noHeader);
  }
  const { plan } = found;
  const rows: RosterRow[] = [];
  let empty = 0;
  for (let r = found.index + 1; r < table.records.length; r++) {
    const record = table.records[r];
    if (record === undefined) continue;
    const row = toRow(record, plan, rows.length + 1);
    if (row === undefined) empty++;
    else rows.push(row);
  }
  if (rows.length === 0) throw new RosterError(format === 'json' ? fileMessages.jsonBlankItems : fileMessages.headerOnly);
  // `export --mask` hides digits with •: nothing in such a file can be checked or saved.
  if (rows.some((row) => MASKED.test(`${row.cells.bhxh ?? ''}${row.cells.idNumber ?? ''}${row.cells.phone ?? ''}`))) {
    throw new RosterError(fileMessages.maskedExport);
  }
  const notices = [...decodeNotices, ...plan.notices];
  if (found.above > 0) notices.push(noticeText.skippedAboveHeader(found.above, table.records[found.index]?.line ?? 1));
  const missing = REQUIRED_KEYS.filter((key) => !plan.keys.has(key) && !(key === 'name' && plan.nameParts.length > 0));
  if (missing.length > 0) notices.push(noticeText.missingColumns(missing));
  if (empty > 0) notices.push(noticeText.skippedEmpty(empty));
  const parsed: ParsedRoster = { format, encoding, rows, ignoredColumns: plan.ignoredColumns, notices };
  if (plan.timestamp !== undefined) parsed.timestampColumn = (header(table, found.index)[plan.timestamp] ?? '').trim();
  return parsed;
}

const header = (table: RawTable & { header?: string[] }, index: number): readonly string[] =>
  table.header ?? table.records[index]?.cells ?? [];

/** The first of the opening records that names at least two roster columns (else one). */
function findHeader(table: RawTable): { plan: ColumnPlan; index: number; above: number } | undefined {
  let fallback: { plan: ColumnPlan; index: number; above: number } | undefined;
  let above = 0;
  const depth = Math.min(table.records.length, HEADER_SEARCH_DEPTH);
  for (let index = 0; index < depth; index++) {
    const cells = table.records[index]?.cells ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const plan = planColumns(cells);
    if (plan.score >= 2) return { plan, index, above };
    if (plan.score === 1) fallback ??= { plan, index, above };
    above++;
  }
  return fallback;
}

function toRow(record: RawTable['records'][number], plan: ColumnPlan, index: number): RosterRow | undefined {
  const cells: RosterRow['cells'] = {};
  let filled = false;
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

// ="0912345678": how our own export (and other tools) make Excel keep a number as text.
const TEXT_FORMULA = /^="([^"]*)"$/;

function clean(cell: string | undefined): string {
  if (cell === undefined) return '';
  const value = cell.replace(INVISIBLE, '').trim();
  // The first test is cheap and nearly always false: no regex on an ordinary cell.
  if (value.charCodeAt(0) !== 0x3d) return value;
  return TEXT_FORMULA.exec(value)?.[1]?.trim() ?? value;
}
