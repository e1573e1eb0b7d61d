/**
 * What a workbook may cost before read-excel-file reads it. That reader unpacks every XML part
 * whole, fills a dense grid up to the last cell a reference names (one cell at XFD1048576 is 17
 * billion cells), and its XML parser scans the unfinished text again with each chunk, so a run of
 * a few MB without markup takes minutes. So the workbook is first unpacked here, within
 * WORKBOOK_LIMITS, its parts checked (their unpacked size, the longest run between two tags, every
 * row and cell reference), and only those checked parts are handed on, in a new archive that
 * stores them unpacked: what is parsed is exactly what was checked.
 *
 * With these limits, any workbook under the roster size limit is read, or refused with the reason,
 * in seconds and a few hundred MB: a hostile one is refused in about a second under 120 MB; the
 * largest accepted (1,000,000 cells, 30 MB of XML) took 33 s and 380 MB on a 2-core machine under a
 * load of 14 (test/e2e/workbook-bounds.test.ts prints them).
 */
import { inflateRawSync } from 'node:zlib';
import { RosterError } from './errors.js';
import { fileMessages } from './messages.js';

export const WORKBOOK_LIMITS = {
  /** Every XML part together, unpacked: a school's roster of 10,000 students is about 10 MB. */
  xmlBytes: 32 * 1024 * 1024,
  /** The last row a sheet may name: ten times the largest school. */
  rows: 200_000,
  /** Excel's own last column (XFD). */
  columns: 16_384,
  /** The grid read-excel-file fills: last row × last column holding a value. */
  cells: 1_000_000,
  /** The longest stretch between two tags: Excel's longest cell (32,767 characters), escaped, fits. */
  run: 256 * 1024,
  /** Parts in the archive. */
  entries: 10_000,
};

/** The parts read-excel-file reads (it skips images and printer settings). */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** The workbook's XML parts, checked, in an archive of their own; RosterError with the reason otherwise. */
export function guardWorkbook(zip: Uint8Array): Buffer {
  const parts = unpackXmlParts(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
  for (const bytes of parts.values()) checkPart(bytes);
  return storedZip(parts);
}

const broken = () => new RosterError(fileMessages.brokenWorkbook);
const tooLarge = () => new RosterError(fileMessages.workbookTooLarge(WORKBOOK_LIMITS.xmlBytes / 1024 / 1024));

/** The XML parts by name, through the archive's central directory; at most WORKBOOK_LIMITS.xmlBytes in all. */
function unpackXmlParts(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw broken();
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  // ZIP64 (0xFFFF entries, 0xFFFFFFFF offsets) is for archives of gigabytes: never a roster.
  if (count > WORKBOOK_LIMITS.entries || at === 0xffffffff) throw broken();
  const parts = new Map<string, Buffer>();
  let budget = WORKBOOK_LIMITS.xmlBytes;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw broken();
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (!isXmlPart(name)) continue;
    // Encrypted (bit 0), or a method other than stored and deflate: not something Excel writes.
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) throw broken();
    if (size > budget) throw tooLarge();
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw broken();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + packed > zip.length) throw broken();
    const data = unpack(zip.subarray(start, start + packed), method, budget);
    budget -= data.length;
    parts.set(name, data);
  }
  return parts;
}

/** The part's bytes, never more than `budget` of them whatever its header says. */
function unpack(data: Buffer, method: number, budget: number): Buffer {
  if (method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw broken();
  }
}

const LT = 0x3c;
const TAG = /<(?:[\w.-]+:)?(row|c)\s([^>]*)>/g;
const REF = /\br\s*=\s*["']([A-Za-z]*)(\d*)["']/;

/** The longest run between tags, then every row and cell reference (parts other than sheets have none). */
function checkPart(bytes: Buffer): void {
  let last = -1;
  for (let i = bytes.indexOf(LT); ; i = bytes.indexOf(LT, i + 1)) {
    const next = i === -1 ? bytes.length : i;
    if (next - last > WORKBOOK_LIMITS.run) throw new RosterError(fileMessages.workbookLongRun(WORKBOOK_LIMITS.run / 1024));
    if (i === -1) break;
    last = i;
  }
  // References are ASCII: read as Latin-1, one byte a character, no decoding.
  const text = bytes.toString('latin1');
  let lastRow = 0;
  let lastColumn = 0;
  for (const [, tag = '', attributes = ''] of text.matchAll(TAG)) {
    const ref = REF.exec(attributes);
    if (ref === null) continue;
    const letters = ref[1] ?? '';
    const row = Number(ref[2]);
    const column = columnNumber(letters);
    if (row > WORKBOOK_LIMITS.rows || column > WORKBOOK_LIMITS.columns) throw tooWide(tag, letters, row);
    // A cell that holds something (not `<c r="…" s="1"/>`) stretches the grid to it.
    if (tag === 'c' && !attributes.endsWith('/')) {
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
      if (lastRow * lastColumn > WORKBOOK_LIMITS.cells) throw tooWide(tag, letters, row);
    }
  }
}

const tooWide = (tag: string, letters: string, row: number) =>
  new RosterError(fileMessages.workbookTooWide(tag === 'row' ? `dòng ${row}` : `ô ${letters.toUpperCase()}${row}`, WORKBOOK_LIMITS.rows));

/** "A" → 1, "Z" → 26, "AA" → 27; past Excel's XFD, anything larger than the limit. */
function columnNumber(letters: string): number {
  if (letters.length > 3) return Number.POSITIVE_INFINITY;
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** The parts as a zip archive of stored (unpacked) entries: no limit left to check when read again. */
function storedZip(parts: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let crcTable: Int32Array | undefined;

/** CRC-32 as zip stores it (zlib.crc32 is not in every Node 20). */
function crc32(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = (crc >>> 8) ^ (crcTable[(crc ^ (data[i] as number)) & 0xff] as number);
  return (crc ^ -1) >>> 0;
}
