/**
 * An image's size in pixels from its header alone (JPEG and PNG), without an image library:
 * the few bytes that hold it are read, never the picture itself.
 */

export interface ImageSize {
  width: number;
  height: number;
}

/** Bytes of the file from `position` (fewer at its end). */
export type ReadAt = (position: number, length: number) => Uint8Array;

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);

/** PNG: the first chunk is IHDR (PNG spec §11.2.2), width and height at bytes 16–23. */
export function pngSize(read: ReadAt): ImageSize | undefined {
  const head = read(0, 24);
  if (head.length < 24 || String.fromCharCode(...head.subarray(12, 16)) !== 'IHDR') return undefined;
  const size = { width: u32(head, 16), height: u32(head, 20) };
  return size.width > 0 && size.height > 0 ? size : undefined;
}

// Start-of-frame markers (ITU T.81, table B.1): baseline, extended, progressive, lossless, in
// Huffman and arithmetic coding. C4 (DHT), C8 (reserved) and CC (DAC) share the range but are not frames.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
// Markers that stand alone, without a length: TEM, RST0–7, SOI.
const STANDALONE = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
// A real file has a handful of segments before its frame; a bound keeps a crafted file from looping long.
const MAX_SEGMENTS = 1000;

/**
 * JPEG: walks the segments from the start (APPn with EXIF, ICC profiles, thumbnails, comments,
 * tables) to the first start-of-frame, which holds height then width. Each segment is skipped
 * by its length, so an EXIF block (which may hold its own JPEG thumbnail) is never parsed.
 * Undefined when the frame is missing or the file ends first (a damaged or truncated JPEG).
 */
export function jpegSize(read: ReadAt): ImageSize | undefined {
  let position = 2; // after SOI
  for (let segments = 0; segments < MAX_SEGMENTS; segments += 1) {
    const head = read(position, 9);
    if (head.length < 2 || head[0] !== 0xff) return undefined;
    // Fill bytes: any number of 0xFF may precede a marker.
    let at = 1;
    while (head[at] === 0xff && at < head.length - 1) at += 1;
    if (head[at] === 0xff) {
      position += at;
      continue;
    }
    const marker = head[at] ?? 0;
    const segment = position + at + 1;
    if (STANDALONE(marker)) {
      position = segment;
      continue;
    }
    // End of image, or image data before any frame: no size to find.
    if (marker === 0xd9 || marker === 0xda) return undefined;
    const body = read(segment, 7);
    if (body.length < 2) return undefined;
    const length = u16(body, 0);
    if (length < 2) return undefined;
    if (SOF.has(marker)) {
      if (body.length < 7) return undefined;
      const size = { width: u16(body, 5), height: u16(body, 3) };
      // A height of 0 means "given later by a DNL marker" (T.81 B.2.5): no size from the header.
      return size.width > 0 && size.height > 0 ? size : undefined;
    }
    position = segment + length;
  }
  return undefined;
}

export function imageSize(format: 'jpeg' | 'png', read: ReadAt): ImageSize | undefined {
  return format === 'png' ? pngSize(read) : jpegSize(read);
}
