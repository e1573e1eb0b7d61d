import { CsvError, parse, type Options } from 'csv-parse/sync';
import { RosterError } from './errors.js';
import { fileMessages } from './messages.js';
import type { RawTable } from './types.js';

const CANDIDATES = [',', ';', '\t'] as const;

/** Excel honours a first line "sep=;" naming the delimiter; so do we. */
const SEP_DIRECTIVE = /^sep=(.)[ \t]*\n/i;
const LINE_BREAKS = /\r\n?/g;

/**
 * The delimiter used most often (outside quotes) on the first line that has any: the header
 * line normally, but a title line above it ("DANH SÁCH LỚP 12A1") may hold none. Comma by default.
 */
export function detectDelimiter(firstLines: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  let lines = 0;
  for (const char of firstLines) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.some((c) => c === char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts.size > 0 || ++lines >= 10) break;
    }
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * CSV as Excel and Google Sheets write it, read by csv-parse; each record keeps the physical
 * line it starts on. Line breaks are made "\n" first: csv-parse's own line count takes a CRLF
 * inside a quoted field for two lines, and cell values are trimmed later anyway. Once every
 * break is "\n", a record spans 1 + (the "\n"s in its cells) lines, since empty lines are kept
 * as records; counting them is cheaper than csv-parse's `info` objects.
 */
export function parseCsv(input: string): RawTable & { delimiter: string } {
  let text = input.includes('\r') ? input.replace(LINE_BREAKS, '\n') : input;
  let line = 1;
  let delimiter: string | undefined;
  const directive = SEP_DIRECTIVE.exec(text);
  if (directive?.[1] !== undefined) {
    delimiter = directive[1];
    text = text.slice(directive[0].length);
    line = 2;
  }
  delimiter ??= detectDelimiter(text.slice(0, 65536));
  let cells: string[][];
  try {
    cells = parse(text, options(delimiter));
  } catch (error) {
    if (error instanceof CsvError) throw syntaxError(text, delimiter, error, line - 1);
    throw error;
  }
  const records: RawTable['records'] = new Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] as string[];
    records[r] = { line, cells: row };
    line++;
    for (const cell of row) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
  }
  return { delimiter, records };
}

const options = (delimiter: string): Options => ({
  delimiter,
  bom: false, // decode.ts has already removed it
  trim: true, // `An, "Số 5, ngõ 10"` typed by hand: the space must not hide the opening quote
  relax_quotes: true, // Nguyễn "Tí": a quote inside an unquoted cell is text, as in Excel
  relax_column_count: true, // rows shorter or longer than the header
  skip_empty_lines: false, // kept, so line numbers stay physical
});

/** csv-parse's refusal, with the line a person should look at (`offset`: lines cut above). */
function syntaxError(text: string, delimiter: string, error: CsvError, offset: number): RosterError {
  const at = typeof error.lines === 'number' ? error.lines : 1;
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return new RosterError(fileMessages.csvSyntax(offset + at));
  // The quote opened on the line after the last complete record: parse again to find it.
  let lastLine = 0;
  try {
    parse(text, { ...options(delimiter), on_record: (record, context) => ((lastLine = context.lines), record) });
  } catch {
    // expected: the same error
  }
  return new RosterError(fileMessages.csvUnclosedQuote(offset + lastLine + 1));
}
