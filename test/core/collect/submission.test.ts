import { describe, expect, it } from 'vitest';
import { loadWardList } from '../../../src/core/address/index.js';
import { checkSubmission, readSubmission } from '../../../src/core/collect/submission.js';
import { checkField } from '../../../src/core/fields/check.js';
import { goodSubmission } from './sample.js';

const now = new Date('2026-12-06T10:00:00Z');
const wards = await loadWardList();
const cliMessage = (field: 'phone' | 'email' | 'name', raw: string) => {
  const r = checkField(field, raw, { files: false });
  return r.ok ? r.warnings[0] : r.message;
};

describe('checkSubmission', () => {
  it('a right sending gives the values the store keeps, with the facts of the CCCD to confirm', () => {
    const check = checkSubmission(goodSubmission(), { now, wards });
    expect(check.errors).toEqual([]);
    expect(check.values).toMatchObject({
      name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079205001234', phone: '0912345678',
      province: 'Thành phố Hồ Chí Minh', ward: 'Phường Sài Gòn', contactPerson: 'Nguyễn Văn An',
      subjectType: 'individual', channel: 'portal', commitment: true,
    });
    expect(check.idFacts).toMatchObject({ kind: 'cccd', birthYear: 2005 });
  });

  it('says what the CLI says for a 9-digit phone and a gmial.com address', () => {
    const check = checkSubmission(goodSubmission({ phone: '912345678', email: 'an@gmial.com' }), { now, wards });
    expect(check.errors.find((e) => e.field === 'phone')?.message).toBe(cliMessage('phone', '912345678'));
    expect(check.warnings.find((w) => w.field === 'email')?.message).toBe(cliMessage('email', 'an@gmial.com'));
    expect(check.warnings.find((w) => w.field === 'email')?.message).toContain('gmail.com');
  });

  it('maps a former ward with its former district to today’s ward', () => {
    const check = checkSubmission(goodSubmission({ district: 'Quận 3', ward: 'Phường 1' }), { now, wards });
    expect(check.values.ward).toBe('Phường Bàn Cờ');
    expect(check.values.district).toBeUndefined();
    expect(check.warnings.find((w) => w.field === 'ward')?.message).toContain('Phường Bàn Cờ');
  });

  it('refuses a phone typed differently the second time, an unconfirmed CCCD and no commitment', () => {
    const sending = { ...goodSubmission(), phoneAgain: '0912345679', idConfirmed: false, commitment: false };
    const fields = checkSubmission(sending, { now, wards }).errors.map((e) => e.field);
    expect(fields).toEqual(['phoneAgain', 'idConfirmed', 'commitment']);
  });

  it('accepts the same phone written another way the second time', () => {
    const check = checkSubmission({ ...goodSubmission(), phoneAgain: '+84 912 345 678' }, { now, wards });
    expect(check.errors).toEqual([]);
  });

  it('reports every missing required field by the CLI’s rule', () => {
    const check = checkSubmission({ fields: {}, phoneAgain: '', idConfirmed: false, commitment: true }, { now });
    expect(check.errors.map((e) => e.field)).toEqual(['name', 'bhxhCode', 'idNumber', 'province', 'ward', 'street', 'phone', 'phoneAgain']);
    expect(check.errors[0]?.message).toBe(cliMessage('name', ''));
  });
});

describe('readSubmission', () => {
  it('keeps only the known keys and refuses what is not text', () => {
    const raw = { ...goodSubmission(), fields: { ...goodSubmission().fields, frontPhoto: '../../etc/passwd' }, extra: 1 };
    expect(readSubmission(raw)?.fields).not.toHaveProperty('frontPhoto');
    expect(readSubmission({ ...goodSubmission(), fields: { name: 42 } })).toBeUndefined();
    expect(readSubmission(null)).toBeUndefined();
    expect(readSubmission({ fields: {} })).toBeUndefined();
  });
});
