import { describe, expect, it } from 'vitest';
import type { StudentFields } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { tempHome, writePhotos } from './helpers.js';
import { KEY, Terminal } from './pty.js';

const home = tempHome;

const photos = (dir: string) => writePhotos(dir);

/** Waits for the prompt, forgets the screen so far, then types the answer and Enter. */
async function answer(term: Terminal, prompt: string | RegExp, text = ''): Promise<void> {
  await term.waitFor(prompt);
  term.clear();
  term.type(`${text}${KEY.enter}`);
}

/** The province: type to search without diacritics, wait for the filtered list, Enter. */
async function chooseProvince(term: Terminal): Promise<void> {
  await term.waitFor('Tỉnh/Thành phố *');
  term.clear();
  term.type('ho chi minh');
  await term.waitFor(/ho chi minh[\s\S]*❯ Thành phố Hồ Chí Minh/);
  term.clear();
  term.type(KEY.enter);
}

/** From the front photo to "Ghi nhận", as a person types it. */
async function answerFromPhotos(term: Terminal, dir: string): Promise<void> {
  const { front, back } = photos(dir);
  await answer(term, 'Ảnh mặt trước *', front);
  await answer(term, 'Ảnh mặt sau *', back);
  await answer(term, 'Ảnh chân dung'); // optional: Enter skips
  await chooseProvince(term);
  await answer(term, 'Quận/Huyện'); // may be empty
  await answer(term, 'Phường/Xã *', 'Phường Bến Nghé'); // a former ward: the list maps it
  await answer(term, 'Số nhà, đường *', '12 Lê Lợi');
  await answer(term, 'Người liên hệ *'); // Enter: the default is the name
  await answer(term, 'Địa chỉ thư điện tử', 'an.nguyen@gmail.com');
  await answer(term, 'Điện thoại di động *', '0912 345 678');
  await answer(term, 'Nhập lại số điện thoại', '0912345678');
  await chooseAgency(term);
  await answer(term, 'Bạn muốn làm gì?'); // "Ghi nhận" is the first choice
  await answer(term, 'Bạn cam kết'); // yes by default
}

/**
 * A new class has no agency (issue 9): the wizard offers the student's province's BHXH first and
 * the guide's as pre-2025; the first choice is taken and kept for the class (yes by default).
 */
async function chooseAgency(term: Terminal): Promise<void> {
  await term.waitFor(/❯ BHXH Thành phố Hồ Chí Minh \(BHXH tỉnh\/thành nơi học sinh ở\)/);
  expect(term.text).toContain('theo hướng dẫn gốc, trước 2025');
  term.clear();
  term.type(KEY.enter);
  await answer(term, 'Dùng «BHXH Thành phố Hồ Chí Minh» cho cả lớp');
}

const onlyRecord = (dir: string) => {
  const records = openStore({ home: dir }).list();
  expect(records).toHaveLength(1);
  return records[0] as NonNullable<(typeof records)[0]>;
};

