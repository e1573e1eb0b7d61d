import { describe, expect, it } from 'vitest';
import { fresh } from './fresh-id.js';
import { buildClassFile, ClassFileError, planMerge, readClassFile } from '../../../src/core/class-file/index.js';
import { classNames, inClass, sameClass } from '../../../src/core/classes.js';
import type { ClassProfile, StudentRecord } from '../../../src/core/record.js';
import { record, vn } from '../tracking/helpers.js';

const profile: ClassProfile = {
  className: '12A1', receivingAgency: 'BHXH cơ sở Bến Thành', supportEmail: 'hotro@truong.edu.vn',
  submissionMethod: 'postal', extraDaysOff: ['2026-03-10'], removedDaysOff: [],
  extraWards: ['Thành phố Hồ Chí Minh: Phường Mới'],
};

const student = (id: string, bhxhCode: string, idNumber: string, events: Parameters<typeof record>[3] = []): StudentRecord => {
  const r = record(id, `Học Sinh ${id.replace(/\d/g, (d) => 'ABCDEFGHIJ'[Number(d)] ?? '')}`, events.length > 0 ? 'submitted' : 'draft', events);
  return { ...r, fields: { ...r.fields, bhxhCode, idNumber, frontPhoto: 'C:\\Users\\An\\Ảnh\\mặt "trước".jpg' } };
};


describe('class file', () => {
  it('round-trips every record exactly, photo paths, field sources and class included, and the whole profile', () => {
    const records = [
      student('a1', '7900000001', '079204000001', [['submitted', '2026-03-02T09:00']]),
      { ...student('a2', '7900000002', '079204000002'), phoneConfirmed: '0912345678', sources: { name: 'import', phone: 'wizard' } } satisfies StudentRecord,
    ];
    records[0]!.events.push({ type: 'support-request', at: vn('2026-03-03T09:00').toISOString(), value: '0911111111' });
    const text = JSON.stringify(buildClassFile(records, profile, { now: vn('2026-03-09T10:00'), masked: false }));
    const read = readClassFile(text)!;
    expect(read.records).toEqual(records.map((r) => ({ ...r, className: '12A1' })));
    expect(read.profile).toEqual(profile);
    expect(read.rejected).toEqual([]);
    expect(JSON.parse(text).students[0].supportRequest).toMatchObject({ wrongPhone: '0911111111' });
  });

  it('is not a roster, and a roster is not a class file', () => {
    expect(readClassFile('[{"name": "Nguyễn Văn An"}]')).toBeUndefined();
    expect(readClassFile('{"name": "vssid-helper-class"}')).toBeUndefined();
  });

  it('refuses a masked, newer or damaged class file as a whole', () => {
    const base = { format: 'vssid-helper-class', version: 1, masked: false, profile: {}, students: [] };
    expect(() => readClassFile(JSON.stringify({ ...base, masked: true }))).toThrow(ClassFileError);
    expect(() => readClassFile(JSON.stringify({ ...base, version: 2 }))).toThrow(/mới hơn/);
    expect(() => readClassFile('{"format": "vssid-helper-class", ')).toThrow(/hỏng/);
  });

  it('refuses a file whose students do not pass the store’s own checks, each named: masked numbers, an unusable time', () => {
    const good = student('a1', '7900000001', '079204000001', [['submitted', '2026-03-02T09:00']]);
    const file = (students: unknown[]) => JSON.stringify({ format: 'vssid-helper-class', version: 1, masked: false, profile: {}, students });
    const masked = { ...good, id: 'b2', fields: { ...good.fields, idNumber: '079•••••0001' } };
    const garbage = { ...good, id: 'c3', events: [{ type: 'submitted', at: 'garbage' }] };
    const farAway = { ...good, id: 'd4', events: [{ type: 'submitted', at: '+275760-09-13T00:00:00.000Z' }] };
    for (const [bad, pattern] of [[masked, /b2 Học Sinh aB — Số CMND\/CCCD\/Hộ chiếu/], [garbage, /c3 Học Sinh aB — thời điểm «garbage»/], [farAway, /d4 Học Sinh aB — thời điểm «\+275760/]] as const) {
      expect(() => readClassFile(file([good, bad]))).toThrow(pattern);
    }
    expect(readClassFile(file([good]))?.records).toHaveLength(1);
  });

  it('sets aside a student that is not a record, keeping the others', () => {
    const good = student('a1', '7900000001', '079204000001');
    const text = JSON.stringify({ format: 'vssid-helper-class', version: 1, masked: false, profile: {}, students: [good, { id: 'x', state: 'lost' }] });
    const read = readClassFile(text)!;
    expect(read.records).toHaveLength(1);
    expect(read.rejected).toEqual([{ position: 2, id: 'x', problem: 'dates' }]);
  });
});

