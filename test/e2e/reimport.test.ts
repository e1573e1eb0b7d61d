/**
 * A monitor's class of 42 from a Google Forms export, then a corrected re-export and an Excel
 * re-save of it: every error and warning the summary counts is printed with its line and field,
 * whatever the row's saved state; a phone recorded as wrong never comes back; a student recorded
 * as having had an account is no error for lacking the form's fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

const NOW = { VSSID_HELPER_NOW: '2026-09-02T09:00' };
const HEADER = 'Dấu thời gian,Địa chỉ email,Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,"Số nhà, đường"';
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khoa', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quân', 'Thảo', 'Trang', 'Tú'];
const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng'];

interface Student { time: string; email: string; name: string; bhxh: string; cccd: string; phone: string; ward: string; street: string }
const students: Student[] = Array.from({ length: 42 }, (_, i) => {
  const n = String(i + 10);
  return {
    time: `9/1/2026 8:${n}:00`,
    email: `hs${n}@gmail.com`,
    name: `${FAMILY[i % 3]} ${GIVEN[i % 14]}`,
    bhxh: `79312345${n}`,
    cccd: `0792040012${n}`,
    phone: `09123456${n}`,
    ward: 'Phường Sài Gòn',
    street: `${n} Lê Lợi`,
  };
});
const csv = (rows: Student[]) =>
  [HEADER, ...rows.map((s) => [s.time, s.email, s.name, s.bhxh, s.cccd, s.phone, 'TP. Hồ Chí Minh', s.ward, `"${s.street}"`].join(','))].join('\r\n');
const edit = (changes: Record<number, Partial<Student>>) => students.map((s, i) => ({ ...s, ...changes[i] }));

// The first answers: a landline (error), a blank ward (error), no e-mail (warning), a former ward (warning).
const FIRST = edit({ 3: { phone: '0212345678' }, 7: { ward: '' }, 11: { email: '' }, 19: { ward: 'Phường Bến Nghé' } });
// Corrected: those fixed, but one street left blank; row 2's student (an account already) leaves the form's fields blank.
const CORRECTED = edit({ 11: { email: '' }, 39: { street: '' }, 2: { phone: '', ward: '', street: '' } });
// Excel's re-save of the corrected sheet: the leading zeros of every phone and CCCD gone.
const RESAVED = CORRECTED.map((s) => ({ ...s, phone: s.phone.replace(/^0/, ''), cccd: s.cccd.replace(/^0/, '') }));

interface JsonRow { line: number; ok: boolean; replacedBy?: number; errors: { field: string }[]; warnings: { field: string }[] }

/** The problem lines the human report printed (between its title and the summary), by glyph. */
function printedIssues(stdout: string) {
  const start = stdout.indexOf('Những dòng cần xem lại');
  const section = start < 0 ? '' : stdout.slice(start, stdout.indexOf('Tổng cộng', start));
  const lines = section.split('\n');
  return { errors: lines.filter((l) => l.startsWith('  ✖ ')), warnings: lines.filter((l) => l.startsWith('  ⚠ ')), section };
}

