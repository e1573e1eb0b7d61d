import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonText, terminalSafe } from '../../src/ui/sanitize.js';

/** Every character on its own: what terminalSafe must give, however it finds the characters. */
function oneByOne(text: string, keepColors: boolean): string {
  const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  const names: Record<number, string> = { 0x1b: 'ESC', 0x07: 'BEL', 0x08: 'BS', 0x0d: 'CR', 0x7f: 'DEL', 0x9b: 'CSI', 0x9d: 'OSC' };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const sgr = keepColors && char === '\u001b' ? /^\u001b\[[0-9;]*m/.exec(text.slice(i)) : null;
    if (sgr) {
      out += sgr[0];
      i += sgr[0].length - 1;
    } else if (!unsafe.test(char) || (char === '\r' && text[i + 1] === '\n')) out += char;
    else out += `⟨${names[char.charCodeAt(0)] ?? `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`}⟩`;
  }
  return out;
}

describe('terminalSafe', () => {
  it('agrees with a character-by-character reading, colours on and off', () => {
    const pieces = fc.constantFrom('a', 'ễ', ' ', '\n', '\r', '\r\n', '\t', '\u001b', '\u001b[31m', '\u001b[0;1m', '\u001b[', '[', 'm', '9', ';', '\u0007', '\u009b', '\u202e', '\u2069', '\u061c');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, keepColors) => {
        const text = parts.join('');
        expect(terminalSafe(text, keepColors)).toBe(oneByOne(text, keepColors));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves ordinary Vietnamese text, tabs and line ends alone', () => {
    const text = 'Nguyễn Thị Ánh\tSố 12, đường Lê Lợi\nxong\r\n';
    expect(terminalSafe(text)).toBe(text);
  });

  it('shows ESC, OSC 52, screen clears, BEL, C1 and bidi overrides as visible codes', () => {
    const osc52 = '\u001b]52;c;ZWNobyBoaQ==\u0007';
    expect(terminalSafe(`An${osc52}`)).toBe('An⟨ESC⟩]52;c;ZWNobyBoaQ==⟨BEL⟩');
    expect(terminalSafe('\u001b[2J\u001b[H')).toBe('⟨ESC⟩[2J⟨ESC⟩[H');
    expect(terminalSafe('a\u009b31mb')).toBe('a⟨CSI⟩31mb');
    expect(terminalSafe('An\u202egnìB')).toBe('An⟨U+202E⟩gnìB');
    expect(terminalSafe('\u2066x\u2069')).toBe('⟨U+2066⟩x⟨U+2069⟩');
    expect(terminalSafe('a\rb')).toBe('a⟨CR⟩b');
  });

  it('keeps only our own colour codes when colour is on', () => {
    expect(terminalSafe('\u001b[31mđỏ\u001b[39m', true)).toBe('\u001b[31mđỏ\u001b[39m');
    expect(terminalSafe('\u001b[31mđỏ\u001b[39m', false)).toBe('⟨ESC⟩[31mđỏ⟨ESC⟩[39m');
    expect(terminalSafe('\u001b]0;title\u0007', true)).toBe('⟨ESC⟩]0;title⟨BEL⟩');
  });
});

describe('escapeJsonText', () => {
  it('escapes what JSON.stringify leaves raw; the data parses back the same', () => {
    const data = { name: 'An\u202eB\u0085C' };
    const text = escapeJsonText(JSON.stringify(data));
    expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
