import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/core/content/links.js';
import { runCli } from './helpers.js';

// jsqr is CommonJS whose types declare an ES default export: under NodeNext the function is the
// module itself.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const BLOCKS = new Set(['▀', '▄', '█', ' ']);

/** The QR codes in the output, as rows of modules: each character holds two (upper, lower). */
function qrBlocks(text: string): boolean[][][] {
  const blocks: boolean[][][] = [];
  let current: string[] = [];
  for (const line of [...text.split('\n'), '']) {
    if (line.length > 10 && [...line].every((ch) => BLOCKS.has(ch)) && /[▀▄█]/.test(line)) {
      current.push(line);
      continue;
    }
    if (current.length > 5) {
      const width = Math.max(...current.map((l) => [...l].length));
      blocks.push(current.flatMap((l) => {
        const chars = [...l.padEnd(width)];
        return [chars.map((ch) => ch === '█' || ch === '▀'), chars.map((ch) => ch === '█' || ch === '▄')];
      }));
    }
    current = [];
  }
  return blocks;
}

/** What a phone camera sees: the modules as pixels, with a quiet zone around them. */
function decode(modules: boolean[][]): string | undefined {
  const scale = 4;
  const pad = 4;
  const height = (modules.length + 2 * pad) * scale;
  const width = ((modules[0]?.length ?? 0) + 2 * pad) * scale;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const on = modules[Math.floor(y / scale) - pad]?.[Math.floor(x / scale) - pad] ?? false;
      const value = on ? 255 : 0; // block characters are lit cells on the terminal's background
      rgba.fill(value, (y * width + x) * 4, (y * width + x) * 4 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' })?.data;
}

describe('install', () => {
  it('prints QR codes a phone can scan, for the two stores and the web registration page', () => {
    const { code, stdout } = runCli(['install']);
    expect(code).toBe(0);
    const decoded = qrBlocks(stdout).map(decode);
    expect(decoded).toEqual([LINKS.appStore, LINKS.googlePlay, LINKS.webRegistration]);
  });
});
