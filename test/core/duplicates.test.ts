import { describe, expect, it } from 'vitest';
import { findConflicts, findTwins, identityKeys } from '../../src/core/duplicates.js';
import type { StudentRecord } from '../../src/core/record.js';

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
  });

  it('warns once when a photo file is already another student’s, whichever side it was', () => {
    const withPhotos = record('cccccc', { name: 'Nguyễn Văn An', frontPhoto: '/anh/an-truoc.jpg', backPhoto: '/anh/an-sau.jpg' });
    const conflicts = findConflicts([an, withPhotos], { fields: { frontPhoto: '/anh/an-sau.jpg', backPhoto: '/anh/an-sau.jpg' } });
    expect(conflicts.map((c) => [c.field, c.severity, c.other.id])).toEqual([['photo', 'warning', 'cccccc']]);
    expect(findConflicts([withPhotos], { fields: { frontPhoto: '/anh/binh-truoc.jpg' } })).toEqual([]);
  });

  it('ignores the record itself and empty values', () => {
    expect(findConflicts([an], an)).toEqual([]);
    expect(findConflicts([an, binh], { fields: { bhxhCode: '', phone: '' } })).toEqual([]);
  });
});

describe('identityKeys', () => {
  it('keeps the BHXH code and the ID number, spaced or not, and leaves the phone out', () => {
    const keys = identityKeys({ bhxhCode: '79 1111 1111', idNumber: 'c 1234567', phone: '0912345678' });
    expect([...keys]).toEqual([['bhxhCode', '7911111111'], ['idNumber', 'C1234567']]);
  });
});

describe('findTwins', () => {
  const an = record('aaaaaa', { name: 'An', bhxhCode: '7911111111', phone: '0912345678' });
  const binh = record('bbbbbb', { name: 'Bình', bhxhCode: '7911111111' });
  const chi = record('cccccc', { name: 'Chi', bhxhCode: '7933333333', phone: '+84 912 345 678' });

  it('names a changed student who shares a BHXH code, whichever comes first in the file', () => {
    expect(findTwins([an, binh], new Set(['bbbbbb'])).map((t) => [t.field, t.candidate.id, t.other.id])).toEqual([['bhxhCode', 'bbbbbb', 'aaaaaa']]);
    expect(findTwins([an, binh], new Set(['aaaaaa'])).map((t) => [t.field, t.candidate.id, t.other.id])).toEqual([['bhxhCode', 'aaaaaa', 'bbbbbb']]);
  });

  it('ignores twins no change touched, and a shared phone', () => {
    expect(findTwins([an, binh, chi], new Set(['cccccc']))).toEqual([]);
  });
});
