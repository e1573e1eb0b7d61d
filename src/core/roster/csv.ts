import { Parser } from 'csv-parse';
import { CsvError, parse, type Options } from 'csv-parse/sync';
import { RosterError } from './errors.js';
import { fileMessages } from './messages.js';
import type { RawTable } from './types.js';

const CANDIDATES = [',', ';', '\t'] as const;

/** Excel honours a first line "sep=;" naming the delimiter; so do we. */
const SEP_DIRECTIVE = /^sep=(.)[ \t]*(?:\r\n?|\n)/i;
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

export type RawRecord = RawTable['records'][number];

/** All records at once; readCsv hands them over one by one instead. */
export function parseCsv(input: string): RawTable & { delimiter: string } {
  const records: RawRecord[] = [];
  const { delimiter } = readCsv(input, (record) => void records.push(record));
  return { delimiter, records };
}

/**
 * CSV as Excel and Google Sheets write it, read by csv-parse; each record, with the physical line
 * it starts on, goes to `onRecord` as soon as it is read and is not kept here, so a 100,000-row
 * file never holds all its cells twice. Any line break ends a record (a file may mix them), and
 * one inside a cell comes out as "\n": csv-parse's own line count takes a CRLF inside a quoted
 * field for two lines, so a record spans 1 + (the "\n"s in its cells) lines, since empty lines
 * are kept as records.
 */
export function readCsv(input: string | Uint8Array, onRecord: (record: RawRecord) => void): { delimiter: string } {
  const bytes = typeof input === 'string' ? Buffer.from(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const read = readCsvPieces([bytes], onRecord);
  if ('delimiter' in read) return read;
  const { delimiter, offset, skipped } = read.failed;
  throw syntaxError(bytes.subarray(skipped), delimiter, offset);
}

/** The pieces of a CSV (UTF-8 bytes in file order) are read one at a time, so the whole file need never be in memory. */
export type CsvPieces = Iterable<Uint8Array>;

/**
 * readCsv over the file's bytes in pieces (the first at least 64 KB, or the whole file): each is
 * parsed as it comes and can then go. A syntax error comes back as `failed`, not thrown: its line
 * is found by reading the whole text again (readCsv), which only a failing file pays for.
 */
export function readCsvPieces(
  pieces: CsvPieces,
  onRecord: (record: RawRecord) => void,
): { delimiter: string } | { failed: { delimiter: string; offset: number; skipped: number } } {
  let line = 1;
  let delimiter = ',';
  let parser: Parser | undefined;
  const next = (cells: string[]): void => {
    const at = line++;
    for (let c = 0; c < cells.length; c++) {
      let cell = cells[c] as string;
      if (cell.includes('\r')) cells[c] = cell = cell.replace(LINE_BREAKS, '\n');
      for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
    }
    onRecord({ line: at, cells });
  };
  const drain = (active: Parser): void => {
    for (let record = active.read() as string[] | null; record !== null; record = active.read() as string[] | null) next(record);
  };
  let offset = 0;
  let skipped = 0;
  for (const piece of pieces) {
    let bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (parser === undefined) {
      // The first piece holds the head: an Excel "sep=;" line, then the line that shows the delimiter.
      const directive = SEP_DIRECTIVE.exec(csvHead(bytes));
      if (directive?.[1] !== undefined) {
        skipped = Buffer.byteLength(directive[0]);
        bytes = bytes.subarray(skipped);
        line = 2;
      }
      offset = line - 1;
      delimiter = directive?.[1] ?? detectDelimiter(csvHead(bytes));
      parser = new Parser(options(delimiter));
      // Errors are read from `errored` below, right after the write that caused them.
      parser.on('error', () => undefined);
    }
    parser.write(bytes);
    drain(parser);
    if (failedSyntax(parser)) return { failed: { delimiter, offset, skipped } };
  }
  if (parser === undefined) return { delimiter };
  parser.end();
  drain(parser);
  return failedSyntax(parser) ? { failed: { delimiter, offset, skipped } } : { delimiter };
}

/** Whether csv-parse refused the text; any other failure is a bug, thrown as it is. */
function failedSyntax(parser: Parser): boolean {
  if (parser.errored === null) return false;
  if (parser.errored instanceof CsvError) return true;
  throw parser.errored;
}

const headDecoder = new TextDecoder('utf-8');

/** The opening of a CSV (UTF-8 bytes or text), enough to find its delimiter; JSON is told by it too. */
export const csvHead = (input: string | Uint8Array): string =>
  typeof input === 'string' ? input.slice(0, 65536) : headDecoder.decode(input.subarray(0, 65536));

const options = (delimiter: string): Options => ({
  delimiter,
  bom: false, // decode.ts has already removed it
  encoding: 'utf8', // of bytes: readCsv is given UTF-8 bytes or text
  trim: true, // `An, "Số 5, ngõ 10"` typed by hand: the space must not hide the opening quote
  relax_quotes: true, // Nguyễn "Tí": a quote inside an unquoted cell is text, as in Excel
  relax_column_count: true, // rows shorter or longer than the header
  skip_empty_lines: false, // kept, so line numbers stay physical
  record_delimiter: ['\r\n', '\n', '\r'], // each of them, even mixed in one file
});

/**
 * csv-parse's refusal, with the line a person should look at (`offset`: lines cut above). Read
 * again with every break made "\n", where csv-parse's line count is physical; a failing file is
 * the rare case, so the copy is paid only here.
 */
function syntaxError(input: string | Buffer, delimiter: string, offset: number): RosterError {
  const text = String(input).replace(LINE_BREAKS, '\n');
  let lastLine = 0;
  try {
    parse(text, { ...options(delimiter), on_record: (_record, context) => ((lastLine = context.lines), null) });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const at = typeof error.lines === 'number' ? error.lines : 1;
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return new RosterError(fileMessages.csvSyntax(offset + at));
    // The quote opened on the line after the last complete record.
    return new RosterError(fileMessages.csvUnclosedQuote(offset + lastLine + 1));
  }
  return new RosterError(fileMessages.csvSyntax(offset + lastLine));
}
