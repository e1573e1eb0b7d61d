import { isUtf8 } from 'node:buffer';
import { RosterError } from './errors.js';
import { fileMessages, noticeMessages } from './messages.js';
import type { RosterEncoding } from './types.js';

export type ByteKind = 'text' | 'zip' | 'old-excel' | 'image' | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

const IMAGE_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x42, 0x4d], // BMP
];

/** What the bytes are, judged by their content only (a name can lie). */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-excel';
  if (IMAGE_MAGIC.some((magic) => startsWith(bytes, magic))) return 'image';
  if (hasUtf16Bom(bytes)) return 'text';
  // A NUL never occurs in a text roster; look at the start only, so big files stay cheap.
  if (bytes.subarray(0, 8192).includes(0)) return 'binary';
  return 'text';
}

const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

export interface DecodedText {
  text: string;
  encoding: RosterEncoding;
  notices: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text bytes → string: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1258 when that reads as Vietnamese. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8-bom', notices: [] };
  }
  if (hasUtf16Bom(bytes)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), encoding: 'utf-16', notices: [] };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', notices: [] };
  } catch {
    const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    if (!looksVietnamese(text)) throw new RosterError(fileMessages.unknownEncoding);
    return { text, encoding: 'windows-1258', notices: [noticeMessages.windows1258] };
  }
}

/**
 * Valid UTF-8 bytes (BOM or not) left as bytes, for a reader that decodes cell by cell: a big
 * roster then never exists as one more copy, a string twice its size. Undefined for any other
 * text: decodeText decides it.
 */
export function utf8Bytes(bytes: Uint8Array): { bytes: Uint8Array; encoding: RosterEncoding } | undefined {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (!bom && hasUtf16Bom(bytes)) return undefined;
  return isUtf8(body) ? { bytes: body, encoding: bom ? 'utf-8-bom' : 'utf-8' } : undefined;
}

/**
 * The pieces, each cut to whole UTF-8 characters (a character split between two pieces goes with
 * the second); `state.valid` turns false, and the pieces stop, at the first bytes that are not UTF-8.
 */
export function* validUtf8(start: Iterable<Uint8Array>, rest: Iterable<Uint8Array>, state: { valid: boolean }): Generator<Uint8Array> {
  let carried: Uint8Array | undefined;
  for (const source of [start, rest]) {
    for (const piece of source) {
      const bytes = carried === undefined ? piece : Buffer.concat([carried, piece]);
      const end = wholeCharacters(bytes);
      if (!isUtf8(bytes.subarray(0, end))) {
        state.valid = false;
        return;
      }
      carried = end < bytes.length ? bytes.subarray(end) : undefined;
      if (end > 0) yield bytes.subarray(0, end);
    }
  }
  // The file ends inside a character.
  if (carried !== undefined) state.valid = false;
}

/** The length of `bytes` without a UTF-8 character cut short at its end. */
function wholeCharacters(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // A BOM followed by invalid UTF-8 is a damaged file, not another code page.
    throw new RosterError(fileMessages.unknownEncoding);
  }
}

const VIETNAMESE_LOWER = [
  'àáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'èéẻẽẹ', 'êềếểễệ', 'ìíỉĩị', 'òóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'ùúủũụ', 'ưừứửữự', 'ỳýỷỹỵ', 'đ',
].join('');
const VIETNAMESE_UPPER = VIETNAMESE_LOWER.toUpperCase();
const VIETNAMESE_LETTER = new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_UPPER]);
const UPPER_VIETNAMESE = new Set(VIETNAMESE_UPPER);
const LOWERCASE = /^\p{Ll}$/u;
// Punctuation Excel may write in Windows-1258; anything else non-ASCII means the guess is wrong.
const HARMLESS = new Set(['\u00a0', '–', '—', '‘', '’', '“', '”', '…', '•', '₫', '€', '°']);

/**
 * Whether Windows-1258-decoded text is Vietnamese rather than TCVN3/VNI bytes seen through the
 * wrong code page: those turn into letters like ä µ ª ï ø ö ñ, leave tone marks that NFC cannot
 * attach, or put a capital letter with a diacritic inside a lowercase word ("NguyÔn").
 */
export function looksVietnamese(text: string): boolean {
  let vietnamese = 0;
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') return false;
    } else if (VIETNAMESE_LETTER.has(char)) {
      if (UPPER_VIETNAMESE.has(char) && LOWERCASE.test(previous)) return false;
      vietnamese++;
    } else if (!HARMLESS.has(char)) {
      return false;
    }
    previous = char;
  }
  return vietnamese > 0;
}
