import { describe, expect, it } from 'vitest';
import { deadlineStatus, hoursSinceSubmitted, passwordDueDate } from '../../../src/core/tracking/deadlines.js';
import { record, vn } from './helpers.js';

const waiting = record('a1', 'An', 'file-number', [
  ['ready', '2026-03-06T08:00'],
  ['submitted', '2026-03-06T09:00'],
  ['file-number', '2026-03-06T09:01', '123'],
]);

describe('passwordDueDate', () => {
  it('is 3 working days after the file-number SMS', () => {
    expect(passwordDueDate(waiting)).toBe('2026-03-11');
  });

  it('across Tết 2026, and with the class’s extra day off', () => {
    const beforeTet = record('a2', 'Bình', 'file-number', [
      ['submitted', '2026-02-13T14:00'],
      ['file-number', '2026-02-13T14:01', '456'],
    ]);
    expect(passwordDueDate(beforeTet)).toBe('2026-02-25');
    expect(passwordDueDate(beforeTet, { extraDaysOff: ['2026-02-23'] })).toBe('2026-02-26');
  });

  it('forgets the file number of an attempt that was reopened', () => {
    const reopened = record('a3', 'Chi', 'submitted', [
      ['submitted', '2026-03-02T09:00'],
      ['file-number', '2026-03-02T09:01', '123'],
      ['reopened', '2026-03-03T09:00'],
      ['ready', '2026-03-03T09:10'],
      ['submitted', '2026-03-03T09:20'],
    ]);
    expect(passwordDueDate(reopened)).toBeUndefined();
    expect(hoursSinceSubmitted(reopened, vn('2026-03-03T11:20'))).toBe(2);
  });
});

describe('deadlineStatus', () => {
  const submitted = record('a4', 'Dũng', 'submitted', [['submitted', '2026-03-06T09:00']]);

  it('no file-number recorded: fine at first, then a question (row 2), not overdue, after 30 minutes', () => {
    expect(deadlineStatus(submitted, vn('2026-03-06T09:20'))).toMatchObject({ overdue: false });
    expect(deadlineStatus(submitted, vn('2026-03-06T09:20')).troubleshootRow).toBeUndefined();
    expect(deadlineStatus(submitted, vn('2026-03-06T09:30'))).toMatchObject({ overdue: false, troubleshootRow: 2 });
  });

  it('waiting for the password: row 5 at 72 hours, overdue after the due date', () => {
    const at71h = deadlineStatus(waiting, vn('2026-03-09T08:00'));
    expect(at71h).toMatchObject({ dueDate: '2026-03-11', overdue: false });
    expect(at71h.troubleshootRow).toBeUndefined();
    // Issue 9: the 72 hours count from the file-number SMS (Friday 09:01), as the due date does.
    expect(deadlineStatus(waiting, vn('2026-03-09T09:00')).troubleshootRow).toBeUndefined();
    // Past 72 hours on Monday, yet the due date (Wednesday) has not passed.
    expect(deadlineStatus(waiting, vn('2026-03-09T09:01'))).toMatchObject({ overdue: false, troubleshootRow: 5 });
    expect(deadlineStatus(waiting, vn('2026-03-11T23:59')).overdue).toBe(false);
    expect(deadlineStatus(waiting, vn('2026-03-12T00:00'))).toMatchObject({ overdue: true, troubleshootRow: 5 });
  });

  it('nothing to wait for once the password came', () => {
    const password = record('a5', 'Giang', 'password', [
      ['submitted', '2026-03-02T09:00'],
      ['password', '2026-03-02T10:00'],
    ]);
    const status = deadlineStatus(password, vn('2026-03-20T10:00'));
    expect(status).toEqual({ overdue: false, hoursSinceSubmitted: 18 * 24 + 1 });
  });
});
