/** Reads QR codes back from terminal text, as a phone camera would see them on the screen. */
import jsQRModule from 'jsqr';

// jsqr is CommonJS whose types declare an ES default export: under NodeNext the function is the
// module itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const BLOCKS = new Set(['▀', '▄', '█', ' ']);

export type Background = 'dark' | 'light';

/** The runs of lines made only of half blocks and spaces: each a code (or part of one). */
export function qrTextBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of [...text.split('\n'), '']) {
    if (line.length > 10 && [...line].every((ch) => BLOCKS.has(ch)) && /[▀▄█]/.test(line)) {
      current.push(line);
      continue;
    }
    if (current.length > 5) blocks.push(current);
    current = [];
  }
  return blocks;
}

/**
 * The screen as pixels: each character is two cells (upper, lower half), lit where the glyph
 * draws, else the terminal's background; the screen around the text is background too. The
 * quiet zone must come from the rendering: on a dark screen the margin adds nothing light.
 */
export function decodeQrText(lines: readonly string[], background: Background): string | undefined {
  const width = Math.max(...lines.map((l) => [...l].length));
  const lit = lines.flatMap((l) => {
    const chars = [...l.padEnd(width)];
    return [chars.map((ch) => ch === '█' || ch === '▀'), chars.map((ch) => ch === '█' || ch === '▄')];
  });
  const scale = 4;
  const margin = 6;
  const litValue = background === 'dark' ? 255 : 0;
  const h = (lit.length + 2 * margin) * scale;
  const w = (width + 2 * margin) * scale;
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const on = lit[Math.floor(y / scale) - margin]?.[Math.floor(x / scale) - margin] ?? false;
      const value = on ? litValue : 255 - litValue;
      rgba.fill(value, (y * w + x) * 4, (y * w + x) * 4 + 3);
      rgba[(y * w + x) * 4 + 3] = 255;
    }
  }
  // No inverted attempt: a code drawn for the wrong background must fail, as it does on a phone.
  return jsQR(rgba, w, h, { inversionAttempts: 'dontInvert' })?.data;
}

/** Every code found in the text, decoded for `background`. */
export function decodeAll(text: string, background: Background): Array<string | undefined> {
  return qrTextBlocks(text).map((block) => decodeQrText(block, background));
}
