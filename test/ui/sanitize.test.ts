import { describe, expect, it } from 'vitest';
import { escapeJsonText, terminalSafe } from '../../src/ui/sanitize.js';

describe('terminalSafe', () => {
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
