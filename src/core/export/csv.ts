/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark, which is how Excel knows the
 * file is UTF-8 (without it, Vietnamese letters turn into mojibake), CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break.
 */
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// Excel runs a cell starting with one of these as a formula: a name like "=HYPERLINK(…)" in a
// roster must stay text (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as a spreadsheet should show it. Excel reads digit strings as numbers: a phone or a
 * CCCD loses its leading 0 and a 12-digit number turns into 7.92E+10. Written as the formula
 * ="0912345678", such a cell is text in Excel, LibreOffice and Google Sheets alike.
 */
export function spreadsheetCell(value: string): string {
  if (/^\d+$/.test(value) && (value.startsWith('0') || value.length > 11)) return `="${value}"`;
  if (FORMULA_START.test(value)) return `'${value}`;
  return value;
}

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface CsvOptions {
  /** Protect numbers and formulas for spreadsheets (see spreadsheetCell); on by default. */
  spreadsheet?: boolean;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const cell = options.spreadsheet === false ? (v: string) => v : spreadsheetCell;
  return BOM + rows.map((row) => row.map((value) => csvField(cell(value))).join(',')).join('\r\n') + '\r\n';
}
