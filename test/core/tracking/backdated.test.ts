/** Issue 9: events that happened before the record was typed in. */
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../../src/core/tracking/transitions.js';
import { readEventTime } from '../../../src/core/tracking/events.js';
import { boardEntry } from '../../../src/core/tracking/board.js';
import type { StudentRecord } from '../../../src/core/record.js';
import { record, vn } from './helpers.js';

const complete = () => true;
const monday = vn('2026-11-30T10:00');

/** Typed in on Monday: created and reviewed then. */
function enteredMonday(): StudentRecord {
  return { ...record('m1', 'An', 'ready', [['ready', '2026-11-30T09:55']]), createdAt: vn('2026-11-30T09:50').toISOString() };
}

describe('backdated real-world events', () => {
  it('records a Friday submission on a record created on Monday', () => {
    const at = readEventTime('27/11/2026 16:00', monday).at;
    const next = applyEvent(enteredMonday(), { type: 'submitted', at: at.toISOString() }, monday, complete);
    expect(next.state).toBe('submitted');
    expect(next.events.at(-1)?.at).toBe(vn('2026-11-27T16:00').toISOString());
  });

  it('gives a backdated file-number SMS the due date counted from Friday', () => {
    let r = applyEvent(enteredMonday(), { type: 'submitted', at: '27/11/2026 16:00' }, monday, complete);
    r = applyEvent(r, { type: 'file-number', at: '27/11/2026 16:01', value: 'HS 987654' }, monday, complete);
    expect(r.events.at(-1)).toMatchObject({ value: 'HS987654' });
    const entry = boardEntry(r, monday);
    expect(entry.dueDate).toBe('2026-12-02');
    expect(entry.overdue).toBe(false);
  });

  it('keeps the order among real-world events', () => {
    const r = applyEvent(enteredMonday(), { type: 'submitted', at: '27/11/2026 16:00' }, monday, complete);
    expect(() => applyEvent(r, { type: 'file-number', at: '27/11/2026 15:00', value: '1' }, monday, complete)).toThrow(
      expect.objectContaining({ code: 'before-previous' }),
    );
  });

  it('reads a time alone as today at that time (Vietnam)', () => {
    expect(readEventTime('09:30', monday)).toEqual({ at: vn('2026-11-30T09:30'), dateOnly: false });
    expect(readEventTime('9h30', vn('2026-11-30T23:30')).at).toEqual(vn('2026-11-30T09:30'));
    expect(() => readEventTime('09:30')).toThrow(expect.objectContaining({ code: 'invalid-time' }));
  });
});
