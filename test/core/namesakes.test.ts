import { describe, expect, it } from 'vitest';
import { allNamesakes, nameWithTag, namesakeTag, namesakeTags } from '../../src/core/namesakes.js';
import type { StudentRecord } from '../../src/core/record.js';

const student = (id: string, name: string, bhxhCode?: string, idNumber?: string): StudentRecord => ({
  id, state: 'draft', createdAt: '', updatedAt: '', events: [],
  fields: { name, ...(bhxhCode ? { bhxhCode } : {}), ...(idNumber ? { idNumber } : {}) },
});

describe('namesakes', () => {
  const a = student('aaaaaa', 'Nguyễn Văn An', '7931234567', '079204001234');
  const b = student('bbbbbb', 'nguyen van an', '7931239999', '079305001235');
  const c = student('cccccc', 'Trần Thị Bình', '7931230000');

  it('tags only students whose name another shares, by birth year and the BHXH code’s last digits', () => {
    const tags = namesakeTags([a, b, c]);
    expect(tags.get('aaaaaa')).toBe('sinh 2004, BHXH …4567');
    expect(tags.get('bbbbbb')).toBe('sinh 2005, BHXH …9999');
    expect(tags.has('cccccc')).toBe(false);
    expect(nameWithTag('Nguyễn Văn An', tags.get('aaaaaa'))).toBe('Nguyễn Văn An (sinh 2004, BHXH …4567)');
    expect(nameWithTag('Trần Thị Bình', tags.get('cccccc'))).toBe('Trần Thị Bình');
  });

  it('on a list, only names that read the same (case aside) are tagged; a picker also folds the diacritics', () => {
    const d = student('dddddd', 'NGUYỄN VĂN AN', '7931238888', '079206001236');
    expect([...namesakeTags([a, b, c, d], 'shown').keys()]).toEqual(['aaaaaa', 'dddddd']);
    expect([...namesakeTags([a, b, c, d], 'typed').keys()]).toEqual(['aaaaaa', 'bbbbbb', 'dddddd']);
  });

  it('falls back on the id when nothing else tells them apart', () => {
    expect(namesakeTag(student('dddddd', 'Lê Văn Cường'))).toBe('mã dddddd');
  });

  it('knows when the full name itself is what is ambiguous', () => {
    expect(allNamesakes([a, b])).toBe(true);
    expect(allNamesakes([a, c])).toBe(false);
    expect(allNamesakes([a])).toBe(false);
  });
});
