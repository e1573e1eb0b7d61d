import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_TEXT, SAFETY, UPDATES } from '../../../src/core/content/index.js';
import type { StudentFields } from '../../../src/core/record.js';
import { wardMessages as W } from '../../../src/core/address/index.js';
import { M } from '../../../src/flows/register/messages.js';
import { runWizard } from '../../../src/flows/register/wizard.js';
import { openStore } from '../../../src/store/store.js';
import { completeFields, ENTER, harness, INTERRUPT, makePhotos, NOW, onDisk, tempDir, type PromptCall, type Scripted } from './helpers.js';

/** Every answer of a fresh registration, from the checklist to "Ghi nhận". */
function fullScript(photos: ReturnType<typeof makePhotos>): Scripted[] {
  return [
    { choose: M.accountNew }, // no VssID account yet
    true, // Đã chuẩn bị đủ?
    { choose: 'Cá nhân' },
    'Nguyễn Văn An',
    '7931234567',
    '079204001234',
    true, // decoded facts are right
    photos.front,
    photos.back,
    ENTER, // portrait: optional
    { search: 'ho chi minh' },
    ENTER, // district: may be empty
    { search: 'ben nghe' }, // a former ward: the list offers what it became

    '12 Lê Lợi',
    ENTER, // contact person: defaults to the name
    ENTER, // e-mail: optional
    '0912345678',
    '0912 345 678',
    { choose: M.reviewSubmit },
    true, // commitment
  ];
}

const FORM_QUESTIONS = [
  'Họ và tên *',
  'Mã số BHXH *',
  'Số CMND/CCCD/Hộ chiếu *',
  M.confirmDecoded,
  `Ảnh mặt trước * ${M.photoHint}`,
  `Ảnh mặt sau * ${M.photoHint}`,
  `Ảnh chân dung ${M.photoHint}`,
  `Tỉnh/Thành phố * (${M.provinceSearch})`,
  `Quận/Huyện ${M.districtHint}`,
  `Phường/Xã * (${W.search})`,
  'Số nhà, đường *',
  'Người liên hệ *',
  `Địa chỉ thư điện tử ${M.emailHint}`,
  'Điện thoại di động *',
  M.phoneAgain,
];

