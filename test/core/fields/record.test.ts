import { describe, expect, it } from 'vitest';
import { checkField, isReadyRecord, photoPairProblem } from '../../../src/core/fields/check.js';
import { FIELD_LABELS } from '../../../src/core/fields/messages.js';
import { missingRequiredFields, REQUIRED_FIELDS } from '../../../src/core/fields/required.js';
import { draftRecordSchema, FIELD_SCHEMAS, readyRecordSchema } from '../../../src/core/fields/schemas.js';
import { FORM_ORDER, type StudentFields } from '../../../src/core/record.js';

const complete: StudentFields = {
  subjectType: 'individual',
  name: 'Nguyễn Văn An',
  bhxhCode: '7931234567',
  idNumber: '079204001234',
  frontPhoto: '/tmp/cccd-truoc.jpg',
  backPhoto: '/tmp/cccd-sau.jpg',
  province: 'Thành phố Hồ Chí Minh',
  ward: 'Phường Bàn Cờ',
  street: '123 Nguyễn Thị Minh Khai',
  contactPerson: 'Nguyễn Văn An',
  phone: '0912345678',
  channel: 'portal',
  receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh',
  submissionMethod: 'reception',
  commitment: true,
};

describe('FIELD_LABELS', () => {
  it('labels every field with the form’s Vietnamese words', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...FORM_ORDER].sort());
    expect(FIELD_LABELS.idNumber).toBe('Số CMND/CCCD/Hộ chiếu');
    expect(FIELD_LABELS.email).toBe('Địa chỉ thư điện tử');
    expect(Object.keys(FIELD_SCHEMAS).sort()).toEqual([...FORM_ORDER].sort());
  });
});

describe('readyRecordSchema', () => {
  it('accepts a complete record, optional fields blank or absent', () => {
    expect(readyRecordSchema.safeParse(complete).success).toBe(true);
    expect(readyRecordSchema.safeParse({ ...complete, email: '', district: '', portraitPhoto: '' }).success).toBe(true);
  });

  it('normalises what it accepts', () => {
    const parsed = readyRecordSchema.parse({ ...complete, bhxhCode: 'SV4797931234567', province: 'Bình Dương', phone: '+84912345678' });
    expect(parsed).toMatchObject({ bhxhCode: '7931234567', province: 'Thành phố Hồ Chí Minh', phone: '0912345678' });
  });

  it('reports each missing or invalid field by its key, in Vietnamese', () => {
    const { name: _, ...noName } = complete;
    const result = readyRecordSchema.safeParse({ ...noName, phone: '091234567', commitment: false });
    const issues = result.error?.issues.map((i) => [i.path[0], i.message]) ?? [];
    expect(issues.map(([key]) => key)).toEqual(['name', 'phone', 'commitment']);
    expect(issues[0]?.[1]).toMatch(/^Chưa nhập họ và tên/);
  });

  it('does not call two missing photos the same file', () => {
    const result = readyRecordSchema.safeParse({ ...complete, frontPhoto: '', backPhoto: ' ' });
    expect(result.error?.issues.map((i) => i.message).join()).not.toContain('cùng một tệp');
  });

  it('refuses the same path for both sides', () => {
    const result = readyRecordSchema.safeParse({ ...complete, backPhoto: complete.frontPhoto });
    expect(result.error?.issues[0]).toMatchObject({ path: ['backPhoto'], message: expect.stringContaining('cùng một tệp') });
  });
});

describe('draftRecordSchema', () => {
  it('accepts any subset, but what is there must be valid', () => {
    expect(draftRecordSchema.safeParse({}).success).toBe(true);
    expect(draftRecordSchema.parse({ name: 'Lê  Thị Hồng' })).toEqual({ name: 'Lê Thị Hồng' });
    expect(draftRecordSchema.safeParse({ bhxhCode: '123' }).success).toBe(false);
  });
});

describe('missingRequiredFields', () => {
  it('lists required fields with no answer, in form order', () => {
    expect(missingRequiredFields({})).toEqual(REQUIRED_FIELDS.filter((k) => k !== 'commitment'));
    expect(missingRequiredFields({ ...complete, ward: '  ', phone: undefined })).toEqual(['ward', 'phone']);
    expect(missingRequiredFields(complete)).toEqual([]);
  });

  it('counts the commitment only when asked (it is confirmed at "Ghi nhận")', () => {
    const { commitment: _, ...unconfirmed } = complete;
    expect(missingRequiredFields(unconfirmed)).toEqual([]);
    expect(missingRequiredFields(unconfirmed, { includeCommitment: true })).toEqual(['commitment']);
  });

  it('never lists optional fields', () => {
    expect(REQUIRED_FIELDS).not.toContain('email');
    expect(REQUIRED_FIELDS).not.toContain('district');
    expect(REQUIRED_FIELDS).not.toContain('portraitPhoto');
  });
});

describe('isReadyRecord and photoPairProblem', () => {
  const files = {
    stat: () => ({ isFile: true, size: 1000 }),
    readHead: () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]),
    realPath: (p: string) => p.replace('link-', ''),
  };

  it('needs valid fields and valid photo files', () => {
    expect(isReadyRecord(complete, files)).toBe(true);
    expect(isReadyRecord(complete, false)).toBe(true);
    expect(isReadyRecord({ ...complete, commitment: undefined }, files)).toBe(false);
    expect(isReadyRecord(complete, { ...files, stat: () => undefined })).toBe(false);
  });

  it('finds front and back that are one file through a link', () => {
    const fields = { frontPhoto: '/tmp/a.jpg', backPhoto: '/tmp/link-a.jpg' };
    expect(photoPairProblem(fields, files)).toContain('cùng một tệp');
    expect(photoPairProblem({ ...fields, backPhoto: '/tmp/b.jpg' }, files)).toBeUndefined();
    expect(isReadyRecord({ ...complete, ...fields }, files)).toBe(false);
  });

  it('refuses a portrait that is the front or back photo, with or without touching files', () => {
    expect(isReadyRecord({ ...complete, portraitPhoto: complete.frontPhoto }, false)).toBe(false);
    expect(isReadyRecord({ ...complete, portraitPhoto: '/tmp/link-cccd-sau.jpg' }, files)).toBe(false);
    expect(isReadyRecord({ ...complete, portraitPhoto: '/tmp/chan-dung.jpg' }, files)).toBe(true);
    const result = readyRecordSchema.safeParse({ ...complete, portraitPhoto: complete.backPhoto });
    expect(result.error?.issues[0]).toMatchObject({ path: ['portraitPhoto'], message: expect.stringContaining('ảnh mặt sau') });
  });
});

describe('checkField', () => {
  it('returns a message, never a zod error, for every field given a wrong type', () => {
    for (const key of FORM_ORDER) {
      const r = checkField(key, { not: 'text' }, { files: false });
      expect(r.ok, key).toBe(false);
      expect(!r.ok && r.message, key).toMatch(/[à-ỹ]/);
    }
  });
});
