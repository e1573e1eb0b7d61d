import { describe, expect, it } from 'vitest';
import { boardLines, renderBoard } from '../../src/commands/status/board.js';
import { buildBoard } from '../../src/core/tracking/index.js';
import { createColors, type Output } from '../../src/ui/output.js';
import { record, vn } from '../core/tracking/helpers.js';

const now = vn('2026-03-09T10:00');

/** An Output of a given width that keeps what is printed. */
function screen(width: number): Output & { lines: string[] } {
  const lines: string[] = [];
  const push = (text = '') => void lines.push(...text.split('\n'));
  return { json: false, colors: createColors(false), width, lines, line: push, whole: push, info: push, success: push, warn: push, error: push, printJson: push, batch: (render) => render() };
}

const names = ['Nguyễn Thị Phương Thảo', 'Nguyễn Thị Phương Thanh', 'Nguyễn Thị Phương Trang'];
const records = [
  ...names.map((name, i) => {
    const r = record(`a${i}b${i}c${i}`, name, 'file-number', [
      ['submitted', '2026-03-02T09:00'],
      ['file-number', '2026-03-02T09:01', '2'],
    ]);
    return { ...r, fields: { ...r.fields, bhxhCode: `790000010${i}` } };
  }),
  record('d9e9f9', 'Lê Văn An', 'submitted', [['submitted', '2026-03-09T09:50']]),
];

function render(width: number): string[] {
  const output = screen(width);
  renderBoard(output, boardLines(buildBoard(records, now), records));
  return output.lines;
}

describe('the board on a narrow terminal', () => {
  it.each([40, 60, 79])('at %i columns: nothing wider, full names, dates never split', (width) => {
    const lines = render(width);
    // A command keeps a line of its own, whole, so it can be copied; only it may be wider.
    expect(lines.filter((line) => [...line].length > width && !line.startsWith('    → '))).toEqual([]);
    const text = lines.join('\n');
    // Names that differ only at the end stay told apart.
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('từ 09:01 02/03');
    expect(text).toContain('hạn 05/03');
    expect(text).toContain('Đã có số hồ sơ');
    expect(text).toContain('••••••0101');
  });

  it('at 60 columns: the student, then the state line, then the next step', () => {
    const lines = render(60);
    const at = lines.findIndex((line) => line.includes('Nguyễn Thị Phương Thanh'));
    expect(lines[at]).toMatch(/^✖ a1b1c1 {2}Nguyễn Thị Phương Thanh {2}BHXH ••••••0101$/);
    expect(lines[at + 1]).toBe('    Đã có số hồ sơ · từ 09:01 02/03 · hạn 05/03');
    expect(lines[at + 2]).toMatch(/^ {4}Quá hạn nhận mật khẩu/);
  });

  it('keeps the table with its header from 80 columns on, within the width even for long names', () => {
    const lines = render(80);
    expect(lines[0]).toMatch(/^ {2}Mã {6}Họ và tên/);
    expect(lines.filter((line) => [...line].length > 80)).toEqual([]);
    expect(lines.join('\n')).toContain('Nguyễn Thị Phương Thảo');
  });
});