describe('planMerge', () => {
  const mine = [student('m1', '7900000001', '079204000001', [['submitted', '2026-03-02T09:00']]), student('m2', '7900000002', '079204000002')];

  it('adds new students, keeps ids unless taken, and sees an identical one as the same', () => {
    const plan = planMerge(mine, [student('m2', '7900000003', '079204000003'), structuredClone(mine[0]!)], fresh);
    expect(plan.entries.map((e) => e.kind)).toEqual(['added', 'same']);
    expect(plan.entries[0]?.id).not.toBe('m2');
    expect(plan.toSave).toHaveLength(1);
  });

  it('matches by BHXH code, else by ID number; the histories are united and differences are listed', () => {
    const longer = student('f1', '7900000002', '079204000002', [['submitted', '2026-03-02T09:00']]);
    longer.fields.email = 'an@truong.edu.vn';
    const noBhxh = student('f2', '', '079204000001');
    delete noBhxh.fields.bhxhCode;
    const plan = planMerge(mine, [longer, noBhxh], fresh);
    expect(plan.entries.map((e) => [e.kind, e.id])).toEqual([['updated', 'm2'], ['kept', 'm1']]);
    expect(plan.entries[0]?.fields).toContain('email');
    expect(plan.entries[1]?.eventsDiffer).toBe(true);
    expect(plan.toSave).toEqual([expect.objectContaining({ id: 'm2', state: 'submitted', fields: expect.objectContaining({ email: 'an@truong.edu.vn' }) })]);
  });

  it('refuses a student whose BHXH code and ID number point at two different students', () => {
    const plan = planMerge(mine, [student('f1', '7900000001', '079204000002')], fresh);
    expect(plan.entries[0]).toMatchObject({ kind: 'refused', clash: 'idNumber' });
    expect(plan.toSave).toEqual([]);
  });

  it('refuses an ID number already here under another BHXH code', () => {
    const plan = planMerge(mine, [student('f1', '7900000009', '079204000001')], fresh);
    expect(plan.entries[0]).toMatchObject({ kind: 'refused', clash: 'bhxhCode' });
  });

  it('a student twice in the file is added once', () => {
    const twice = student('f1', '7900000005', '079204000005');
    const plan = planMerge(mine, [twice, structuredClone(twice)], fresh);
    expect(plan.entries.map((e) => e.kind)).toEqual(['added', 'same']);
    expect(plan.toSave).toHaveLength(1);
  });
});

describe('classes', () => {
  const rs = [{ ...student('a', '1', '1') }, { ...student('b', '2', '2'), className: '12A2' }, { ...student('c', '3', '3'), className: '12 a1' }];
  it('a record without a class is the store’s own; names compare loosely', () => {
    expect(sameClass('12A1', '12 a1')).toBe(true);
    expect(sameClass('12A1', '12A2')).toBe(false);
    expect(inClass(rs, '12a1', '12A1').map((r) => r.id)).toEqual(['a', 'c']);
    expect(classNames(rs, '12A1')).toEqual(['12A1', '12A2']);
    expect(classNames(rs.slice(0, 1), '')).toEqual(['']);
  });
});
