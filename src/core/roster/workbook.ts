/**
 * .xlsx workbooks, read by read-excel-file. Imported dynamically by parse.ts only when the bytes
 * are a zip archive, so its chunk is never loaded for a CSV or JSON roster.
 */
import { InvalidInputError, InvalidSpreadsheetError, readSheet } from 'read-excel-file/node';
import { RosterError } from './errors.js';
import { fileMessages } from './messages.js';
import { guardWorkbook } from './workbook-guard.js';
import type { RawTable } from './types.js';

/** A number cell, as the digits stored in the sheet (a string cell is a plain string). */
interface StoredNumber {
  stored: string;
}
type Cell = string | StoredNumber | boolean | Date | null;

/** The first worksheet as a table; a record's line is the sheet's row number. */
export async function readWorkbook(bytes: Uint8Array): Promise<RawTable> {
  const input = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Refused here, with the reason, if reading it would take minutes or gigabytes.
  const checked = guardWorkbook(input);
  let rows: Cell[][];
  try {
    // Numbers come as the text stored in the sheet, so repair.ts sees what Excel kept.
    // (The library's types say `typeof Date` where it returns a Date; hence the cast.)
    rows = (await readSheet<StoredNumber>(checked, 1, { parseNumber: (stored) => ({ stored }), trim: false })) as Cell[][];
  } catch (error) {
    throw refusal(error);
  }
  // read-excel-file keeps empty rows inside the sheet (as nulls): row i is sheet row i + 1.
  return { records: rows.map((row, index) => ({ line: index + 1, cells: row.map(cellText) })) };
}

function refusal(error: unknown): RosterError {
  // A zip without the workbook's parts: a .docx, an .odt, an ordinary archive.
  if (error instanceof InvalidSpreadsheetError && /not found/i.test(error.message)) {
    return new RosterError(fileMessages.notWorkbook);
  }
  if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') {
    return new RosterError(fileMessages.oldExcel);
  }
  // INVALID_ZIP (cut short, damaged) and anything the library trips over in odd XML.
  return new RosterError(fileMessages.brokenWorkbook);
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return String(cell);
  // A date cell (the Google Forms timestamp, a birth date): ISO, which no roster column needs.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().replace(/T00:00:00\.000Z$/, '');
  return plainNumber(cell.stored);
}

/**
 * Unlike a CSV, the sheet keeps every digit of a number: "9.87654321E+8" stored for 987654321 is
 * exact, so write it out. (Text cells are left alone: "7.93E+10" typed as text has lost digits.)
 */
function plainNumber(text: string): string {
  if (!/^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i.test(text)) return text;
  const number = Number(text);
  return Number.isSafeInteger(number) ? String(number) : text;
}
