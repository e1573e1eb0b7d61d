import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { ID_ALPHABET, ID_PATTERN, newId } from '../../src/store/ids.js';
import { describeConflict } from '../../src/store/messages.js';
import { MIGRATIONS, upgrade, InvalidShapeError } from '../../src/store/schema.js';

const record = (id: string, fields: StudentRecord['fields']): StudentRecord =>
  ({ id, createdAt: '2025-03-01T08:00:00.000Z', updatedAt: '2025-03-01T08:00:00.000Z', state: 'draft', fields, events: [] });

describe('describeConflict', () => {
  const an = record('aaaaaa', { name: 'An', bhxhCode: '7911111111', phone: '0912345678' });
  const withPhotos = record('cccccc', { name: 'Nguyễn Văn An', frontPhoto: '/anh/an-truoc.jpg' });

  it('names the other student, by what the two share', () => {
    expect(describeConflict({ field: 'phone', severity: 'warning', other: an })).toContain('aaaaaa (An)');
    expect(describeConflict({ field: 'bhxhCode', severity: 'error', other: an })).toBe('Mã số BHXH trùng với học sinh aaaaaa (An).');
    expect(describeConflict({ field: 'photo', severity: 'warning', other: withPhotos })).toMatch(/^Ảnh này đã dùng cho Nguyễn Văn An \(mã cccccc\)/);
  });
});

describe('newId', () => {
  it('uses the unambiguous alphabet', () => {
    expect(ID_ALPHABET).not.toMatch(/[01ilo]/);
    expect(newId(() => false)).toMatch(ID_PATTERN);
  });

  it('retries when the id is taken', () => {
    const sequence = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    let i = 0;
    const id = newId((candidate) => candidate === '222222', () => sequence[i++]!);
    expect(id).toBe('333333');
  });
});

describe('upgrade', () => {
  it('runs only the migrations after the stored version', () => {
    const calls: number[] = [];
    const migrations = [0, 1, 2].map((n) => (data: Record<string, unknown>) => (calls.push(n), data));
    const result = upgrade({ schemaVersion: 1, records: [], profile: {} }, migrations);
    expect(calls).toEqual([1, 2]);
    expect(result).toEqual({ data: { schemaVersion: 3, records: [], profile: {} }, migrated: true });
    expect(upgrade({ schemaVersion: MIGRATIONS.length, records: [], profile: {} }).migrated).toBe(false);
  });

  it('turns a migration that throws into a shape error', () => {
    const broken = [() => { throw new Error('boom'); }];
    expect(() => upgrade({}, broken)).toThrow(InvalidShapeError);
  });
});
