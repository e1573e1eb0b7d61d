import { describe, expect, it } from 'vitest';
import { findStudent } from '../../src/core/lookup.js';
import type { StudentRecord } from '../../src/core/record.js';

const student = (id: string, name: string, bhxhCode?: string): StudentRecord => ({
  id, createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z', state: 'draft',
  fields: { name, ...(bhxhCode ? { bhxhCode } : {}) }, events: [],
});
const CLASS = [
  student('k3f9q2', 'Nguyễn Văn An', '7931234567'),
  student('m7p2xa', 'Lê Thị An'),
  student('x4r8tb', 'Trần Thị Bình'),
  student('b2c3d4', 'Đặng Lan'),
];
const ids = (query: string) => {
  const found = findStudent(CLASS, query);
  return found.kind === 'found' ? [found.record.id] : found.kind === 'many' ? found.candidates.map((r) => r.id) : [];
};

describe('findStudent, a number that is one student’s id and another’s BHXH code', () => {
  it('is ambiguous: both are candidates, neither is picked', () => {
    const base = { createdAt: '', updatedAt: '', state: 'draft' as const, events: [] };
    const byId = { ...base, id: '7931234567', fields: { name: 'Nguyễn Văn An', bhxhCode: '7900000001' } };
    const byCode = { ...base, id: 'k3f9q2', fields: { name: 'Trần Thị Bình', bhxhCode: '7931234567' } };
    expect(findStudent([byId, byCode], '7931234567')).toEqual({ kind: 'many', candidates: [byId, byCode] });
    expect(findStudent([byCode], '7931234567')).toEqual({ kind: 'found', record: byCode });
  });
});

describe('findStudent', () => {
  it('finds by id in any case and by BHXH code', () => {
    expect(ids('K3F9Q2')).toEqual(['k3f9q2']);
    expect(ids('7931234567')).toEqual(['k3f9q2']);
    expect(ids('7931234560')).toEqual([]);
  });

  it('finds by name without diacritics or case, whole words only', () => {
    expect(ids('tran thi binh')).toEqual(['x4r8tb']);
    expect(ids('BÌNH')).toEqual(['x4r8tb']);
    expect(ids('dang lan')).toEqual(['b2c3d4']);
    expect(ids('la')).toEqual([]);
  });

  it('lists the candidates when a name fits several students, and prefers a whole-name match', () => {
    expect(findStudent(CLASS, 'an').kind).toBe('many');
    expect(ids('an')).toEqual(['k3f9q2', 'm7p2xa']);
    expect(ids('nguyen van an')).toEqual(['k3f9q2']);
    expect(ids('   ')).toEqual([]);
  });
});
