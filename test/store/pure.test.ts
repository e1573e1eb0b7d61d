import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { findConflicts } from '../../src/store/conflicts.js';
import { ID_ALPHABET, ID_PATTERN, newId } from '../../src/store/ids.js';
import { describeConflict } from '../../src/store/messages.js';
import { MIGRATIONS, upgrade, InvalidShapeError } from '../../src/store/schema.js';

const record = (id: string, fields: StudentRecord['fields']): StudentRecord => ({
  id,
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:00:00.000Z',
  state: 'draft',
  fields,
  events: [],
});

describe('findConflicts', () => {
  const an = record('aaaaaa', { name: 'An', bhxhCode: '7911111111', idNumber: '079200000001', phone: '0912345678' });
  const binh = record('bbbbbb', { name: 'Bình', bhxhCode: '7922222222', idNumber: '079200000002', phone: '0987654321' });

  it('reports same BHXH code and ID number as errors, same phone as a warning, errors first', () => {
    const conflicts = findConflicts([an, binh], {
      fields: { phone: '+84 912 345 678', bhxhCode: '7922222222', idNumber: '079200000001' },
    });
    expect(conflicts.map((c) => [c.field, c.severity, c.other.id])).toEqual([
      ['idNumber', 'error', 'aaaaaa'],
      ['bhxhCode', 'error', 'bbbbbb'],
      ['phone', 'warning', 'aaaaaa'],
    ]);
    expect(describeConflict(conflicts[2]!)).toContain('aaaaaa (An)');
  });

  it('warns once when a photo file is already another student’s, whichever side it was', () => {
    const withPhotos = record('cccccc', { name: 'Nguyễn Văn An', frontPhoto: '/anh/an-truoc.jpg', backPhoto: '/anh/an-sau.jpg' });
    const conflicts = findConflicts([an, withPhotos], { fields: { frontPhoto: '/anh/an-sau.jpg', backPhoto: '/anh/an-sau.jpg' } });
    expect(conflicts.map((c) => [c.field, c.severity, c.other.id])).toEqual([['photo', 'warning', 'cccccc']]);
    expect(describeConflict(conflicts[0]!)).toMatch(/^Ảnh này đã dùng cho Nguyễn Văn An \(mã cccccc\)/);
    expect(findConflicts([withPhotos], { fields: { frontPhoto: '/anh/binh-truoc.jpg' } })).toEqual([]);
  });

  it('ignores the record itself and empty values', () => {
    expect(findConflicts([an], an)).toEqual([]);
    expect(findConflicts([an, binh], { fields: { bhxhCode: '', phone: '' } })).toEqual([]);
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
