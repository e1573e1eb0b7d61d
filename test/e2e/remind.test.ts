/**
 * A week of reminders with the clock pinned (VSSID_HELPER_NOW): who is reminded, who is not
 * reminded twice the same day, what the board then says; the page and the summary line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { seedClass42 } from './class42-fixture.js';
import { runCli, tempHome } from './helpers.js';

const at = (now: string) => ({ VSSID_HELPER_NOW: now });
const remindedCount = (home: string) => openStore({ home }).list().flatMap((r) => r.events).filter((e) => e.type === 'reminded').length;
const remindedIds = (json: { groups: Array<{ reminders: Array<{ id: string }> }> }) => json.groups.flatMap((g) => g.reminders.map((r) => r.id));

describe('remind through a week (pinned time)', () => {
  it('reminds each classmate once a day; the board says when; --again and --preview', () => {
    const home = tempHome();
    const ids = seedClass42(home);
    // Tuesday 10:00: everyone whose next step is their own.
    const tuesday = runCli(['remind', '--json'], { home, env: at('2026-02-24T10:00') });
    expect(tuesday.stderr).toBe('');
    const first = JSON.parse(tuesday.stdout);
    const reminded = remindedIds(first);
    expect(reminded).toEqual(expect.arrayContaining([ids.overdueBeforeTet, ids.overdueAcrossTet, ids.noFileNumber, ids.lateSms, ids.dueToday]));
    expect(reminded).not.toContain(ids.justSubmitted);
    expect(reminded).not.toContain(ids.extraDone);
    expect(first.groups[0]).toMatchObject({ kind: 'password-overdue' });
    const overdue = first.groups[0].reminders.find((r: { id: string }) => r.id === ids.overdueBeforeTet);
    expect(overdue.phone).toBe('0912000000');
    expect(overdue.links.zalo).toBe('https://zalo.me/0912000000');
    expect(overdue.links.sms).toMatch(/^sms:0912000000\?body=An%20%C6%A1i%2C/);
    expect(remindedCount(home)).toBe(reminded.length);

    // Tuesday 16:00, the same day: none of them again. Only the one who submitted at 09:50 and
    // has had no file-number SMS since is new.
    const later = JSON.parse(runCli(['remind', '--json'], { home, env: at('2026-02-24T16:00') }).stdout);
    expect(remindedIds(later)).toEqual([ids.justSubmitted]);
    expect(later.skipped.map((s: { id: string }) => s.id).sort()).toEqual([...reminded].sort());
    reminded.push(ids.justSubmitted);
    const text = runCli(['remind'], { home, env: at('2026-02-24T16:30') });
    expect(text.stdout).toContain(`Không nhắc lại ${reminded.length} bạn`);
    expect(text.stdout).toContain('remind --again');
    // --again --preview shows them all and records nothing.
    const again = JSON.parse(runCli(['remind', '--again', '--preview', '--json'], { home, env: at('2026-02-24T16:00') }).stdout);
    expect(remindedIds(again).sort()).toEqual([...reminded].sort());
    expect(remindedCount(home)).toBe(reminded.length);

    // Thursday: the board says when each was reminded; a new day, a new reminder.
    const board = runCli(['status'], { home, env: at('2026-02-26T09:00') });
    expect(board.stdout).toMatch(new RegExp(`${ids.overdueBeforeTet} .*đã nhắc 2 ngày trước`));
    const thursday = JSON.parse(runCli(['remind', '--json'], { home, env: at('2026-02-26T09:00') }).stdout);
    expect(remindedIds(thursday)).toContain(ids.overdueBeforeTet);
    expect(remindedCount(home)).toBe(reminded.length + remindedIds(thursday).length);
  });

  it('on a pipe: plain text, each message on one line with the phone in full and the Zalo link', () => {
    const home = tempHome();
    const ids = seedClass42(home);
    const out = runCli(['remind', '--preview'], { home, env: at('2026-02-24T10:00') });
    expect(out.code).toBe(0);
    expect(out.stdout).not.toMatch(/\u001b\[/);
    expect(out.stdout).toContain('Đỗ Thị Mai · 0913000041 · https://zalo.me/0913000041');
    expect(out.stdout).toContain('    Mai ơi, hạn nhận mật khẩu VssID là thứ Năm 12/02 và đã qua: vào VssID, chọn «Quên mật khẩu» để được gửi mật khẩu mới, rồi báo lớp trưởng.');
    expect(out.stdout).toContain('Chỉ xem trước');
    expect(openStore({ home }).require(ids.lateSms).events.some((e) => e.type === 'reminded')).toBe(false);
  });

  it('--out writes the page once; a second time only with --force', () => {
    const home = tempHome();
    seedClass42(home);
    const page = join(home, 'nhac-viec.html');
    expect(runCli(['remind', '--out', page], { home, env: at('2026-02-24T10:00') }).code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('https://zalo.me/0913000041');
    const refused = runCli(['remind', '--out', page, '--again'], { home, env: at('2026-02-24T10:30') });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('đã có');
    expect(refused.stderr).toContain('--force');
    expect(runCli(['remind', '--out', page, '--again', '--force'], { home, env: at('2026-02-24T10:30') }).code).toBe(0);
  });

  it('--by says the day in the message; a day past is refused', () => {
    const home = tempHome();
    seedClass42(home);
    const out = runCli(['remind', '--preview', '--by', '27/02'], { home, env: at('2026-02-24T10:00') });
    expect(out.stdout).toContain('gửi cho lớp trưởng trước thứ Sáu 27/02.');
    const past = runCli(['remind', '--by', '2026-02-20'], { home, env: at('2026-02-24T10:00') });
    expect(past.code).not.toBe(0);
    expect(past.stderr).toContain('đã qua');
  });
});

describe('status --summary', () => {
  it('one line for the class chat, and who must act with --names', () => {
    const home = tempHome();
    seedClass42(home);
    const line = runCli(['status', '--summary'], { home, env: at('2026-02-24T10:00') });
    expect(line.stdout).toBe('Lớp 23CTT2: 15/42 đã xong · 8 chờ mật khẩu · 4 quá hạn · 6 chưa gửi thông tin · 5 cần đăng nhập · 1 chờ số hồ sơ · 3 chờ lớp trưởng nhập\n');
    const names = runCli(['status', '--summary', '--names'], { home, env: at('2026-02-24T10:00') }).stdout.split('\n');
    expect(names[1]).toBe('Đã 72 giờ, thử Quên mật khẩu: Hoàng Văn Hà, Lê Văn Chi, Phạm Văn Dũng');
    expect(names).toContain('Quá hạn: Đỗ Thị Mai, Huỳnh Văn Khoa, Nguyễn Văn An, Trần Văn Bình');
    const refused = runCli(['status', '--names'], { home, env: at('2026-02-24T10:00') });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--summary');
  });
});
