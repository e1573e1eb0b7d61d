/**
 * QR codes as terminal text: half-block characters, no colours needed (so NO_COLOR keeps them).
 * A character shows two modules, one above the other, as its cell is about twice as high as wide.
 */

/** The terminal's background, which the characters' lit part is drawn against. */
export type Background = 'dark' | 'light';

/** ISO/IEC 18004 asks for 4 light modules around the code; scanners often fail with less. */
export const QUIET_ZONE = 4;

// qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel.js: L = 1. Level L (7 % recovery) keeps a
// 58-character link at version 4 (33 modules): with its quiet zone, 21 lines, so it fits 80×24.
const LEVEL_L = 1;

/**
 * The background as the terminal says it, through COLORFGBG ("15;0": white on black), which
 * rxvt, Konsole, iTerm2 and others set: its last field is the background's colour index, and
 * 0–6 and 8 are the dark ones (as vim reads it). Undefined when nothing says.
 */
export function detectBackground(env: NodeJS.ProcessEnv): Background | undefined {
  const last = env.COLORFGBG?.split(';').at(-1)?.trim();
  if (last === undefined || !/^\d+$/.test(last)) return undefined;
  const index = Number(last);
  return index <= 6 || index === 8 ? 'dark' : 'light';
}

/** The code's modules, true for dark, without a quiet zone. */
export async function qrModules(text: string): Promise<boolean[][]> {
  const { default: QRCode } = await import('qrcode-terminal/vendor/QRCode/index.js');
  const code = new QRCode(-1, LEVEL_L);
  code.addData(text);
  code.make();
  const n = code.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => code.isDark(row, col)));
}

/**
 * Lines of text, quiet zone included. On a dark background the light modules are the lit
 * characters; on a light one the dark modules are. Scale 1: a character per module across, two
 * modules per line; scale 2: two characters per module, a line per module (twice the size).
 */
export function renderQr(modules: readonly (readonly boolean[])[], background: Background, scale: 1 | 2 = 1): string[] {
  const size = modules.length + 2 * QUIET_ZONE;
  const dark = (row: number, col: number): boolean => modules[row - QUIET_ZONE]?.[col - QUIET_ZONE] ?? false;
  const lit = (row: number, col: number): boolean => row < size && dark(row, col) === (background === 'light');
  const lines: string[] = [];
  if (scale === 2) {
    for (let row = 0; row < size; row++) {
      lines.push(Array.from({ length: size }, (_, col) => (lit(row, col) ? '██' : '  ')).join(''));
    }
    return lines;
  }
  // An odd number of rows: the last line's lower half is one more row of quiet zone.
  for (let row = 0; row < size; row += 2) {
    lines.push(
      Array.from({ length: size }, (_, col) => {
        const top = lit(row, col);
        const bottom = row + 1 < size ? lit(row + 1, col) : background === 'dark';
        return top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
      }).join(''),
    );
  }
  return lines;
}

/** The room there is: undefined sides are unlimited (output to a file or a pipe). */
export interface Room {
  columns?: number;
  rows?: number;
}

export type QrLayout =
  | { fits: true; lines: string[] }
  | { fits: false; needColumns: number; needRows: number };

/** The largest rendering that fits `room`, or what it would need; `rows` is what is left for the code alone. */
export function layoutQr(modules: readonly (readonly boolean[])[], background: Background, room: Room): QrLayout {
  const size = modules.length + 2 * QUIET_ZONE;
  const fits = (columns: number, rows: number) =>
    (room.columns === undefined || columns <= room.columns) && (room.rows === undefined || rows <= room.rows);
  // Twice the size only where a terminal says it has room for it; a file gets the compact one.
  if (room.columns !== undefined && room.rows !== undefined && fits(2 * size, size)) {
    return { fits: true, lines: renderQr(modules, background, 2) };
  }
  const rows = Math.ceil(size / 2);
  if (fits(size, rows)) return { fits: true, lines: renderQr(modules, background, 1) };
  return { fits: false, needColumns: size, needRows: rows };
}
