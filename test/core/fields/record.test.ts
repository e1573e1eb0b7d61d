import { describe, expect, it } from 'vitest';
import { checkField, fieldProblems, isReadyRecord, photoPairProblem } from '../../../src/core/fields/check.js';
import { FIELD_LABELS } from '../../../src/core/fields/messages.js';
import { missingRequiredFields, REQUIRED_FIELDS } from '../../../src/core/fields/required.js';
import { FIELD_RULES } from '../../../src/core/fields/rules.js';
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
    expect(Object.keys(FIELD_RULES).sort()).toEqual(FORM_ORDER.filter((key) => key !== 'commitment').sort());
  });
});

describe('fieldProblems', () => {
  it('finds none in a complete record, optional fields blank or absent', () => {
    expect(fieldProblems(complete)).toEqual([]);
    expect(fieldProblems({ ...complete, email: '', district: '', portraitPhoto: '' })).toEqual([]);
    expect(fieldProblems({ ...complete, email: undefined, district: undefined, portraitPhoto: undefined })).toEqual([]);
  });

  it('reports each missing or invalid field by its key, in Vietnamese, in the form’s order', () => {
    const { name: _, ...noName } = complete;
    const problems = fieldProblems({ ...noName, phone: '091234567', commitment: false });
    expect(problems.map((p) => p.field)).toEqual(['name', 'phone', 'commitment']);
    expect(problems[0]?.message).toMatch(/^Chưa nhập họ và tên/);
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
    expect(isReadyRecord({ ...complete, portraitPhoto: complete.backPhoto }, false)).toBe(false);
    expect(isReadyRecord({ ...complete, portraitPhoto: '/tmp/link-cccd-sau.jpg' }, files)).toBe(false);
    expect(isReadyRecord({ ...complete, portraitPhoto: '/tmp/chan-dung.jpg' }, files)).toBe(true);
    expect(isReadyRecord({ ...complete, portraitPhoto: '/tmp/chan-dung.jpg' }, false)).toBe(true);
  });

  it('refuses the same path for both sides without touching files, and does not call two missing photos one file', () => {
    expect(isReadyRecord({ ...complete, backPhoto: complete.frontPhoto }, false)).toBe(false);
    expect(photoPairProblem({ ...complete, frontPhoto: '', backPhoto: ' ' }, files)).toBeUndefined();
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

  it('takes an absent answer as blank: the empty message of a required field, "not given" for an optional one', () => {
    expect(checkField('phone', undefined)).toEqual(checkField('phone', ''));
    expect(checkField('phone', undefined)).toMatchObject({ ok: false, message: expect.stringMatching(/^Chưa nhập số điện thoại/) });
    expect(checkField('email', undefined)).toMatchObject({ ok: true, value: undefined });
    expect(checkField('commitment', true)).toMatchObject({ ok: true, value: true });
    expect(checkField('commitment', undefined)).toMatchObject({ ok: false });
    expect(checkField('commitment', 'có')).toMatchObject({ ok: false });
  });
});