describe('re-importing a class of 42: what is counted is printed', () => {
  let home: string;
  let dir: string;
  const run = (args: string[]) => runCli(args, { home, env: { ...NOW, COLUMNS: '100' } });
  const write = (name: string, rows: Student[]) => {
    const file = join(dir, name);
    writeFileSync(file, csv(rows));
    return file;
  };

  /** The human run and the --json run of one import agree: each counted issue is printed, with its line. */
  function expectEverythingPrinted(args: string[]) {
    const human = run(args);
    const json = JSON.parse(run([...args, '--json']).stdout) as { rows: JsonRow[]; summary: { failed: number } };
    const counted = json.rows.filter((row) => row.replacedBy === undefined);
    const printed = printedIssues(human.stdout);
    expect(printed.errors).toHaveLength(counted.reduce((n, row) => n + row.errors.length, 0));
    expect(printed.warnings).toHaveLength(counted.reduce((n, row) => n + row.warnings.length, 0));
    for (const row of counted.filter((r) => r.errors.length + r.warnings.length > 0)) expect(printed.section).toContain(`Dòng ${row.line} · `);
    if (json.summary.failed > 0) expect(human.stderr).toContain(`Còn ${json.summary.failed}/`);
    return { human, json };
  }

  beforeAll(() => {
    home = tempHome();
    dir = tempHome();
    const first = run(['import', write('dot-1.csv', FIRST)]);
    expect(first.stdout).toMatch(/Tổng cộng 42 dòng: 40 hợp lệ, 2 có lỗi\./);
  });

  it('the first import prints its 2 errors and its warnings', () => {
    const { json } = expectEverythingPrinted(['import', write('dot-1b.csv', FIRST), '--dry-run']);
    expect(json.summary.failed).toBe(2);
  });

  it('a corrected re-export: a saved row left unchanged still shows its error; a student with an account needs no form fields', () => {
    // Names are unique in this class (3 family names × 14 given names): a student is named by their name.
    expect(run(['status', students[2]?.name ?? '', 'already-registered']).code).toBe(0);
    const file = write('dot-2.csv', CORRECTED);
    expect(run(['import', file]).code).toBe(1);
    // Imported again unchanged: the row with a blank street is a saved student, and still counted and shown.
    const { human, json } = expectEverythingPrinted(['import', file, '--dry-run']);
    expect(json.summary.failed).toBe(1);
    expect(human.stdout).toMatch(/Dòng 41 · [^\n]*\n\s+✖ Số nhà, đường/);
    expect(json.rows.find((r) => r.line === 4)).toMatchObject({ ok: true, errors: [] });
  });

  it('an Excel re-save: 84 restored zeros are warned about and printed, on rows already saved', () => {
    const { json } = expectEverythingPrinted(['import', write('dot-2-excel.csv', RESAVED), '--dry-run']);
    const zeros = json.rows.flatMap((row) => row.warnings.filter((w) => w.field === 'phone' || w.field === 'idNumber'));
    // Row 4 (an account already) has no phone cell.
    expect(zeros).toHaveLength(83);
  });

  it('a clean class re-imports with exit 0', () => {
    const clean = CORRECTED.map((s, i) => (i === 39 ? { ...s, street: '49 Lê Lợi' } : s));
    const result = run(['import', write('dot-3.csv', clean), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Tổng cộng 42 dòng: 42 hợp lệ, 0 có lỗi\./);
  });

  it('a phone recorded as wrong never comes back, even with --overwrite', () => {
    const id = students[6]?.name ?? '';
    const old = students[6]?.phone ?? '';
    expect(run(['status', id, 'support-request', old]).code).toBe(0);
    const fixed = edit({ 6: { phone: '0987650006' } });
    expect(run(['import', write('sua-sdt.csv', fixed)]).stdout).toContain('⇒ 098••••006');
    const again = run(['import', write('cu.csv', students), '--overwrite']);
    expect(again.stdout.replace(/\s+/g, ' ')).toMatch(/✖ Điện thoại di động: giữ 098••••006; tệp ghi 091••••616, số đã được ghi là đăng ký nhầm/);
    const show = JSON.parse(run(['show', id, '--json', '--unmask']).stdout) as { fields: { phone?: string } };
    expect(show.fields.phone).toBe('0987650006');
  });

  it('register --resume does not take a wrong phone a draft still holds: it asks for --phone', () => {
    const id = students[8]?.name ?? '';
    expect(run(['status', id, 'support-request', students[8]?.phone ?? '']).code).toBe(0);
    const resumed = run(['register', '--resume', id, '--yes']);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toMatch(/truyền các tham số: [^\n]*--phone/);
    // A student whose phone is not recorded as wrong is not asked for it.
    const other = run(['register', '--resume', students[9]?.name ?? '', '--yes']);
    expect(other.stderr).toMatch(/truyền các tham số: --front --back --agency/);
  });
});