describe('register in a terminal', () => {
  it('a full registration, from the first prompt to "ready"', async () => {
    const dir = home();
    const term = new Terminal(['register'], { home: dir });
    try {
      await answer(term, 'đã có tài khoản VssID chưa'); // "Chưa có: đăng ký mới" is the first choice
      await answer(term, 'Đã chuẩn bị đủ các thứ trên chưa?');
      await term.waitFor('dichvucong.baohiemxahoi.gov.vn');
      await answer(term, 'Đối tượng đăng ký'); // "Cá nhân"
      await answer(term, 'Họ và tên *', 'Nguyễn Văn An');
      await answer(term, 'Mã số BHXH *', '7931234567');
      await answer(term, 'Số CMND/CCCD/Hộ chiếu *', '079204001234');
      await term.waitFor('Số CCCD cho biết: giới tính Nam, sinh năm 2004');
      await answer(term, 'Thông tin này có đúng không?');
      await answerFromPhotos(term, dir);
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
    const record = onlyRecord(dir);
    expect(term.text).toContain(`Đã xong tờ khai của Nguyễn Văn An (mã ${record.id})`);
    expect(term.text).toContain('tên đăng nhập là mã số BHXH');
    expect(record.state).toBe('ready');
    expect(record.fields).toMatchObject({
      name: 'Nguyễn Văn An',
      province: 'Thành phố Hồ Chí Minh',
      contactPerson: 'Nguyễn Văn An',
      email: 'an.nguyen@gmail.com',
      phone: '0912345678',
      portraitPhoto: '',
      district: '',
      receivingAgency: 'BHXH Thành phố Hồ Chí Minh',
      ward: 'Phường Sài Gòn', // typed "Phường Bến Nghé": the former ward, mapped by the list
      commitment: true,
    } satisfies StudentFields);
    expect(openStore({ home: dir }).getProfile().receivingAgency).toBe('BHXH Thành phố Hồ Chí Minh');
  });

  it('a wrong phone is re-asked with the message visible; two different typings ask both again', async () => {
    const dir = home();
    const { front, back } = photos(dir);
    const store = openStore({ home: dir });
    const draft = store.save(store.create({
      name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234', frontPhoto: front, backPhoto: back,
      portraitPhoto: '', province: 'Thành phố Hồ Chí Minh', district: '', ward: 'Phường Sài Gòn', street: '12 Lê Lợi',
      contactPerson: 'Nguyễn Văn An', email: '',
    }));
    const term = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await term.waitFor('Số điện thoại không sửa được sau khi đăng ký');
      await answer(term, 'Điện thoại di động *', '0212345678');
      await term.waitFor('0212345678 là số máy bàn (đầu 02)');
      expect(term.text).not.toContain('Nhập lại số điện thoại');
      // Still the same prompt: erase the wrong number and type the right one.
      term.clear();
      term.type(KEY.backspace.repeat(10));
      term.type(`0912345678${KEY.enter}`);
      await answer(term, 'Nhập lại số điện thoại', '0912345679');
      await term.waitFor('Hai lần nhập số điện thoại không khớp nhau');
      await answer(term, 'Điện thoại di động *', '0912345678');
      await answer(term, 'Nhập lại số điện thoại', '0912345678');
      await chooseAgency(term);
      await answer(term, 'Bạn muốn làm gì?');
      await answer(term, 'Bạn cam kết');
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
    expect(onlyRecord(dir)).toMatchObject({ id: draft.id, state: 'ready', fields: { phone: '0912345678' } });
  });

  it('register --resume without an id offers the drafts to pick from', async () => {
    const dir = home();
    const store = openStore({ home: dir });
    const first = store.save(store.create({ name: 'Nguyễn Văn An' }));
    const second = store.save(store.create({ name: 'Trần Thị Bình', bhxhCode: '7931234568' }));
    const term = new Terminal(['register', '--resume'], { home: dir });
    try {
      await term.waitFor('Chọn bản nháp để làm tiếp');
      await term.waitFor(`${second.id}  Trần Thị Bình`);
      expect(term.text).toContain(`${first.id}  Nguyễn Văn An`);
      term.clear();
      term.type(KEY.down + KEY.enter);
      await term.waitFor('Số CMND/CCCD/Hộ chiếu *');
      expect(term.text).not.toContain('Mã số BHXH *');
      term.type(KEY.ctrlC);
      expect(await term.exited).toBe(130);
    } finally {
      term.kill();
    }
    expect(term.text).toContain(`vssid-helper register --resume ${second.id}`);
  });

  it('issue 9: real prefixes pass with a warning naming the block; a card suggests its BHXH', async () => {
    const dir = home();
    const { front, back } = photos(dir);
    const store = openStore({ home: dir });
    const draft = store.save(store.create({
      name: 'Nguyễn Văn An', idNumber: '079204001234', frontPhoto: front, backPhoto: back,
      portraitPhoto: '', province: 'Thành phố Hồ Chí Minh', district: '', ward: 'Phường Bến Nghé', street: '12 Lê Lợi',
      contactPerson: 'Nguyễn Văn An', email: '',
    }));
    const term = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await answer(term, 'Mã số BHXH *', 'SV4487931234567');
      await term.waitFor(/thẻ do BHXH\s+Đà Nẵng cấp/);
      await answer(term, 'Mã số BHXH sẽ là 7931234567. Đúng không?');
      // The stored ward is a former one (issue 12): the wizard names its new ward and asks the
      // searchable list again; typing the former name finds it, as in answerFromPhotos.
      await term.waitFor('Phường/xã cũ: Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn');
      await answer(term, 'Phường/Xã *', 'Phường Bến Nghé');
      await answer(term, 'Điện thoại di động *', '0894641177');
      await answer(term, 'Nhập lại số điện thoại', '0894641177');
      await term.waitFor(/dãy 0894… chưa có trong danh sách số đã cấp mà công\s+cụ biết/);
      // The card's BHXH first, then the province's, then the guide's (pre-2025).
      await term.waitFor(/❯ BHXH Thành phố Đà Nẵng \(theo mã tỉnh trên thẻ BHYT\)/);
      term.clear();
      term.type(KEY.down + KEY.enter);
      await answer(term, 'cho cả lớp', 'n');
      await term.waitFor('Bạn muốn làm gì?');
      expect(term.text.replace(/\s+/g, ' ')).toContain('thiếu e-mail: không nhận được mã OTP');
      term.clear();
      term.type(KEY.enter);
      await answer(term, 'Bạn cam kết');
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
    expect(onlyRecord(dir)).toMatchObject({
      state: 'ready',
      fields: { phone: '0894641177', receivingAgency: 'BHXH Thành phố Hồ Chí Minh', ward: 'Phường Sài Gòn' },
    });
  });

  it('answering "không" to the decoded CCCD facts asks for the number again', async () => {
    const dir = home();
    const store = openStore({ home: dir });
    const draft = store.save(store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567' }));
    const term = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await answer(term, 'Số CMND/CCCD/Hộ chiếu *', '079204001234');
      await answer(term, 'Thông tin này có đúng không? (C/k)', 'không');
      await term.waitFor('Số CMND/CCCD/Hộ chiếu *');
      expect(term.text).toContain('Không');
      term.type(KEY.ctrlC);
      expect(await term.exited).toBe(130);
    } finally {
      term.kill();
    }
    expect(onlyRecord(dir).fields.idNumber).toBeUndefined();
    expect(term.text).toContain(`vssid-helper register --resume ${draft.id}`);
  });

  it('Ctrl+C mid-way saves, prints the command to continue, exits 130; --resume finishes with nothing retyped', async () => {
    const dir = home();
    const first = new Terminal(['register'], { home: dir });
    try {
      await answer(first, 'đã có tài khoản VssID chưa');
      await answer(first, 'Đã chuẩn bị đủ các thứ trên chưa?');
      await answer(first, 'Đối tượng đăng ký');
      await answer(first, 'Họ và tên *', 'Nguyễn Văn An');
      await answer(first, 'Mã số BHXH *', 'SV4797931234567');
      await answer(first, 'Mã số BHXH sẽ là 7931234567. Đúng không?');
      await answer(first, 'Số CMND/CCCD/Hộ chiếu *', '079204001234');
      await answer(first, 'Thông tin này có đúng không?');
      await first.waitFor('Ảnh mặt trước *');
      first.type(KEY.ctrlC);
      expect(await first.exited).toBe(130);
    } finally {
      first.kill();
    }
    const draft = onlyRecord(dir);
    expect(draft).toMatchObject({ state: 'draft', fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234' } });
    expect(first.text).toContain(`vssid-helper register --resume ${draft.id}`);
    expect(first.text).not.toMatch(/\n\s+at /); // no stack trace

    const second = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await answerFromPhotos(second, dir);
      expect(await second.exited).toBe(0);
    } finally {
      second.kill();
    }
    for (const prompt of ['Đã chuẩn bị đủ', 'Họ và tên *', 'Mã số BHXH *', 'Số CMND/CCCD/Hộ chiếu *', 'Thông tin này có đúng không?']) {
      expect(second.text).not.toContain(prompt);
    }
    expect(onlyRecord(dir)).toMatchObject({ id: draft.id, state: 'ready', fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567' } });
  });

  it('the ward is a searchable list: "p1" shows each district\'s former Phường 1 with its new ward, arrows pick one', async () => {
    const dir = home();
    const { front, back } = photos(dir);
    const store = openStore({ home: dir });
    const draft = store.save(store.create({
      name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234', frontPhoto: front, backPhoto: back,
      portraitPhoto: '', province: 'Thành phố Hồ Chí Minh', district: 'Quận 3',
    }));
    const term = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await term.waitFor('Phường/Xã *');
      term.clear();
      term.type('p1');
      await term.waitFor(/❯ Phường 1 \(Quận[^\n]*trước 1\/7\/2025\) ⇒ Phường/);
      await term.waitFor('Phường 1 (Quận 3, trước 1/7/2025) ⇒ Phường Bàn Cờ');
      // Move the cursor to Quận 3's, as a person would with the arrows.
      const rows = term.text.slice(term.text.lastIndexOf('p1')).split('\n').filter((l) => l.includes('Phường 1 ('));
      const target = rows.findIndex((l) => l.includes('(Quận 3,'));
      expect(target).toBeGreaterThanOrEqual(0);
      term.clear();
      term.type(KEY.down.repeat(target) + KEY.enter);
      await term.waitFor('Phường 1 (Quận 3, trước 1/7/2025) ⇒ Phường Bàn Cờ');
      await answer(term, 'Số nhà, đường *', '12 Lê Lợi');
      await term.waitFor('Người liên hệ *');
      term.type(KEY.ctrlC);
      expect(await term.exited).toBe(130);
    } finally {
      term.kill();
    }
    expect(onlyRecord(dir).fields).toMatchObject({ ward: 'Phường Bàn Cờ', district: '', street: '12 Lê Lợi' });
  });

  it('"sai gon" typed without diacritics finds Phường Sài Gòn', async () => {
    const dir = home();
    const store = openStore({ home: dir });
    const { front, back } = photos(dir);
    const draft = store.save(store.create({
      name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234', frontPhoto: front, backPhoto: back,
      portraitPhoto: '', province: 'Thành phố Hồ Chí Minh', district: '',
    }));
    const term = new Terminal(['register', '--resume', draft.id], { home: dir });
    try {
      await term.waitFor('Phường/Xã *');
      term.clear();
      term.type('sai gon');
      await term.waitFor('❯ Phường Sài Gòn');
      term.type(KEY.enter);
      await term.waitFor('Số nhà, đường *');
      term.type(KEY.ctrlC);
      expect(await term.exited).toBe(130);
    } finally {
      term.kill();
    }
    expect(onlyRecord(dir).fields.ward).toBe('Phường Sài Gòn');
  });

  it('a student who already has an account: the login help, then recorded as done without the form', async () => {
    const dir = home();
    const term = new Terminal(['register'], { home: dir });
    try {
      await term.waitFor('đã có tài khoản VssID chưa');
      term.clear();
      term.type(KEY.down + KEY.enter); // "Đã có tài khoản"
      await term.waitFor('VNeID mức 2');
      expect(term.text).toContain('Quên mật khẩu');
      await answer(term, 'Ghi học sinh này vào bảng theo dõi');
      await answer(term, 'Họ và tên *', 'Trần Thị Bình');
      await answer(term, 'Mã số BHXH *', '7931234568');
      expect(await term.exited).toBe(0);
    } finally {
      term.kill();
    }
    const record = onlyRecord(dir);
    expect(record).toMatchObject({ state: 'done', fields: { name: 'Trần Thị Bình', bhxhCode: '7931234568' } });
    expect(term.text).toContain(`Đã ghi Trần Thị Bình (mã ${record.id}) là đã có tài khoản VssID`);
    expect(term.text).not.toContain('Đã chuẩn bị đủ');
  });
});
