/** export → import gives back what was exported; --out never writes through a planted link. */
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { runCli, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const STREETS = ['-12 đường Lê Lợi', '+84 ngõ 5', '=Số 3 phố Huế', '@Khu tập thể A', "'Số 7 đường 3/2", 'Số 12 đường Nguyễn Trãi'];

describe('export → import round trip', () => {
  it('gives back the same streets (the formula guard is taken off again)', () => {
    const from = tempHome();
    const store = openStore({ home: from });
    store.saveMany(
      STREETS.map((street, i) => store.create({ name: `Nguyễn Văn ${'ABCDEF'[i]}`, bhxhCode: String(7931234560 + i), street }, T0)),
      T0,
    );
    const csv = join(from, 'lop.csv');
    expect(runCli(['export', '--out', csv], { home: from }).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain("'-12 đường Lê Lợi");
    const to = tempHome();
    runCli(['import', csv], { home: to });
    const streets = openStore({ home: to }).list().map((record) => record.fields.street);
    expect(streets).toEqual(STREETS);
  });
});

describe.runIf(process.platform !== 'win32')('--out and a planted link', () => {
  it('export --out: neither the old temporary name nor the target, as links, receive the class', () => {
    const home = tempHome();
    const store = openStore({ home });
    store.save(store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', phone: '0912345678' }, T0), T0);
    const shared = tempHome();
    const stolen = join(tempHome(), 'stolen.csv');
    const target = join(shared, 'lop.csv');
    // The names a watcher could predict before: `.lop.csv.<pid>.tmp` for the next few pids.
    for (let pid = process.pid; pid < process.pid + 200; pid++) symlinkSync(stolen, join(shared, `.lop.csv.${pid}.tmp`));
    const result = runCli(['export', '--out', target], { home });
    expect(result.code).toBe(0);
    expect(existsSync(stolen)).toBe(false);
    expect(lstatSync(target).isSymbolicLink()).toBe(false);

    const other = join(shared, 'other.csv');
    writeFileSync(stolen, '');
    symlinkSync(stolen, other);
    expect(runCli(['export', '--out', other], { home }).code).toBe(1);
    expect(runCli(['export', '--out', other, '--force'], { home }).code).toBe(0);
    expect(readFileSync(stolen, 'utf8')).toBe('');
    expect(lstatSync(other).isSymbolicLink()).toBe(false);
  });
});
