/**
 * What reaches the terminal is text, never instructions to it. A roster or a hand-edited store can
 * carry control characters: ESC starting a CSI/OSC sequence (OSC 52 writes the clipboard, CSI 2J
 * clears the screen), other C0 and C1 controls, and bidirectional overrides (U+202A–202E,
 * U+2066–2069) that make "Nguyễn A" display as something else. The output layer passes every line
 * through terminalSafe(): such characters are shown as a visible code (⟨ESC⟩, ⟨U+202E⟩), and only
 * the colour codes this program makes itself (SGR, ESC [ … m) are kept.
 */

import { UNSAFE_CHARACTER as UNSAFE, UNSAFE_CHARACTERS as UNSAFE_ALL } from '../core/text.js';

// Our own colours (picocolors): ESC [ digits;… m, nothing else.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/y;

const NAMES: Record<number, string> = { 0x1b: 'ESC', 0x07: 'BEL', 0x08: 'BS', 0x0d: 'CR', 0x7f: 'DEL', 0x9b: 'CSI', 0x9d: 'OSC' };

const visible = (char: string): string => {
  const code = char.charCodeAt(0);
  return `⟨${NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`}⟩`;
};

/**
 * `text` safe to print: unsafe characters made visible. With `keepColors`, our SGR colour codes
 * stay; a CR stays only as part of CRLF (a CSV's line ends).
 */
export function terminalSafe(text: string, keepColors = false): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  let from = 0;
  // From one unsafe character to the next: a coloured board line is mostly plain text.
  NEXT_UNSAFE.lastIndex = 0;
  for (let found = NEXT_UNSAFE.exec(text); found !== null; found = NEXT_UNSAFE.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === '\r' && text[i + 1] === '\n') continue;
    if (char === '\u001b' && keepColors) {
      SGR.lastIndex = i;
      const match = SGR.exec(text);
      if (match) {
        NEXT_UNSAFE.lastIndex = i + match[0].length;
        continue;
      }
    }
    out += text.slice(from, i) + visible(char);
    from = i + 1;
  }
  return out + text.slice(from);
}

const NEXT_UNSAFE = new RegExp(UNSAFE.source, 'g');

/**
 * JSON text with the characters JSON.stringify leaves raw (C1 controls, DEL, bidi marks) written
 * as \u escapes: the same data once parsed, nothing a terminal would act on when printed.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
