import { agency as A } from '../../../src/core/fields/messages.js';
import { describe, expect, it } from 'vitest';
import { FORM_TEXT } from '../../../src/core/content/index.js';
import type { StudentFields, StudentRecord } from '../../../src/core/record.js';
import { M } from '../../../src/flows/register/messages.js';
import { review } from '../../../src/flows/register/review.js';
import { openStore } from '../../../src/store/store.js';
import { completeFields, harness, makePhotos, onDisk, tempDir } from './helpers.js';

function completeDraft(home: string, overrides: StudentFields = {}, without: readonly (keyof StudentFields)[] = []): StudentRecord {
  const photos = makePhotos(home);
  const store = openStore({ home });
  const fields: StudentFields = { ...completeFields(photos), ...overrides };
  for (const key of without) delete fields[key];
  // As the wizard leaves it: the phone was typed twice.
  return store.save({ ...store.create(fields), phoneConfirmed: fields.phone });
}

describe('review', () => {
  it('shows the whole record in the form order, with every field editable', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.reviewLater }], { record: completeDraft(home) });
    expect(await review(h.ctx)).toBe(false);
    const text = h.output.text;
    const labels = ['Đối tượng đăng ký', 'Họ và tên', 'Mã số BHXH', 'Số CMND/CCCD/Hộ chiếu', 'Ảnh mặt trước', 'Tỉnh/Thành phố',
      'Người liên hệ', 'Điện thoại di động', 'Đăng ký giao dịch tại', 'Cơ quan BHXH tiếp nhận', 'Hình thức nộp hồ sơ'];
    const positions = labels.map((label) => text.indexOf(`  ${label} `));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/Ảnh chân dung\s+bỏ trống/);
    expect(text).toContain(FORM_TEXT.channel);
    const offered = h.prompter.calls[0]?.offered ?? [];
    expect(offered[0]).toBe(M.reviewSubmit);
    expect(offered).toContain(M.reviewEdit('Điện thoại di động'));
    expect(offered).toContain(M.reviewEdit('Cơ quan BHXH tiếp nhận'));
    expect(offered[1]).toBe(M.reviewLater);
    expect(h.prompter.calls[0]?.disabled).toEqual([]);
  });

  it('edits one field from the review, saves it, and shows the review again', async () => {
    const home = tempDir();
    const draft = completeDraft(home);
    const h = harness(home, [
      { choose: M.reviewEdit('Số nhà, đường') },
      '', // Enter keeps the current value offered as default…
      { choose: M.reviewEdit('Số nhà, đường') },
      '45 Nguyễn Huệ',
      { choose: M.reviewSubmit },
      true,
    ], { record: draft });
    expect(await review(h.ctx)).toBe(true);
    expect(h.prompter.calls[1]).toMatchObject({ message: 'Số nhà, đường *', default: '12 Lê Lợi' });
    expect(h.prompter.messages.filter((m) => m === M.reviewAction)).toHaveLength(3);
    expect(onDisk(home)).toMatchObject({ id: draft.id, state: 'ready', fields: { street: '45 Nguyễn Huệ', commitment: true } });
    expect(h.output.text).toMatch(/Số nhà, đường\s+45 Nguyễn Huệ/);
  });

  it('edits the phone with the second typing, and the submission method and agency', async () => {
    const home = tempDir();
    const h = harness(home, [
      { choose: M.reviewEdit('Điện thoại di động') },
      '0987654321',
      '0987654321',
      { choose: M.reviewEdit('Hình thức nộp hồ sơ') },
      { choose: FORM_TEXT.submissionMethods.postal },
      { choose: M.reviewEdit('Cơ quan BHXH tiếp nhận') },
      // Issue 9: the agency is chosen from suggestions, or typed.
      { choose: A.other },
      '   ',
      ' BHXH  Quận 1, TP. Hồ Chí Minh ',
      false,
      { choose: M.reviewLater },
    ], { record: completeDraft(home), profile: { receivingAgency: '' } });
    expect(await review(h.ctx)).toBe(false);
    expect(h.prompter.messages).toContain(M.phoneAgain);
    expect(h.prompter.messages).toContain(A.saveForClass('BHXH Quận 1, TP. Hồ Chí Minh'));
    expect(h.prompter.calls.find((c) => c.message === A.typeIt)?.rejections[0]).toMatch(/^Chưa nhập «Cơ quan BHXH tiếp nhận»/);
    expect(onDisk(home)?.fields).toMatchObject({
      phone: '0987654321',
      submissionMethod: 'postal',
      receivingAgency: 'BHXH Quận 1, TP. Hồ Chí Minh',
    });
  });

  it('cannot submit while a required field is missing', async () => {
    const home = tempDir();
    const h = harness(home, [{ choose: M.reviewLater }], { record: completeDraft(home, {}, ['ward']) });
    await review(h.ctx);
    expect(h.prompter.calls[0]?.disabled).toEqual([M.reviewSubmit]);
    expect(h.output.text).toMatch(/Phường\/Xã\s+chưa có/);
  });

  it('has a phone that was not typed twice here (from a roster) retyped before Ghi nhận', async () => {
    const home = tempDir();
    const draft = { ...completeDraft(home), phoneConfirmed: undefined };
    const h = harness(home, [
      { choose: M.reviewSubmit },
      '0912 345 679', // a slip: back to the review
      { choose: M.reviewSubmit },
      '+84 912 345 678',
      true,
    ], { record: draft });
    expect(await review(h.ctx)).toBe(true);
    expect(h.prompter.messages.filter((m) => m === M.retypePhone('0912345678'))).toHaveLength(2);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain(M.retypeMismatch);
    expect(onDisk(home)).toMatchObject({ state: 'ready', phoneConfirmed: '0912345678' });
  });

  it('keeps "Người liên hệ" in step with an edited name while it was the name, not after', async () => {
    const home = tempDir();
    const h = harness(home, [
      { choose: M.reviewEdit('Họ và tên') },
      'Nguyễn Văn Ân',
      { choose: M.reviewLater },
    ], { record: completeDraft(home) });
    await review(h.ctx);
    expect(onDisk(home)?.fields).toMatchObject({ name: 'Nguyễn Văn Ân', contactPerson: 'Nguyễn Văn Ân' });

    const other = tempDir();
    const parent = harness(other, [
      { choose: M.reviewEdit('Họ và tên') },
      'Nguyễn Văn Ân',
      { choose: M.reviewLater },
    ], { record: completeDraft(other, { contactPerson: 'Trần Thị Mẹ' }) });
    await review(parent.ctx);
    expect(onDisk(other)?.fields).toMatchObject({ name: 'Nguyễn Văn Ân', contactPerson: 'Trần Thị Mẹ' });
  });

  it('leaves a draft when the commitment is refused', async () => {
    const home = tempDir();
    const draft = completeDraft(home);
    const h = harness(home, [{ choose: M.reviewSubmit }, false], { record: draft });
    expect(await review(h.ctx)).toBe(false);
    expect(h.output.text).toContain(M.commitmentRefused);
    const record = onDisk(home);
    expect(record).toMatchObject({ id: draft.id, state: 'draft', events: [] });
    expect(record?.fields.commitment).toBeUndefined();
  });
});
