import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { BIN, runCli, tempHome, writePhotos } from './helpers.js';

const home = tempHome;

const photos = (dir: string) => writePhotos(dir, 'mat truoc.jpg');

/** Every required answer as flags (the contact person defaults to the name). */
function flags(dir: string, overrides: Record<string, string> = {}): string[] {
  const { front, back } = photos(dir);
  const values: Record<string, string> = {
    '--name': 'Nguyễn Văn An',
    '--bhxh': '7931234567',
    '--id-number': '079204001234',
    '--front': front,
    '--back': back,
    '--province': 'TP HCM',
    '--ward': 'Phường Bến Nghé',
    '--street': '12 Lê Lợi',
    '--phone': '0912 345 678',
    // Issue 9: no silent default agency any more.
    '--agency': 'BHXH Thành phố Hồ Chí Minh',
    ...overrides,
  };
  return Object.entries(values).flatMap(([flag, value]) => [flag, value]);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const dataFile = (dir: string) => path.join(dir, 'data.json');
const records = (dir: string) =>
  fs.existsSync(dataFile(dir)) ? (JSON.parse(fs.readFileSync(dataFile(dir), 'utf8')).records as Array<Record<string, any>>) : [];

describe('register from a script (no terminal)', () => {
  it('with --yes and every required flag: exit 0, a ready record, and the next steps', () => {
    const dir = home();
    const result = runCli(['register', '--yes', ...flags(dir)], { home: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [record] = records(dir);
    expect(record).toMatchObject({
      state: 'ready',
      fields: {
        name: 'Nguyễn Văn An',
        contactPerson: 'Nguyễn Văn An',
        province: 'Thành phố Hồ Chí Minh',
        phone: '0912345678',
        frontPhoto: path.join(dir, 'mat truoc.jpg'),
        receivingAgency: 'BHXH Thành phố Hồ Chí Minh',
        submissionMethod: 'reception',
        commitment: true,
        // Optional questions without a flag are skipped, as Enter in the wizard.
        portraitPhoto: '',
        district: '',
        email: '',
      },
    });
    expect(record?.events.map((e: { type: string }) => e.type)).toEqual(['ready']);
    expect(result.stdout).toContain(`Đã xong tờ khai của Nguyễn Văn An (mã ${record?.id})`);
    expect(result.stdout).toContain('tên đăng nhập là mã số BHXH');
    expect(result.stdout).toContain(`vssid-helper status ${record?.id} submitted`);
    expect(fs.statSync(dataFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('--json prints only the record as data on stdout, notes on the side', () => {
    const dir = home();
    const result = runCli(['register', '--json', '--yes', ...flags(dir, { '--bhxh': 'SV4797931234567', '--submission': 'bưu chính' })], { home: dir });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data).toMatchObject({
      id: records(dir)[0]?.id,
      state: 'ready',
      fields: { bhxhCode: '7931234567', submissionMethod: 'postal', phone: '0912345678' },
    });
    // Issue 9: the same note also says which province's BHXH issued the card.
    expect(data.notes).toContainEqual(expect.stringContaining('Đã lấy 10 số cuối của mã thẻ BHYT SV4797931234567: 7931234567.'));
    expect(data.notes).toContainEqual(expect.stringContaining('thẻ do BHXH TP. Hồ Chí Minh cấp'));
  });

  it('without a terminal and with questions left: exit 1 at once, naming the missing flags, saving nothing', () => {
    const dir = home();
    const started = Date.now();
    // No `input`: stdin stays open, so a command that waited for an answer would hang until the timeout.
    const result = spawnSync(process.execPath, [BIN, 'register', '--name', 'Nguyễn Văn An', '--yes'], {
      encoding: 'utf8',
      env: { ...process.env, npm_command: '', npm_lifecycle_event: '', NO_COLOR: '1', VSSID_HELPER_HOME: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 10_000,
    });
    const elapsed = Date.now() - started;
    expect(result.error).toBeUndefined(); // not killed by the timeout
    expect(result.status).toBe(1);
    expect(elapsed).toBeLessThan(5_000);
    expect(result.stderr).toContain('không chạy trong một terminal tương tác');
    expect(result.stderr).toContain('--bhxh --id-number --front --back --province --ward --street --phone');
    expect(result.stderr).not.toContain('--name');
    expect(result.stderr).not.toContain('--contact'); // defaults to the name
    expect(records(dir)).toEqual([]);
  });

  it('without a terminal, all flags but no --yes: asks for --yes instead of waiting', () => {
    const dir = home();
    const result = runCli(['register', ...flags(dir)], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/truyền các tham số: --yes\s*$/);
    expect(records(dir)).toEqual([]);
  });

  it('--bhxh takes the 12-digit personal ID number (from 1/8/2025) with a note; another person’s is a warning', () => {
    const dir = home();
    const own = runCli(['register', '--yes', ...flags(dir, { '--bhxh': '079204001234' })], { home: dir });
    expect(own.code).toBe(0);
    expect(flat(own.stdout + own.stderr)).toContain('số định danh cá nhân 12 số (số CCCD) làm mã số BHXH');
    expect(records(dir)[0]?.fields.bhxhCode).toBe('079204001234');
    const other = home();
    const differs = runCli(['register', '--yes', ...flags(other, { '--bhxh': '079304001235' })], { home: other });
    expect(differs.code).toBe(0);
    expect(flat(differs.stdout + differs.stderr)).toContain('khác số CCCD «079204001234» của chính người này');
  });

  it('invalid flag values: exit 1 listing each one, nothing saved', () => {
    const dir = home();
    const result = runCli(
      ['register', '--yes', ...flags(dir, { '--bhxh': '12345', '--phone': '02838123456', '--front': path.join(dir, 'khong-co.jpg') })],
      { home: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Một số giá trị truyền qua tham số không hợp lệ');
    expect(result.stderr).toContain('--bhxh (Mã số BHXH): Mã số BHXH có 5 chữ số, không khớp mẫu nào');
    expect(result.stderr).toContain('--phone (Điện thoại di động):');
    expect(result.stderr).toContain('--front (Ảnh mặt trước): Không tìm thấy tệp');
    expect(result.stderr).toContain('Chưa có gì được lưu');
    expect(result.stdout).toBe('');
    expect(records(dir)).toEqual([]);
  });

  it('refuses a BHXH code already saved for another student', () => {
    const dir = home();
    expect(runCli(['register', '--yes', ...flags(dir)], { home: dir }).code).toBe(0);
    const result = runCli(['register', '--yes', ...flags(dir, { '--name': 'Trần Thị Bình', '--id-number': '079304001235' })], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Mã số BHXH trùng với học sinh ${records(dir)[0]?.id} (Nguyễn Văn An)`);
    expect(records(dir)).toHaveLength(1);
  });

  it('--resume <id> with the missing flags and --yes finishes that draft; --resume alone lists the commands', () => {
    const dir = home();
    const store = openStore({ home: dir });
    const draft = store.save(store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234' }));
    const all = flags(dir);
    const rest = all.slice(all.indexOf('--front'));

    const pick = runCli(['register', '--resume'], { home: dir });
    expect(pick.code).toBe(1);
    expect(pick.stderr).toContain(`vssid-helper register --resume ${draft.id} `);

    const result = runCli(['register', '--resume', draft.id, '--yes', ...rest], { home: dir });
    expect(result.code).toBe(0);
    expect(records(dir)).toHaveLength(1);
    expect(records(dir)[0]).toMatchObject({ id: draft.id, state: 'ready', fields: { idNumber: '079204001234' } });

    const again = runCli(['register', '--resume', draft.id], { home: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('không còn là bản nháp');
  });

  it('--resume --yes names a stored answer that is no longer valid (a photo moved away) as a flag to give', () => {
    const dir = home();
    const gone = path.join(dir, 'da-chuyen-di.jpg');
    const store = openStore({ home: dir });
    const draft = store.save(store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079204001234', frontPhoto: gone }));
    const all = flags(dir);
    const rest = all.slice(all.indexOf('--back'));
    const refused = runCli(['register', '--resume', draft.id, '--yes', ...rest], { home: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/truyền các tham số: --front\s*$/);
    const done = runCli(['register', '--resume', draft.id, '--yes', '--front', all[all.indexOf('--front') + 1] as string, ...rest], { home: dir });
    expect(done.code).toBe(0);
    expect(records(dir)[0]).toMatchObject({ id: draft.id, state: 'ready' });
  });
});

describe('list, show, remove', () => {
  function registered() {
    const dir = home();
    expect(runCli(['register', '--yes', ...flags(dir)], { home: dir }).code).toBe(0);
    const id = records(dir)[0]?.id as string;
    return { dir, id };
  }

  it('list masks the ID and phone numbers', () => {
    const { dir, id } = registered();
    const result = runCli(['list'], { home: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(id);
    expect(result.stdout).toContain('Nguyễn Văn An');
    expect(result.stdout).toContain('Sẵn sàng');
    expect(result.stdout).not.toContain('079204001234');
    expect(result.stdout).not.toContain('0912345678');
    expect(result.stdout).toContain('234'); // the last digits tell students apart
    const json = runCli(['list', '--json'], { home: dir });
    expect(json.stdout).not.toContain('079204001234');
    expect(json.stdout).not.toContain('0912345678');
    expect(JSON.parse(json.stdout).students[0]).toMatchObject({ id, state: 'ready' });
  });

  it('show masks unless --unmask; accepts the id or the BHXH code', () => {
    const { dir, id } = registered();
    const masked = runCli(['show', id], { home: dir });
    expect(masked.code).toBe(0);
    expect(masked.stdout).toContain('Nguyễn Văn An');
    expect(masked.stdout).not.toContain('079204001234');
    expect(masked.stdout).not.toContain('0912345678');
    expect(masked.stdout).toContain('--unmask');
    const full = runCli(['show', '7931234567', '--unmask'], { home: dir });
    expect(full.code).toBe(0);
    expect(full.stdout).toContain(`mã ${id}`);
    expect(full.stdout).toContain('079204001234');
    expect(full.stdout).toContain('0912345678');
    const json = JSON.parse(runCli(['show', id, '--json'], { home: dir }).stdout);
    expect(json.fields.phone).not.toBe('0912345678');
  });

  it('show of an unknown id: exit 1 and how to find the ids', () => {
    const dir = home();
    const result = runCli(['show', 'zzzzzz'], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không tìm thấy học sinh nào có mã, mã số BHXH hay họ tên «zzzzzz».');
    expect(result.stderr).toContain('vssid-helper list');
  });

  it('remove without --yes and no terminal: exit 1, nothing removed; with --yes: removed', () => {
    const { dir, id } = registered();
    const refused = runCli(['remove', id], { home: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--yes');
    expect(records(dir)).toHaveLength(1);
    const removed = runCli(['remove', id, '--yes'], { home: dir });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`Đã xóa Nguyễn Văn An (mã ${id})`);
    expect(records(dir)).toEqual([]);
  });
});

describe('a corrupt store file', () => {
  const garbage = Buffer.from('{"schemaVersion": 1, "records": [ \u0000\u00ff garbage', 'latin1');

  for (const args of [['list'], ['register', '--yes']] as const) {
    it(`is moved aside, the original bytes kept, and \`${args.join(' ')}\` goes on`, () => {
      const dir = home();
      fs.writeFileSync(dataFile(dir), garbage);
      const result = runCli(args[0] === 'register' ? [...args, ...flags(dir)] : [...args], { home: dir });
      expect(result.code).toBe(0);
      const moved = fs.readdirSync(dir).filter((name) => name.startsWith('data.corrupt-'));
      expect(moved).toHaveLength(1);
      const movedPath = path.join(dir, moved[0] as string);
      expect(result.stderr).toContain(`Không đọc được tệp dữ liệu ${dataFile(dir)}`);
      expect(result.stderr).toContain(movedPath);
      expect(fs.readFileSync(movedPath).equals(garbage)).toBe(true);
      expect(records(dir)).toHaveLength(args[0] === 'register' ? 1 : 0);
    });
  }
});
