/** Test-only builders: Windows-1258 bytes as Excel writes them, and small zip/xlsx archives. */
import { crc32, deflateRawSync } from 'node:zlib';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
let reverse: Map<string, number> | undefined;

function windows1258Table(): Map<string, number> {
  if (reverse === undefined) {
    reverse = new Map();
    const decoder = new TextDecoder('windows-1258');
    for (let byte = 0; byte < 256; byte++) reverse.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  return reverse;
}

/**
 * Text → Windows-1258 the way Excel converts it: a letter the code page holds is one byte,
 * any other Vietnamese letter is its base (â, ơ …) followed by a combining tone mark byte.
 */
export function encodeWindows1258(text: string): Buffer {
  const table = windows1258Table();
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = table.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const tone = parts.find((part) => TONE_MARKS.has(part));
    const base = parts.filter((part) => part !== tone).join('').normalize('NFC');
    for (const piece of [base, tone]) {
      if (piece === undefined) continue;
      const byte = table.get(piece);
      if (byte === undefined) throw new Error(`not in Windows-1258: ${JSON.stringify(char)}`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

/** One entry of a zip archive, already deflated; `size` is what its headers claim unpacked. */
export interface PackedEntry {
  name: string;
  packed: Buffer;
  crc: number;
  size: number;
}

/** A zip archive with deflated entries and correct CRCs. */
export function buildZip(files: Record<string, string>): Buffer {
  return zipOf(
    Object.entries(files).map(([name, content]) => {
      const data = Buffer.from(content, 'utf8');
      return { name, packed: deflateRawSync(data), crc: crc32(data), size: data.length };
    }),
  );
}

/** The archive of entries deflated beforehand. */
export function zipOf(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, packed, crc, size } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-sheet workbook of inline strings, with an optional namespace prefix ("x:" in strict OOXML). */
export function buildXlsx(rows: readonly (readonly string[])[], prefix = ''): Buffer {
  const p = prefix;
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sheetRows = rows
    .map((cells, r) => `<${p}row r="${r + 1}">${cells
      .map((cell, c) => `<${p}c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><${p}is><${p}t>${escape(cell)}</${p}t></${p}is></${p}c>`)
      .join('')}</${p}row>`)
    .join('');
  return buildZip({
    'xl/workbook.xml': `<${p}workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets><${p}sheet name="A" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
    'xl/worksheets/data.xml': `<${p}worksheet ${ns}><${p}sheetData>${sheetRows}</${p}sheetData></${p}worksheet>`,
  });
}
