/**
 * Real, decodable image files for the tests, made byte by byte: a PNG (grey, or noise that does not
 * compress) and a grey JPEG, baseline or progressive, optionally with an EXIF block before its frame.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGB PNG; `noise` fills it with pseudo-random pixels stored uncompressed (a big file). */
export function pngImage(width: number, height: number, options: { noise?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // depth 8, RGB, deflate, no filter method, no interlace
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height, 0x80);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    if (!options.noise) continue;
    for (let x = 1; x < row; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      raw[y * row + x] = seed >>> 24;
    }
  }
  const data = deflateSync(raw, { level: options.noise ? 0 : 9 });
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', data),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

const segment = (marker: number, body: Uint8Array): Buffer => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/**
 * An EXIF APP1 block (orientation 6: "rotate 90°") whose payload also holds a decoy frame header
 * of 16×16 pixels, as an embedded thumbnail would: a reader must skip the block by its length.
 */
function exifSegment(): Buffer {
  const tiff = Buffer.from([
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF, first IFD at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, // Orientation = 6
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
  const decoy = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00]);
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, decoy, Buffer.alloc(2000, 0x20)]));
}

/**
 * A uniform grey JPEG of one component. Its Huffman tables have a single one-bit code each, for
 * "no DC change" and "end of block", so every 8×8 block costs two zero bits and no byte is 0xFF.
 * Progressive: a DC scan then an AC scan (ITU T.81 G.1), the shape of a web-optimised photo.
 */
export function jpegImage(width: number, height: number, options: { progressive?: boolean; exif?: boolean } = {}): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const sof = Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const oneCode = (tableClass: number) => Buffer.from([tableClass << 4, 1, ...Array(15).fill(0), 0]);
  const scanData = (bitsPerBlock: number) => {
    const bits = blocks * bitsPerBlock;
    const data = Buffer.alloc(Math.ceil(bits / 8), 0);
    // Padding bits at the end are ones (T.81 F.1.2.3).
    if (bits % 8 !== 0) data[data.length - 1] = (1 << (8 - (bits % 8))) - 1;
    return data;
  };
  const sos = (ss: number, se: number) => segment(0xda, Buffer.from([1, 1, 0x00, ss, se, 0]));
  const scans = options.progressive
    ? [sos(0, 0), scanData(1), sos(1, 63), scanData(1)]
    : [sos(0, 63), scanData(2)];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from([...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...(options.exif ? [exifSegment()] : []),
    segment(0xdb, Buffer.from([0, ...Array(64).fill(1)])),
    segment(options.progressive ? 0xc2 : 0xc0, sof),
    segment(0xc4, Buffer.concat([oneCode(0), oneCode(1)])),
    ...scans,
    Buffer.from([0xff, 0xd9]),
  ]);
}
