/**
 * The class of 40 (class-fixture.ts) and two more: a second student past the password's due
 * date and one more done, 42 as in a real class list, with three overdue and one near it.
 */
import type { TrackingEvent } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { seedClass } from './class-fixture.js';

export { NOW } from './class-fixture.js';

const vn = (local: string): string => new Date(`${local}:00+07:00`).toISOString();

export function seedClass42(home: string, className = '23CTT2') {
  const ids = seedClass(home, { className });
  const store = openStore({ home });
  const extra = (name: string, n: number, state: 'file-number' | 'done', events: TrackingEvent[]) => {
    const record = store.create(
      { name, bhxhCode: String(7900000900 + n), idNumber: `07920409${String(9000 + n)}`, phone: `09130000${String(n).padStart(2, '0')}` },
      new Date(vn('2026-01-05T08:00')),
    );
    store.save({ ...record, state, events }, new Date(vn('2026-02-24T09:00')));
    return record.id;
  };
  const lateSms = extra('Đỗ Thị Mai', 41, 'file-number', [
    { type: 'ready', at: vn('2026-02-09T08:00') },
    { type: 'submitted', at: vn('2026-02-09T08:30') },
    { type: 'file-number', at: vn('2026-02-09T08:31'), value: 'HS-0041' },
  ]);
  const done = extra('Lý Văn Nam', 42, 'done', [
    { type: 'ready', at: vn('2026-01-12T08:00') },
    { type: 'submitted', at: vn('2026-01-12T08:30') },
    { type: 'file-number', at: vn('2026-01-12T08:31'), value: 'HS-0042' },
    { type: 'password', at: vn('2026-01-13T08:00') },
    { type: 'done', at: vn('2026-01-13T09:00') },
  ]);
  return { ...ids, lateSms, extraDone: done, overdue: [ids.overdueBeforeTet, ids.overdueAcrossTet, ids.noFileNumber, lateSms] };
}
