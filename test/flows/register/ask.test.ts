import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../../src/core/fields/messages.js';
import { askQuestion } from '../../../src/flows/register/ask.js';
import { openStore } from '../../../src/store/store.js';
import { registerMessages as M } from '../../../src/flows/register/messages.js';
import { questionFor } from '../../../src/flows/register/questions.js';
import { pngImage } from '../../images.js';
import { ENTER, harness, makePhotos, onDisk, tempDir } from './helpers.js';

const q = (key: Parameters<typeof questionFor>[0]) => {
  const question = questionFor(key);
  if (!question) throw new Error(`No question for ${key}`);
  return question;
};

describe('askQuestion', () => {
  it('asks with the form label and a star for a required field, and saves the normalised answer', async () => {
    const home = tempDir();
    const h = harness(home, ['  nguyễn   văn  an ']);
    await askQuestion(h.ctx, q('name'));
    expect(h.prompter.messages).toEqual(['Họ và tên *']);
    expect(h.session.fields.name).toBe('nguyễn văn an');
    expect(onDisk(home)?.fields.name).toBe('nguyễn văn an');
  });

  it('keeps the prompt open with the Vietnamese reason when an answer is wrong', async () => {
    const h = harness(tempDir(), ['An', 'Nguyễn Văn 4n', 'Nguyễn Văn An']);
    await askQuestion(h.ctx, q('name'));
    expect(h.prompter.calls).toHaveLength(1);
    expect(h.prompter.calls[0]?.rejections).toEqual([
      'Họ và tên cần ít nhất hai từ (họ và tên), ví dụ "Nguyễn Văn An".',
      expect.stringContaining('có ký tự không dùng trong tên ("4")'),
    ]);
    expect(h.session.fields.name).toBe('Nguyễn Văn An');
  });

  it('stores a name typed in decomposed Unicode (NFD) as NFC', async () => {
    const h = harness(tempDir(), ['Nguyễn Văn An'.normalize('NFD')]);
    await askQuestion(h.ctx, q('name'));
    expect(h.session.fields.name).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('refuses a wrong BHXH code, phone, e-mail with the rule in Vietnamese', async () => {
    const h = harness(tempDir(), ['793123456', '7931234567', 'nguyen van an@gmail', 'an@gmail.com']);
    await askQuestion(h.ctx, q('bhxhCode'));
    await askQuestion(h.ctx, q('email'));
    expect(h.prompter.calls[0]?.rejections).toEqual([
      'Mã số BHXH có 9 chữ số, không khớp mẫu nào: mã số BHXH gồm 10 chữ số, là 10 số cuối trên thẻ BHYT (ví dụ 7931234567); từ 1/8/2025 cũng có thể dùng số định danh cá nhân 12 số (số CCCD).',
    ]);
    expect(h.prompter.calls[1]?.rejections[0]).toMatch(/^Địa chỉ thư điện tử «nguyen van an@gmail» không hợp lệ/);
    expect(h.session.fields).toMatchObject({ bhxhCode: '7931234567', email: 'an@gmail.com' });
  });

  it('turns a 15-character BHYT card code into the BHXH code, and asks to confirm it', async () => {
    const home = tempDir();
    const h = harness(home, ['SV4797931234567', false, 'sv 479 793 123 4568', true]);
    await askQuestion(h.ctx, q('bhxhCode'));
    expect(h.prompter.messages).toEqual([
      'Mã số BHXH *',
      'Mã số BHXH sẽ là 7931234567. Đúng không?',
      'Mã số BHXH *',
      'Mã số BHXH sẽ là 7931234568. Đúng không?',
    ]);
    expect(h.prompter.calls[1]?.kind).toBe('confirm');
    expect(h.output.text).toContain('Đã lấy 10 số cuối của mã thẻ BHYT SV4797931234567: 7931234567');
    expect(onDisk(home)?.fields.bhxhCode).toBe('7931234568');
  });

  it('asks no confirmation for a plain 10-digit BHXH code', async () => {
    const h = harness(tempDir(), ['793 123 4567']);
    await askQuestion(h.ctx, q('bhxhCode'));
    expect(h.prompter.calls.map((c) => c.kind)).toEqual(['input']);
    expect(h.session.fields.bhxhCode).toBe('7931234567');
  });

  it('shows what a CCCD decodes to, and asks again when the person says it is wrong', async () => {
    const home = tempDir();
    const h = harness(home, ['079204001234', false, '001304001234', true]);
    await askQuestion(h.ctx, q('idNumber'));
    expect(h.prompter.messages).toEqual([
      'Số CMND/CCCD/Hộ chiếu *',
      M.confirmDecoded,
      'Số CMND/CCCD/Hộ chiếu *',
      M.confirmDecoded,
    ]);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain('Số CCCD cho biết: giới tính Nam, sinh năm 2004, đăng ký khai sinh tại TP. Hồ Chí Minh');
    expect(h.output.text.replace(/\s+/g, ' ')).toContain('Số CCCD cho biết: giới tính Nữ, sinh năm 2004');
    expect(onDisk(home)?.fields.idNumber).toBe('001304001234');
  });

  it('refuses a CCCD whose province code does not exist', async () => {
    const h = harness(tempDir(), ['999204001234', '079204001234', true]);
    await askQuestion(h.ctx, q('idNumber'));
    expect(h.prompter.calls[0]?.rejections[0]).toMatch(/^Số CCCD bắt đầu bằng 999, không phải mã tỉnh nào/);
  });

  it('accepts an old 9-digit CMND with the expiry warning and no decoded-facts confirmation', async () => {
    const h = harness(tempDir(), ['025123456']);
    await askQuestion(h.ctx, q('idNumber'));
    expect(h.prompter.calls.map((c) => c.kind)).toEqual(['input']);
    expect(h.output.text).toContain('CMND đã hết hiệu lực từ cuối năm 2024');
    expect(h.session.fields.idNumber).toBe('025123456');
  });

  it('has the phone typed twice; a mismatch says so and asks both again', async () => {
    const home = tempDir();
    const h = harness(home, ['0912345678', '0912345679', '+84 912 345 678', '0912.345.678']);
    await askQuestion(h.ctx, q('phone'));
    expect(h.prompter.messages).toEqual([
      'Điện thoại di động *',
      M.phoneAgain,
      'Điện thoại di động *',
      M.phoneAgain,
    ]);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain(M.phoneWarning);
    expect(h.output.text).toContain(M.phoneMismatch);
    expect(h.output.text.split(M.phoneMismatch)).toHaveLength(2);
    expect(onDisk(home)?.fields.phone).toBe('0912345678');
  });

  it('refuses a landline or a foreign number at the first typing', async () => {
    const h = harness(tempDir(), ['02838123456', '+1 415 555 0100', '0912345678', '0912345678']);
    await askQuestion(h.ctx, q('phone'));
    expect(h.prompter.calls[0]?.rejections).toEqual([
      expect.stringContaining('là số máy bàn (đầu 02)'),
      expect.stringContaining('Chỉ nhận số di động Việt Nam'),
    ]);
    expect(h.session.fields.phone).toBe('0912345678');
  });

  // Issue 9 changed this: the refusal can be lifted with a stated confirmation.
  it('refuses the phone this student registered by mistake (rows 2 and 3 recorded it) unless confirmed', async () => {
    const home = tempDir();
    const store = openStore({ home });
    const base = store.create({ name: 'Nguyễn Văn An' });
    const record = store.save({ ...base, events: [{ type: 'support-request', at: '2026-03-02T02:00:00.000Z', value: '0912345699' }] });
    const h = harness(home, ['0912 345 699', false, '0912345678', '0912345678'], { record, store });
    await askQuestion(h.ctx, q('phone'));
    expect(h.output.text.replace(/\s+/g, ' ')).toContain('0912345699 đã được ghi là số đăng ký nhầm');
    expect(h.prompter.messages).toContain(M.allowWrongPhone('0912345699'));
    expect(h.session.fields.phone).toBe('0912345678');
  });

  it('allows a refused phone again after the stated confirmation, and stops refusing it', async () => {
    const home = tempDir();
    const store = openStore({ home });
    const base = store.create({ name: 'Nguyễn Văn An' });
    const record = store.save({ ...base, events: [{ type: 'reopened', at: '2026-03-02T02:00:00.000Z', value: '0912345699' }] });
    const h = harness(home, ['0912345699', true, '0912345699'], { record, store });
    await askQuestion(h.ctx, q('phone'));
    expect(h.session.fields.phone).toBe('0912345699');
    expect(onDisk(home)?.phoneConfirmed).toBe('0912345699');
    expect(h.session.knownWrongPhones()).toEqual([]);
  });

  it('refuses, in validate, a BHXH code or an ID number already saved for another student', async () => {
    const home = tempDir();
    const first = harness(home, []);
    const other = first.store.save(
      first.store.create({ name: 'Trần Thị Bình', bhxhCode: '7931234567', idNumber: '079304001235' }),
    );
    const h = harness(home, ['7931234567', '7931234568', '079304001235', '079204001234', true]);
    await askQuestion(h.ctx, q('bhxhCode'));
    await askQuestion(h.ctx, q('idNumber'));
    expect(h.prompter.calls[0]?.rejections).toEqual([`Mã số BHXH trùng với học sinh ${other.id} (Trần Thị Bình).`]);
    expect(h.prompter.calls[1]?.rejections).toEqual([`Số CCCD trùng với học sinh ${other.id} (Trần Thị Bình).`]);
    expect(h.session.fields).toMatchObject({ bhxhCode: '7931234568', idNumber: '079204001234' });
  });

  it('warns, without refusing, when another student has the same phone (row 8)', async () => {
    const home = tempDir();
    const first = harness(home, []);
    const other = first.store.save(first.store.create({ name: 'Trần Thị Bình', phone: '0912345678' }));
    const h = harness(home, ['0912345678', '0912345678']);
    await askQuestion(h.ctx, q('phone'));
    expect(h.prompter.calls[0]?.rejections).toEqual([]);
    expect(h.output.text).toContain(`Số điện thoại này cũng dùng cho học sinh ${other.id} (Trần Thị Bình)`);
    expect(h.session.fields.phone).toBe('0912345678');
  });

  it('warns, without refusing, when the photo file is another student’s, and refuses a 20×20 photo', async () => {
    const home = tempDir();
    const photos = makePhotos(home);
    const first = harness(home, []);
    const other = first.store.save(first.store.create({ name: 'Nguyễn Văn An', backPhoto: photos.front }));
    const tiny = path.join(home, 'nho.png');
    writeFileSync(tiny, pngImage(20, 20));
    const h = harness(home, [tiny, photos.front]);
    await askQuestion(h.ctx, q('frontPhoto'));
    expect(h.prompter.calls[0]?.rejections).toEqual([expect.stringMatching(/20×20 điểm ảnh.*ít nhất 300/)]);
    expect(h.output.text).toContain(`Ảnh này đã dùng cho Nguyễn Văn An (mã ${other.id})`);
    expect(h.session.fields.frontPhoto).toBe(photos.front);
  });

  it('stores an optional field left empty as "" and says it is optional (the e-mail: that the OTP goes there)', async () => {
    const home = tempDir();
    const h = harness(home, [ENTER, '   ']);
    await askQuestion(h.ctx, q('email'));
    await askQuestion(h.ctx, q('district'));
    // Issue 9: the e-mail's hint and a skipped e-mail say the OTP goes to it.
    expect(h.prompter.messages).toEqual([
      `${FIELD_LABELS.email} ${M.emailHint}`,
      `${FIELD_LABELS.district} ${M.districtHint}`,
    ]);
    expect(h.output.text.replace(/\s+/g, ' ')).toContain('thiếu e-mail: không nhận được mã OTP');
    expect(onDisk(home)?.fields).toMatchObject({ email: '', district: '' });
  });

  it('keeps an optional value on Enter, and clears it with "-"', async () => {
    const home = tempDir();
    const h = harness(home, ['an@gmail.com', ENTER, '-']);
    await askQuestion(h.ctx, q('email'));
    await askQuestion(h.ctx, q('email'));
    expect(h.prompter.calls[1]).toMatchObject({ message: `${FIELD_LABELS.email} ${M.optionalClear}`, default: 'an@gmail.com' });
    expect(onDisk(home)?.fields.email).toBe('an@gmail.com');
    await askQuestion(h.ctx, q('email'));
    expect(onDisk(home)?.fields.email).toBe('');
  });

  it('offers the name as the default contact person', async () => {
    const h = harness(tempDir(), ['Nguyễn Văn An', ENTER]);
    await askQuestion(h.ctx, q('name'));
    await askQuestion(h.ctx, q('contactPerson'));
    expect(h.prompter.calls[1]?.default).toBe('Nguyễn Văn An');
    expect(h.session.fields.contactPerson).toBe('Nguyễn Văn An');
  });

  it('finds the province by typing without diacritics, and by a name used before 2025', async () => {
    const h = harness(tempDir(), [{ search: 'ho chi minh' }, { search: 'binh duong' }]);
    await askQuestion(h.ctx, q('province'));
    expect(h.prompter.calls[0]).toMatchObject({ kind: 'search', offered: ['Thành phố Hồ Chí Minh'] });
    expect(h.prompter.calls[0]?.message).toContain(M.provinceSearch);
    expect(h.session.fields.province).toBe('Thành phố Hồ Chí Minh');
    await askQuestion(h.ctx, q('province'));
    expect(h.session.fields.province).toBe('Thành phố Hồ Chí Minh');
  });

  it('says so when no province matches', async () => {
    const h = harness(tempDir(), [{ search: 'khong co tinh nay', pick: 'x' }]);
    await expect(askQuestion(h.ctx, q('province'))).rejects.toThrow(/offers nothing to pick/);
    expect(h.prompter.calls[0]?.disabled).toEqual([M.provinceNotFound('khong co tinh nay')]);
  });

  describe('photos', () => {
    it('accepts JPEG and PNG by their bytes, dragged-in paths with quotes or escaped spaces, and stores them absolute', async () => {
      const dir = tempDir();
      const photos = makePhotos(dir);
      const h = harness(dir, [`'${photos.front}'`, photos.back, photos.portrait.replace(/ /g, '\\ ')]);
      await askQuestion(h.ctx, q('frontPhoto'));
      await askQuestion(h.ctx, q('backPhoto'));
      await askQuestion(h.ctx, q('portraitPhoto'));
      expect(h.prompter.messages[0]).toBe(`${FIELD_LABELS.frontPhoto} * ${M.photoHint}`);
      expect(h.session.fields).toMatchObject({ frontPhoto: photos.front, backPhoto: photos.back, portraitPhoto: photos.portrait });
    });

    it('refuses a missing file, a file that is not an image, and the front photo again for the back', async () => {
      const dir = tempDir();
      const photos = makePhotos(dir);
      const h = harness(dir, [`${dir}/khong-co.jpg`, photos.notImage, photos.front, `"${photos.front}"`, photos.back]);
      await askQuestion(h.ctx, q('frontPhoto'));
      await askQuestion(h.ctx, q('backPhoto'));
      expect(h.prompter.calls[0]?.rejections).toEqual([
        expect.stringMatching(/^Không tìm thấy tệp/),
        expect.stringContaining('không phải ảnh JPEG hay PNG'),
      ]);
      expect(h.prompter.calls[1]?.rejections).toEqual([
        'Ảnh mặt trước và ảnh mặt sau là cùng một tệp; hãy chọn hai ảnh chụp hai mặt khác nhau của giấy tờ.',
      ]);
      expect(h.session.fields.backPhoto).toBe(photos.back);
    });
  });
});
