/** Two classes exported from two stores and merged into a third: the board is their sum. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { NOW, seedClass } from './class-fixture.js';
import { runCli, tempHome } from './helpers.js';

type Summary = Record<string, number>;
type BoardJson = { entries: Array<{ id: string }>; summary: Summary };

const at = (home: string, args: string[]) => runCli(args, { home, env: { VSSID_HELPER_NOW: NOW } });
const board = (home: string, ...args: string[]) => JSON.parse(at(home, ['status', '--json', ...args]).stdout) as BoardJson;
const withoutUpdatedAt = (records: StudentRecord[]) => records.map(({ updatedAt: _, ...rest }) => rest);

// Each test runs the built CLI a dozen times: on a busy machine that takes a while.
const SLOW = 120_000;

describe('merging class files', () => {
  let a: string;
  let b: string;
  let fileA: string;
  let fileB: string;
  let idsB: ReturnType<typeof seedClass>;

  beforeAll(() => {
    a = tempHome();
    b = tempHome();
    seedClass(a, { className: '12A1' });
    idsB = seedClass(b, { className: '12A2', code: 100 });
    fileA = join(a, 'lop-12a1.json');
    fileB = join(b, 'lop-12a2.json');
    expect(at(a, ['export', '--format', 'json', '--out', fileA]).code).toBe(0);
    expect(at(b, ['export', '--format', 'json', '--out', fileB]).code).toBe(0);
  }, SLOW);

  it('carries everything: profile, class, photo paths, contact, events, support requests, a format marker', () => {
    const file = JSON.parse(readFileSync(fileB, 'utf8'));
    expect(file).toMatchObject({ format: 'vssid-helper-class', version: 1, masked: false, profile: { className: '12A2' } });
    const pending = file.students.find((s: { id: string }) => s.id === idsB.supportPending);
    expect(pending.supportRequest).toMatchObject({ wrongPhone: '0922222222' });
    expect(pending.events.map((e: { type: string }) => e.type)).toEqual(['ready', 'submitted', 'support-request', 'reopened']);
    expect(file.students.every((s: { className: string }) => s.className === '12A2')).toBe(true);
  }, SLOW);

  it('a third store holding both shows the sum of the two boards, and each class on its own', () => {
    const c = tempHome();
    const first = at(c, ['import', fileA]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Thêm mới: 40 học sinh.');
    expect(first.stdout).toContain('đã lấy hồ sơ lớp 12A1');
    const second = JSON.parse(at(c, ['import', fileB, '--json']).stdout);
    expect(second.summary).toMatchObject({ total: 40, added: 40, updated: 0, kept: 0, refused: 0 });

    const [boardA, boardB, boardC] = [board(a), board(b), board(c)];
    const sum = Object.fromEntries(Object.keys(boardA.summary).map((key) => [key, (boardA.summary[key] ?? 0) + (boardB.summary[key] ?? 0)]));
    expect(boardC.summary).toEqual(sum);
    expect(boardC.summary.total).toBe(80);
    expect(board(c, '--class', '12A1')).toEqual(boardA);
    expect(board(c, '--class', '12a2')).toEqual(boardB);
    const title = at(c, ['status', '--class', '12A2']).stdout;
    expect(title).toContain('Bảng theo dõi lớp 12A2');
    const none = at(c, ['status', '--class', '11B3']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Các lớp đang có: 12A1, 12A2');

    // The report of one class, and of both.
    const one = at(c, ['report', '--class', '12A2', '--out', join(c, 'b.html')]);
    expect(one.code).toBe(0);
    const html = readFileSync(join(c, 'b.html'), 'utf8');
    expect(html).toContain('<h1>Báo cáo đăng ký VssID — lớp 12A2</h1>');
    expect(html.match(/<tr data-id=/g)?.length).toBeGreaterThanOrEqual(40);
    expect(at(c, ['report', '--out', join(c, 'all.html')]).code).toBe(0);
    expect(readFileSync(join(c, 'all.html'), 'utf8')).toContain('Gồm các lớp: 12A1, 12A2');

    // Importing the same file again duplicates nobody.
    const again = JSON.parse(at(c, ['import', fileA, '--json']).stdout);
    expect(again.summary).toMatchObject({ added: 0, same: 40 });
    expect(board(c).summary.total).toBe(80);
  }, SLOW);

  it('a monitor moving to another laptop gets the same class back', () => {
    const d = tempHome();
    expect(at(d, ['import', fileA]).code).toBe(0);
    expect(withoutUpdatedAt(openStore({ home: d }).list())).toEqual(withoutUpdatedAt(openStore({ home: a }).list()));
    expect(openStore({ home: d }).getProfile()).toEqual(openStore({ home: a }).getProfile());
  }, SLOW);

  it('a student on both sides: the two histories are united and the difference is reported', () => {
    const e = tempHome();
    expect(at(e, ['import', fileB]).code).toBe(0);
    // Here, one student moved on; the file still has the older history.
    expect(at(e, ['status', idsB.dueTomorrow, 'password']).code).toBe(0);
    const kept = at(e, ['import', fileB]);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/sự kiện: máy này 4, tệp 3 \(khác nhau, đã gộp\)/);
    expect(openStore({ home: e }).require(idsB.dueTomorrow).state).toBe('password');

    // There, another student moved on: the file's new event joins this store's history.
    expect(at(b, ['status', idsB.justSubmitted, 'file-number', 'HS-77']).code).toBe(0);
    const newer = join(b, 'newer.json');
    expect(at(b, ['export', '--format', 'json', '--out', newer]).code).toBe(0);
    const updated = JSON.parse(at(e, ['import', newer, '--json']).stdout);
    expect(updated.summary).toMatchObject({ updated: 1, kept: 1, same: 38, added: 0 });
    expect(openStore({ home: e }).require(idsB.justSubmitted).state).toBe('file-number');
    expect(board(e).summary.total).toBe(40);
  }, SLOW);

  it('refuses a masked class file as a whole, saying how to get a usable one', () => {
    const masked = join(a, 'masked.json');
    expect(at(a, ['export', '--format', 'json', '--mask', '--out', masked]).code).toBe(0);
    const f = tempHome();
    const result = at(f, ['import', masked]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('đã che số giấy tờ');
    expect(result.stderr).toContain('export --format json --out');
  }, SLOW);
});