describe('runWizard', () => {
  it('goes from the checklist to a ready record, asking each field in the form order', async () => {
    const home = tempDir();
    const photos = makePhotos(home);
    const h = harness(home, fullScript(photos));
    expect(await runWizard(h.ctx, { fresh: true })).toBe(true);
    expect(h.prompter.remaining).toBe(0);
    expect(h.prompter.messages).toEqual([M.accountQuestion, M.ready, M.subject, ...FORM_QUESTIONS, M.reviewAction, M.commitment]);
    expect(h.prompter.calls[2]?.disabled).toEqual(['Tổ chức']);

    const record = onDisk(home);
    expect(record?.state).toBe('ready');
    expect(record?.events).toEqual([{ type: 'ready', at: NOW.toISOString() }]);
    expect(record?.fields).toEqual({ ...completeFields(photos), commitment: true } satisfies StudentFields);

    const text = h.output.text;
    expect(text).toContain(M.checklistTitle);
    expect(text).toContain('https://dichvucong.baohiemxahoi.gov.vn');
    expect(text).toContain(M.reviewTitle);
    expect(text.replace(/\s+/g, ' ')).toContain(FORM_TEXT.commitment);
    // The guide's out-of-date facts get their 2026 note on the wizard's screens, and the safety advice.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Cập nhật 2026: ${UPDATES.idDocument}`);
    expect(flat).toContain(`Cập nhật 2026: ${UPDATES.email}`);
    expect(flat).toContain(`Cập nhật 2026: ${UPDATES.noDistricts}`);
    for (const advice of SAFETY) expect(flat).toContain(advice);
  });

  it('saves every accepted answer at once: a second store on the same folder sees it before the next question', async () => {
    const home = tempDir();
    const photos = makePhotos(home);
    const seen: Array<{ message: string; fields: StudentFields | undefined; state: string | undefined }> = [];
    const before = (call: PromptCall) => {
      const record = onDisk(home);
      seen.push({ message: call.message, fields: record?.fields, state: record?.state });
    };
    const h = harness(home, fullScript(photos), { before });
    await runWizard(h.ctx, { fresh: true });

    const at = (message: string) => seen.find((s) => s.message === message)?.fields;
    expect(at(M.ready)).toBeUndefined();
    expect(at('Họ và tên *')).toBeUndefined();
    expect(at('Mã số BHXH *')).toMatchObject({ name: 'Nguyễn Văn An' });
    expect(at('Số CMND/CCCD/Hộ chiếu *')).toMatchObject({ bhxhCode: '7931234567' });
    expect(at(`Ảnh mặt trước * ${M.photoHint}`)).toMatchObject({ idNumber: '079204001234' });
    expect(at(`Ảnh mặt sau * ${M.photoHint}`)).toMatchObject({ frontPhoto: photos.front });
    expect(at(`Ảnh chân dung ${M.photoHint}`)).toMatchObject({ backPhoto: photos.back });
    expect(at(`Tỉnh/Thành phố * (${M.provinceSearch})`)).toMatchObject({ portraitPhoto: '' });
    expect(at(`Quận/Huyện ${M.districtHint}`)).toMatchObject({ province: 'Thành phố Hồ Chí Minh' });
    expect(at(`Phường/Xã * (${W.search})`)).toMatchObject({ district: '' });
    expect(at('Số nhà, đường *')).toMatchObject({ ward: 'Phường Sài Gòn' });
    expect(at('Người liên hệ *')).toMatchObject({ street: '12 Lê Lợi' });
    expect(at(`Địa chỉ thư điện tử ${M.emailHint}`)).toMatchObject({ contactPerson: 'Nguyễn Văn An' });
    expect(at('Điện thoại di động *')).toMatchObject({ email: '' });
    // The phone is saved only once typed twice alike.
    expect(at(M.phoneAgain)?.phone).toBeUndefined();
    expect(at(M.reviewAction)).toMatchObject({ phone: '0912345678' });
    expect(at(M.reviewAction)?.commitment).toBeUndefined();
    // Every saved version is a draft until "Ghi nhận".
    expect(new Set(seen.map((s) => s.state))).toEqual(new Set([undefined, 'draft']));
    expect(onDisk(home)?.state).toBe('ready');
  });

  it('keeps what was answered when interrupted (Ctrl+C), as a draft', async () => {
    const home = tempDir();
    const photos = makePhotos(home);
    const script = fullScript(photos);
    const h = harness(home, [...script.slice(0, 7), INTERRUPT]);
    await expect(runWizard(h.ctx, { fresh: true })).rejects.toMatchObject({ name: 'ExitPromptError' });
    const record = onDisk(home);
    expect(record).toMatchObject({
      id: h.session.id,
      state: 'draft',
      fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234' },
    });
    expect(record?.fields.frontPhoto).toBeUndefined();
  });

  it('applies the class profile (receiving agency, submission method) without asking', async () => {
    const home = tempDir();
    const photos = makePhotos(home);
    const profile = { receivingAgency: 'BHXH Thành phố Thủ Đức, TP. Hồ Chí Minh', submissionMethod: 'postal' as const };
    const h = harness(home, fullScript(photos), { profile });
    expect(await runWizard(h.ctx, { fresh: true })).toBe(true);
    expect(h.prompter.messages.some((m) => m.includes('Cơ quan BHXH') || m.includes('Hình thức nộp'))).toBe(false);
    expect(onDisk(home)?.fields).toMatchObject(profile);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain(FORM_TEXT.submissionMethods.postal);
  });

  it('stops before the form when the person is not prepared yet, saving nothing', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.accountNew }, false]);
    expect(await runWizard(h.ctx, { fresh: true })).toBe(false);
    expect(h.output.text).toContain(M.notReady);
    expect(onDisk(home)).toBeUndefined();
  });

  describe('resume', () => {
    it('asks only what is missing or no longer valid', async () => {
      const home = tempDir();
      const photos = makePhotos(home);
      const store = openStore({ home });
      const gone = path.join(home, 'da-xoa.jpg');
      fs.writeFileSync(gone, fs.readFileSync(photos.front));
      const draft = store.save(
        store.create({
          name: 'Nguyễn Văn An',
          bhxhCode: '7931234567',
          idNumber: '079204001234',
          frontPhoto: gone,
          backPhoto: photos.back,
          province: 'Thành phố Hồ Chí Minh',
          ward: 'Phường Bến Nghé',
          email: '',
          phone: '0912345678',
        }),
      );
      fs.rmSync(gone); // moved away since: the stored path is no longer valid
      const h = harness(home, [photos.front, ENTER, ENTER, '12 Lê Lợi', ENTER, { choose: M.reviewSubmit }, '0912345678', true], {
        record: draft,
        store,
      });
      expect(await runWizard(h.ctx, { fresh: false })).toBe(true);
      expect(h.prompter.messages).toEqual([
        `Ảnh mặt trước * ${M.photoHint}`,
        `Ảnh chân dung ${M.photoHint}`,
        `Quận/Huyện ${M.districtHint}`,
        'Số nhà, đường *',
        'Người liên hệ *',
        M.reviewAction,
        M.retypePhone('0912345678'), // stored without being typed twice
        M.commitment,
      ]);
      expect(h.output.text).not.toContain(M.checklistTitle);
      expect(onDisk(home)).toMatchObject({ id: draft.id, state: 'ready', fields: { frontPhoto: photos.front } });
    });

    it('does not ask again optional fields left empty, and goes straight to the review when nothing is missing', async () => {
      const home = tempDir();
      const photos = makePhotos(home);
      const script = fullScript(photos);
      const first = harness(home, [...script.slice(0, -2), { choose: M.reviewLater }]);
      expect(await runWizard(first.ctx, { fresh: true })).toBe(false);
      const draft = onDisk(home);
      expect(draft).toMatchObject({ state: 'draft', fields: { portraitPhoto: '', district: '', email: '' } });

      const again = harness(home, [{ choose: M.reviewSubmit }, true], { record: draft });
      expect(await runWizard(again.ctx, { fresh: false })).toBe(true);
      expect(again.prompter.messages).toEqual([M.reviewAction, M.commitment]);
      expect(onDisk(home)?.state).toBe('ready');
    });
  });
});
