import { describe, expect, it } from 'vitest';
import { agencyProvince, agencyProvinceMismatch, agencySuggestions, agencyUpdateCandidates, GUIDE_AGENCY } from '../../src/core/agency.js';
import type { StudentRecord } from '../../src/core/record.js';

describe('agencyProvince', () => {
  it.each([
    ['BHXH Quận 3, TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['BHXH TP. Hà Nội – BHXH cơ sở Đống Đa', 'Thành phố Hà Nội'],
    ['Bảo hiểm xã hội tỉnh Bình Dương', 'Thành phố Hồ Chí Minh'],
    ['BHXH tỉnh Gia Lai', 'Gia Lai'],
    ['BHXH cơ sở Đống Đa', undefined],
  ])('%s → %s', (agency, province) => {
    expect(agencyProvince(agency)).toBe(province);
  });

  it('says when the agency is in another province than the student', () => {
    expect(agencyProvinceMismatch(GUIDE_AGENCY, 'Gia Lai')).toEqual({ agencyProvince: 'Thành phố Hồ Chí Minh', province: 'Gia Lai' });
    expect(agencyProvinceMismatch(GUIDE_AGENCY, 'Thành phố Hồ Chí Minh')).toBeUndefined();
    expect(agencyProvinceMismatch('BHXH cơ sở Đống Đa', 'Gia Lai')).toBeUndefined();
  });
});

describe('agencySuggestions', () => {
  it('the class first, then the card, the province, the guide; each once', () => {
    expect(agencySuggestions({ cardCode: 'SV4797931234567', province: 'Thành phố Hồ Chí Minh', classAgency: '(001) BHXH TP. Hà Nội – BHXH cơ sở Đống Đa' }).map((s) => s.source))
      .toEqual(['class', 'card', 'guide']);
    expect(agencySuggestions({ cardCode: 'SV4797931234567', province: 'Thành phố Hồ Chí Minh', classAgency: '' })).toEqual([
      { agency: 'BHXH Thành phố Hồ Chí Minh', source: 'card' },
      { agency: GUIDE_AGENCY, source: 'guide' },
    ]);
    expect(agencySuggestions({ province: 'Gia Lai', classAgency: 'BHXH tỉnh Đắk Lắk' }).map((s) => s.source)).toEqual(['class', 'province', 'guide']);
  });
});

describe('agencyUpdateCandidates', () => {
  const student = (id: string, state: StudentRecord['state'], receivingAgency?: string): StudentRecord => ({
    id, state, createdAt: '', updatedAt: '', events: [], fields: receivingAgency === undefined ? {} : { receivingAgency },
  });
  it('students not yet submitted with the old class agency, the guide’s or none; never one of their own', () => {
    const records = [
      student('a', 'draft'),
      student('b', 'ready', 'BHXH tỉnh Gia Lai'),
      student('c', 'draft', GUIDE_AGENCY),
      student('d', 'submitted', 'BHXH tỉnh Gia Lai'),
      student('e', 'draft', 'BHXH tỉnh Đắk Lắk'),
      student('f', 'ready', 'BHXH Thành phố Hồ Chí Minh'),
    ];
    expect(agencyUpdateCandidates(records, 'BHXH tỉnh Gia Lai', 'BHXH Thành phố Hồ Chí Minh').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
