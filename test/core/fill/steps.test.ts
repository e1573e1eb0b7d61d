import { describe, expect, it } from 'vitest';
import { renderCards } from '../../../src/core/fill/cards.js';
import { fillBlocker } from '../../../src/core/fill/readiness.js';
import { agencyPicks, fileNameOf, fillSteps, groupDigits, searchWord } from '../../../src/core/fill/steps.js';
import type { PhotoFiles } from '../../../src/core/fields/photo.js';
import type { StudentFields, StudentRecord } from '../../../src/core/record.js';
import { jpegImage, pngImage } from '../../images.js';

const FIELDS: StudentFields = {
  subjectType: 'individual',
  name: 'Nguyễn Văn An',
  bhxhCode: '7931234567',
  idNumber: '079204001234',
  frontPhoto: '/ảnh/mat truoc.jpg',
  backPhoto: 'C:\\Users\\an\\mat-sau.png',
  province: 'Thành phố Hồ Chí Minh',
  district: '',
  ward: 'Phường Sài Gòn',
  street: '12 Lê Lợi',
  contactPerson: 'Nguyễn Văn An',
  email: 'an@gmail.com',
  phone: '0912345678',
  channel: 'portal',
  receivingAgency: 'BHXH TP. Hà Nội – BHXH cơ sở Đống Đa',
  submissionMethod: 'postal',
  commitment: true,
};

