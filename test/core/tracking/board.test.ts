import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../../src/core/record.js';
import { boardEntry, buildBoard } from '../../../src/core/tracking/board.js';
import { record, vn } from './helpers.js';

const now = vn('2026-03-09T10:00'); // a Monday

const records: StudentRecord[] = [
  record('d1', 'Đặng Thị Bích', 'done', [
    ['submitted', '2026-03-02T09:00'],
    ['file-number', '2026-03-02T09:01', '1'],
    ['password', '2026-03-03T09:00'],
    ['done', '2026-03-03T10:00'],
  ]),
  record('o1', 'Trần Văn Cường', 'file-number', [
    ['submitted', '2026-03-02T09:00'],
    ['file-number', '2026-03-02T09:01', '2'],
  ]),
  record('o2', 'Lê Thị Hoa', 'submitted', [['submitted', '2026-03-09T09:00']]),
  record('dr1', 'Nguyễn An', 'draft'),
  record('dr2', 'Ánh Dương', 'draft'),
  record('r1', 'Phạm Minh', 'ready', [['ready', '2026-03-08T20:00']]),
  record('p1', 'Vũ Lan', 'password', [
    ['submitted', '2026-03-08T09:00'],
    ['password', '2026-03-09T08:00'],
  ]),
  record('w1', 'Bùi Tú', 'submitted', [['submitted', '2026-03-09T09:50']]),
  record('w2', 'Dương Khoa', 'file-number', [
    ['submitted', '2026-03-09T07:59'],
    ['file-number', '2026-03-09T08:00', '3'],
  ]),
  record('f5', 'Hồ Quang', 'file-number', [
    ['submitted', '2026-03-06T09:00'],
    ['file-number', '2026-03-06T09:01', '4'],
  ]),
];

describe('boardEntry', () => {
  it('an overdue password', () => {
    const entry = boardEntry(records[1]!, now);
    expect(entry).toMatchObject({
      id: 'o1',
      name: 'Trần Văn Cường',
      state: 'file-number',
      since: vn('2026-03-02T09:01').toISOString(),
      dueDate: '2026-03-05',
      overdue: true,
      troubleshootRow: 5,
      needsAction: true,
    });
    expect(entry.nextStep).toContain('05/03/2026');
    expect(entry.nextStep).toContain('Quên mật khẩu');
  });

  it('a fresh submission waits quietly; a draft is dated by its creation', () => {
    expect(boardEntry(records[7]!, now)).toEqual({
      id: 'w1',
      name: 'Bùi Tú',
      state: 'submitted',
      since: vn('2026-03-09T09:50').toISOString(),
      step: { kind: 'await-file-number', actor: 'nobody' },
      nextStep: expect.stringContaining('số hồ sơ'),
      command: 'vssid-helper status w1 file-number <số hồ sơ>',
      overdue: false,
      needsAction: false,
      missingEmail: true,
    });
    expect(boardEntry(records[3]!, now).since).toBe('2026-03-01T01:00:00.000Z');
  });

  it('a support request does not move "since"', () => {
    const asked = record('s1', 'Sơn', 'draft', [
      ['submitted', '2026-03-06T09:00'],
      ['reopened', '2026-03-06T10:00'],
      ['support-request', '2026-03-06T10:05', '0912345678'],
    ]);
    expect(boardEntry(asked, now).since).toBe(vn('2026-03-06T10:00').toISOString());
  });
});

