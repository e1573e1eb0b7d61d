import { describe, expect, it } from 'vitest';
import { boardLines, renderBoard } from '../../src/commands/status/board.js';
import { renderGroups } from '../../src/commands/status/groups.js';
import { renderFitted } from '../../src/commands/status/fit.js';
import { buildBoard } from '../../src/core/tracking/index.js';
import { createColors, type Output } from '../../src/ui/output.js';
import { record, vn } from '../core/tracking/helpers.js';

const now = vn('2026-03-09T10:00');

function screen(width: number, height: number): Output & { lines: string[] } {
  const lines: string[] = [];
  const push = (text = '') => void lines.push(...text.split('\n'));
  return { json: false, colors: createColors(false), width, height, lines, line: push, whole: push, info: push, success: push, warn: push, error: push, printJson: push, batch: (render) => render() };
}

/** 10 overdue, 30 drafts, 20 ready, 20 waiting, 20 done. */
const records = [
  ...Array.from({ length: 10 }, (_, i) => record(`ov${String(i).padStart(4, '0')}`, `Trần Văn Quá ${i}`, 'file-number', [['submitted', '2026-03-02T09:00'], ['file-number', '2026-03-02T09:01', `H${i}`]])),
  ...Array.from({ length: 30 }, (_, i) => record(`dr${String(i).padStart(4, '0')}`, `Lê Thị Nháp ${i}`, 'draft')),
  ...Array.from({ length: 20 }, (_, i) => record(`rd${String(i).padStart(4, '0')}`, `Phạm Sẵn Sàng ${i}`, 'ready', [['ready', '2026-03-01T20:00']])),
  ...Array.from({ length: 20 }, (_, i) => record(`wt${String(i).padStart(4, '0')}`, `Bùi Chờ ${i}`, 'submitted', [['submitted', '2026-03-09T09:55']])),
  ...Array.from({ length: 20 }, (_, i) => record(`dn${String(i).padStart(4, '0')}`, `Vũ Xong ${i}`, 'done', [['submitted', '2026-03-02T09:00'], ['done', '2026-03-03T09:00']])),
];

describe('the board fitted to a screen', () => {
  it.each([[80, 30], [100, 40], [60, 30]])('at %i×%i: within the screen, every overdue student, the rest counted or cut', (width, height) => {
    const out = screen(width, height);
    renderFitted(out, boardLines(buildBoard(records, now), records), { height, title: 'Bảng', notes: () => [], flags: () => [], footer: ['cuối'] });
    expect(out.lines.length).toBeLessThanOrEqual(height - 1);
    expect(out.lines.filter((line) => [...line].length > width)).toEqual([]);
    const text = out.lines.join('\n');
    for (let i = 0; i < 10; i++) expect(text).toContain(`ov${String(i).padStart(4, '0')}`);
    expect(text).toContain('Cần bổ sung (30)');
    expect(text).toContain('Sẵn sàng nhập vào ứng dụng (20)');
    // Whoever is not named is counted.
    if (!text.includes('dr0029') || !text.includes('rd0019')) expect(text).toMatch(/… và \d+ bạn nữa/);
    expect(text).toContain('◌ Đang chờ tin nhắn: 20 chờ số hồ sơ · ✔ Xong: 20');
    expect(text).not.toContain('dn0000');
    expect(out.lines.at(-1)).toBe('cuối');
  });

  it('one line per student while there is room', () => {
    const few = records.filter((r) => ['ov0000', 'dr0000', 'rd0000', 'dn0000'].includes(r.id));
    const out = screen(80, 24);
    renderFitted(out, boardLines(buildBoard(few, now), few), { height: 24, title: 'Bảng', notes: () => ['đã nhắc hôm qua'], flags: () => [], footer: [] });
    expect(out.lines).toContain('  ● rd0000  Phạm Sẵn Sàng 0  · từ 20:00 01/03 · đã nhắc hôm qua');
  });
});

describe('namesakes on the board', () => {
  const twins = [
    { ...record('an0001', 'Nguyễn Văn An', 'draft'), fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234' } },
    { ...record('an0002', 'Nguyễn Văn An', 'draft'), fields: { name: 'nguyễn văn an', bhxhCode: '7931239999', idNumber: '079305001235' } },
    record('bi0001', 'Trần Thị Bình', 'draft'),
  ];
  const lines = () => boardLines(buildBoard(twins, now), twins);

  it('are told apart by birth year and the BHXH code’s last digits, on every form of the board; others are not tagged', () => {
    const fitted = screen(100, 30);
    renderFitted(fitted, lines(), { height: 30, title: 'Bảng', notes: () => [], flags: () => [], footer: [] });
    const grouped = screen(100, 30);
    renderGroups(grouped, lines(), () => []);
    for (const width of [100, 60]) {
      const board = screen(width, 30);
      renderBoard(board, lines());
      const text = board.lines.join('\n');
      expect(text).toContain('(sinh 2004, BHXH …4567)');
      expect(text).toContain('(sinh 2005, BHXH …9999)');
    }
    for (const text of [fitted.lines.join('\n'), grouped.lines.join('\n')]) {
      expect(text).toContain('an0001  Nguyễn Văn An (sinh 2004, BHXH …4567)');
      expect(text).toContain('an0002  nguyễn văn an (sinh 2005, BHXH …9999)');
      expect(text).not.toMatch(/Trần Thị Bình \(/);
    }
  });
});