describe('fillSteps', () => {
  it("follows the web form's order, each text value exactly as stored", () => {
    const steps = fillSteps(FIELDS);
    expect(steps.map((s) => s.key)).toEqual([
      'name', 'bhxhCode', 'idNumber', 'frontPhoto', 'backPhoto', 'province', 'ward', 'street',
      'contactPerson', 'email', 'phone', 'channel', 'receivingAgency', 'submissionMethod',
    ]);
    const values = Object.fromEntries(steps.map((s) => [s.key, s.kind === 'empty' ? undefined : s.value]));
    expect(values).toMatchObject({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234', phone: '0912345678', street: '12 Lê Lợi', email: 'an@gmail.com' });
    expect(steps.find((s) => s.key === 'phone')).toMatchObject({ kind: 'text', shown: '0912 345 678', label: 'Điện thoại di động' });
    expect(steps.filter((s) => s.forever !== undefined).map((s) => s.key)).toEqual(['phone', 'receivingAgency']);
  });

  it('names each photo by its file, whatever the separator, and adds the portrait only when there is one', () => {
    const steps = fillSteps(FIELDS);
    expect(steps.find((s) => s.key === 'frontPhoto')).toMatchObject({ kind: 'photo', value: '/ảnh/mat truoc.jpg', fileName: 'mat truoc.jpg' });
    expect(steps.find((s) => s.key === 'backPhoto')).toMatchObject({ fileName: 'mat-sau.png' });
    expect(fillSteps({ ...FIELDS, portraitPhoto: '/a/chan-dung.jpg' }).map((s) => s.key)).toContain('portraitPhoto');
  });

  it('says what to pick: province, ward, the submission method as the form words it, and a blank e-mail', () => {
    const steps = fillSteps({ ...FIELDS, email: '' });
    const picks = (key: string) => {
      const step = steps.find((s) => s.key === key);
      return step !== undefined && (step.kind === 'choice' || step.kind === 'empty') ? step.picks.join(' ') : '';
    };
    expect(picks('province')).toContain('«Thành phố Hồ Chí Minh»');
    expect(picks('province')).toContain('“Hồ Chí Minh”');
    expect(picks('ward')).toContain('«Phường Sài Gòn»');
    expect(picks('submissionMethod')).toContain('Tại nhà thông qua dịch vụ bưu chính công ích');
    expect(steps.find((s) => s.key === 'email')?.kind).toBe('empty');
  });
});

describe('agencyPicks', () => {
  it('splits a post-2025 agency into the province office and the "BHXH cơ sở" office', () => {
    expect(agencyPicks('BHXH TP. Hà Nội – BHXH cơ sở Đống Đa')).toEqual([
      'Bấm «Thay đổi» cạnh ô cơ quan BHXH.',
      'Chọn cơ quan cấp tỉnh «BHXH Thành phố Hà Nội».',
      'Rồi chọn «BHXH cơ sở Đống Đa».',
    ]);
    expect(agencyPicks('BHXH tỉnh Gia Lai')).toEqual(['Bấm «Thay đổi» cạnh ô cơ quan BHXH.', 'Chọn cơ quan cấp tỉnh «BHXH tỉnh Gia Lai».']);
  });

  it('flags the guide\'s pre-2025 agency and says text it cannot read whole', () => {
    expect(agencyPicks('BHXH Quận 3, TP. Hồ Chí Minh').join(' ')).toContain('trước năm 2025');
    expect(agencyPicks('BHXH Bộ Quốc phòng')).toContain('Chọn «BHXH Bộ Quốc phòng» (đúng như đã ghi trong hồ sơ).');
  });
});

describe('groupDigits and names', () => {
  it.each([
    ['0912345678', 'phone', '0912 345 678'],
    ['7931234567', 'number', '793 123 4567'],
    ['079204001234', 'number', '079 204 001 234'],
    ['123456789', 'number', '123 456 789'],
    ['C1234567', 'number', 'C1234567'],
    ['12345', 'number', '12345'],
  ] as const)('%s (%s) → %s', (value, kind, shown) => {
    expect(groupDigits(value, kind)).toBe(shown);
    expect(groupDigits(value, kind).replace(/ /g, '')).toBe(value);
  });

  it('strips the unit word for searching, and takes a file name from either separator', () => {
    expect(searchWord('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(searchWord('Xã Ba Chẽ')).toBe('Ba Chẽ');
    expect(searchWord('Gia Lai')).toBe('Gia Lai');
    expect(fileNameOf('C:\\a\\b.jpg')).toBe('b.jpg');
  });
});

describe('fillBlocker', () => {
  const files = (present: Record<string, Uint8Array>): PhotoFiles => ({
    stat: (path) => (path in present ? { isFile: true, size: present[path]!.length } : undefined),
    readHead: (path, length) => present[path]!.subarray(0, length),
    readAt: (path, position, length) => present[path]!.subarray(position, position + length),
    realPath: (path) => path,
  });
  const photos = { '/p/front.jpg': jpegImage(1600, 1200), '/p/back.png': pngImage(1200, 900) };
  const record = (over: Partial<StudentRecord> = {}): StudentRecord => ({
    id: 'k3f9q2', createdAt: '', updatedAt: '', state: 'ready', events: [], phoneConfirmed: '0912345678',
    fields: { ...FIELDS, frontPhoto: '/p/front.jpg', backPhoto: '/p/back.png' }, ...over,
  });

  it('lets a checked ready record through', () => {
    expect(fillBlocker(record(), files(photos))).toBeUndefined();
  });

  it('refuses a draft with what is missing, a submitted one, a moved photo, an unconfirmed phone', () => {
    const { idNumber: _, ...partial } = FIELDS;
    expect(fillBlocker(record({ state: 'draft', fields: partial }), files(photos))).toEqual({ kind: 'draft', missing: ['idNumber'] });
    expect(fillBlocker(record({ state: 'submitted' }), files(photos))).toEqual({ kind: 'past', state: 'submitted' });
    const moved = fillBlocker(record(), files({ '/p/back.png': photos['/p/back.png'] }));
    expect(moved).toMatchObject({ kind: 'photos', problems: [{ field: 'frontPhoto' }] });
    expect(fillBlocker(record({ phoneConfirmed: '0987654321' }), files(photos))).toEqual({ kind: 'phone-unconfirmed', phone: '0912345678' });
  });

  it('refuses a "ready" record that still lacks an answer (a hand-edited or merged file), naming it', () => {
    const { street: _, ...partial } = FIELDS;
    expect(fillBlocker(record({ fields: { ...partial, frontPhoto: '/p/front.jpg', backPhoto: '/p/back.png' } }), files(photos))).toEqual({ kind: 'draft', missing: ['street'] });
  });
});

describe('renderCards', () => {
  it('puts four cards on a sheet and escapes every value', () => {
    const students = Array.from({ length: 5 }, (_, i) => ({ id: `id${i}`, name: i === 0 ? '<script>x</script>' : `Học sinh ${i}`, steps: fillSteps(FIELDS) }));
    const html = renderCards(students, new Date('2026-03-02T02:30:00Z'));
    expect(html.match(/<div class="sheet">/g)).toHaveLength(2);
    expect(html.match(/<section class="card"/g)).toHaveLength(5);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('09:30 02/03/2026');
  });
});
