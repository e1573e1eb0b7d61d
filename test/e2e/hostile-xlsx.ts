/**
 * Workbooks that are small on disk and costly to read: a cell named far away, a run of millions of
 * spaces. The sheet is deflated as it is made, piece by piece, so even 200 MB of spaces never sits
 * whole in the test's memory.
 */
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { zipOf, type PackedEntry } from '../core/roster/helpers.js';

/** Sheet text: plain pieces, and `{ repeat, times }` for a long run. */
export type SheetPiece = string | { repeat: string; times: number };


const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const WORKBOOK = `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A cell of inline text, as Excel writes it. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const HEADER_ROW = `<row r="1">${textCell('A1', 'Họ và tên')}${textCell('B1', 'Mã số BHXH')}</row>`;

async function deflatePieces(name: string, pieces: readonly SheetPiece[]): Promise<PackedEntry> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      await write(Buffer.from(piece, 'utf8'));
      continue;
    }
    const block = Buffer.from(piece.repeat.repeat(Math.max(1, Math.floor((1 << 20) / piece.repeat.length))), 'utf8');
    const per = block.length / Buffer.byteLength(piece.repeat);
    let left = piece.times;
    for (; left >= per; left -= per) await write(block);
    if (left > 0) await write(Buffer.from(piece.repeat.repeat(left), 'utf8'));
  }
  deflate.end();
  await once(deflate, 'end');
  return { name, packed: Buffer.concat(out), crc, size };
}

const small = (name: string, text: string): PackedEntry => {
  const data = Buffer.from(text, 'utf8');
  return { name, packed: deflateRawSync(data), crc: crc32(data), size: data.length };
};

/**
 * Writes a one-sheet workbook whose sheetData holds `rows`; `declaredSize` makes the sheet's
 * headers claim another unpacked size (a lying archive). Returns its size on disk.
 */
export async function writeWorkbook(file: string, rows: readonly SheetPiece[], declaredSize?: number): Promise<number> {
  const sheet = await deflatePieces('xl/worksheets/sheet1.xml', [`<worksheet ${NS}><sheetData>`, ...rows, '</sheetData></worksheet>']);
  const entries = [small('xl/workbook.xml', WORKBOOK), small('xl/_rels/workbook.xml.rels', RELS), sheet];
  const bytes = zipOf(entries.map((entry) => (entry === sheet && declaredSize !== undefined ? { ...entry, size: declaredSize } : entry)));
  writeFileSync(file, bytes);
  return bytes.length;
}