describe('buildBoard', () => {
  it('overdue first, then drafts, then other actions, then waiting, done last; by name in Vietnamese order', () => {
    const board = buildBoard(records, now);
    // Lê Thị Hoa, submitted 60 minutes ago without a file number: a question (row 2), not overdue.
    expect(board.entries.map((e) => e.name)).toEqual([
      'Trần Văn Cường',
      'Ánh Dương',
      'Nguyễn An',
      'Hồ Quang',
      'Lê Thị Hoa',
      'Phạm Minh',
      'Vũ Lan',
      'Bùi Tú',
      'Dương Khoa',
      'Đặng Thị Bích',
    ]);
    // 'ready' and 'password' are someone's turn to act, not a wait for an SMS: counted apart.
    expect(board.summary).toEqual({ total: 10, done: 1, waiting: 4, overdue: 1, forgotPassword: 1, incomplete: 2, ready: 1, passwordReceived: 1 });
    const asked = board.entries.find((e) => e.name === 'Lê Thị Hoa');
    expect(asked).toMatchObject({ overdue: false, troubleshootRow: 2, needsAction: true });
    expect(asked?.nextStep).toMatch(/tin nhắn báo số hồ sơ đã đến chưa\? Có thì ghi «file-number».*troubleshoot 2 --student o2/);
    expect(asked?.nextStep).not.toMatch(/đăng ký lại ngay/);
    expect(board.entries.find((e) => e.id === 'f5')).toMatchObject({ troubleshootRow: 5, overdue: false, dueDate: '2026-03-11' });
  });

  it('gives the command of the next step: the row to use when something is late', () => {
    const commands = Object.fromEntries(records.map((r) => [r.id, boardEntry(r, now).command]));
    expect(commands).toMatchObject({
      d1: undefined,
      o1: 'vssid-helper troubleshoot 5 --student o1',
      o2: 'vssid-helper status o2 file-number <số hồ sơ>',
      dr1: 'vssid-helper register --resume dr1',
      r1: 'vssid-helper status r1 submitted',
      p1: 'vssid-helper status p1 done',
      w2: 'vssid-helper status w2 password',
    });
  });

  it('is stable for equal names (by id) and does not depend on input order', () => {
    const twins = [record('b', 'An', 'draft'), record('a', 'An', 'draft')];
    expect(buildBoard(twins, now).entries.map((e) => e.id)).toEqual(['a', 'b']);
    const reversed = buildBoard([...records].reverse(), now);
    expect(reversed.entries).toEqual(buildBoard(records, now).entries);
  });

  it('shows a ready student whose photo file is gone as needing completion, derived and not stored', () => {
    const ready = records.find((r) => r.id === 'r1')!;
    const gone = (r: StudentRecord) => (r.id === 'r1' ? (['frontPhoto'] as const) : []);
    const board = buildBoard(records, now, {}, gone);
    const entry = board.entries.find((e) => e.id === 'r1')!;
    expect(entry).toMatchObject({ state: 'ready', missingPhotos: ['frontPhoto'], needsAction: true, command: 'vssid-helper status r1 reopened' });
    expect(entry.nextStep).toMatch(/^Ảnh mặt trước: tệp ảnh không còn.*register --resume r1/);
    expect(board.summary).toMatchObject({ incomplete: 3, ready: 0 });
    // Ranked with the drafts, before the other things to do.
    expect(board.entries.map((e) => e.id).slice(1, 4)).toEqual(['dr2', 'dr1', 'r1']);
    expect(ready.state).toBe('ready');
    // Past "Ghi nhận" the photos were sent: a missing file changes nothing.
    expect(boardEntry(records[2]!, now, {}, ['frontPhoto']).missingPhotos).toBeUndefined();
  });

  // Its speed is bench/store.mjs's (the board at 5,000 students, against a bare node in the same run);
  // here, 100,000 records finish within the test's time-out, which a quadratic step would not.
  it('handles a board of 100,000 records', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const base = records[i % records.length]!;
      return { ...base, id: `${base.id}-${i}`, fields: { name: `${base.fields.name} ${i % 997}` } };
    });
    const board = buildBoard(many, now, { extraDaysOff: ['2026-03-10'] });
    expect(board.summary.total).toBe(100_000);
    expect(board.entries.filter((entry) => entry.overdue).length).toBe(board.summary.overdue);
  });
});
