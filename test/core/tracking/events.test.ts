import { describe, expect, it } from 'vitest';
import {
  isEventName,
  nearestEvent,
  parseEventName,
  parseEventTime,
  parseFileNumber,
  parseWrongPhone,
  readEventTime,
} from '../../../src/core/tracking/events.js';
import { TrackingError } from '../../../src/core/tracking/errors.js';

describe('parseEventName', () => {
  it.each([
    ['submitted', 'submitted'],
    ['ghi-nhan', 'submitted'],
    ['Đã ghi nhận', 'submitted'],
    ['DA-GHI-NHAN', 'submitted'],
    ['file-number', 'file-number'],
    ['số hồ sơ', 'file-number'],
    ['so_ho_so', 'file-number'],
    ['Mật khẩu', 'password'],
    ['mat-khau', 'password'],
    ['xong', 'done'],
    ['đăng nhập', 'done'],
    ['  done ', 'done'],
    ['reopened', 'reopened'],
    ['support-request', 'support-request'],
    ['ready', 'ready'],
  ])('%s → %s', (input, type) => {
    expect(parseEventName(input)).toBe(type);
    expect(isEventName(input)).toBe(true);
  });

  it('refuses an unknown name and lists the accepted ones', () => {
    expect(() => parseEventName('nop')).toThrow(TrackingError);
    expect(() => parseEventName('nop')).toThrow(/so-ho-so/);
    expect(() => parseEventName('constructor')).toThrow(TrackingError);
    for (const other of ['nop', 'k3f9q2', 'submited', '', 'constructor', '__proto__', 'toString']) expect(isEventName(other)).toBe(false);
  });
});

describe('parseEventTime', () => {
  it('reads a time without a zone as Vietnam time', () => {
    expect(parseEventTime('2026-03-02 09:30').toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect(parseEventTime('2026-03-02T09:30:15').toISOString()).toBe('2026-03-02T02:30:15.000Z');
  });

  it('honours an explicit zone', () => {
    expect(parseEventTime('2026-03-02T02:30:00Z').toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect(parseEventTime('2026-03-02T10:30:00+08:00').toISOString()).toBe('2026-03-02T02:30:00.000Z');
  });

  it.each([
    ['15:00 13/02/2026', '2026-02-13T08:00:00.000Z'],
    ['05/03/2026 08:00', '2026-03-05T01:00:00.000Z'],
    ['5/3/2026 8:05', '2026-03-05T01:05:00.000Z'],
    ['02/03/2026 9h30', '2026-03-02T02:30:00.000Z'],
    ['9h 02/03/2026', '2026-03-02T02:00:00.000Z'],
    ['  2026-03-02   09:30 ', '2026-03-02T02:30:00.000Z'],
  ])('reads %j, as the tool prints times or day first, as Vietnam time', (input, iso) => {
    expect(parseEventTime(input).toISOString()).toBe(iso);
  });

  it('takes a date alone as 08:00 that day, and says it was a date alone', () => {
    expect(readEventTime('2026-03-02')).toEqual({ at: new Date('2026-03-02T01:00:00.000Z'), dateOnly: true });
    expect(readEventTime('02/03/2026')).toEqual({ at: new Date('2026-03-02T01:00:00.000Z'), dateOnly: true });
    expect(readEventTime('02/03/2026 08:00').dateOnly).toBe(false);
  });

  it.each(['2026-02-30 10:00', '30/02/2026', '13/13/2026', '02/03/2026 24:00', '02/03/2026 9:60', '09:30', '02/03/2026 03/03/2026', 'hôm qua', '', '2026-03-02T25:00Z'])('refuses %j', (input) => {
    expect(() => parseEventTime(input)).toThrow(expect.objectContaining({ code: 'invalid-time' }));
  });
});

describe('readEventTime: years the calendar cannot compute', () => {
  it.each([
    ['01/01/1700 09:00', 1700],
    ['2300-01-01', 2300],
    ['1799-12-31T10:00:00Z', 1799],
  ])('refuses %j as an invalid time that says the supported years', (input, year) => {
    expect(() => readEventTime(input)).toThrow(expect.objectContaining({ code: 'invalid-time' }));
    expect(() => readEventTime(input)).toThrow(new RegExp(`thuộc năm ${year}: .*từ năm 1800 đến năm 2199`));
  });
});

describe('values', () => {
  it('a file number: letters, digits and dashes, with a digit', () => {
    expect(parseFileNumber('  HS-2026-001234 ')).toBe('HS-2026-001234');
    expect(parseFileNumber('79123456')).toBe('79123456');
    // Issue 9 changed this: spaces inside a typed file number are dropped, not refused.
    expect(parseFileNumber('HS 987654')).toBe('HS987654');
    expect(parseFileNumber('12 34')).toBe('1234');
    for (const bad of [undefined, '', '   ', 'abc', '---', '12--34', '-12', 'x'.repeat(40) + '1']) {
      expect(() => parseFileNumber(bad)).toThrow(expect.objectContaining({ code: 'invalid-value' }));
    }
  });

  it('the wrong phone of a support request', () => {
    expect(parseWrongPhone(' 0912.345.678 ')).toBe('0912.345.678');
    expect(parseWrongPhone('+84 912 345 678')).toBe('+84 912 345 678');
    expect(() => parseWrongPhone(undefined)).toThrow(TrackingError);
    expect(() => parseWrongPhone('số cũ')).toThrow(TrackingError);
  });
});

describe('an event typed with a typo', () => {
  it('suggests the event it most likely meant, and none for a word far from any', () => {
    expect(nearestEvent('submited')).toBe('submitted');
    expect(nearestEvent('file-numbr')).toBe('file-number');
    expect(nearestEvent('banana')).toBeUndefined();
    expect(() => parseEventName('submited')).toThrow(/Có phải «submitted»/);
  });
});
