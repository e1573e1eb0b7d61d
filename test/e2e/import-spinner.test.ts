import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';
import { Terminal } from './pty.js';

/** A roster over the size at which import shows a spinner (about 1 MB). */
function bigRoster(): string {
  const lines = ['Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,Số nhà đường'];
  for (let i = 0; i < 9000; i++) {
    lines.push(`Nguyễn Văn An ${i},79${String(i).padStart(8, '0')},079205${String(i).padStart(6, '0')},09${String(i).padStart(8, '0')},Thành phố Hồ Chí Minh,Phường Võ Thị Sáu,${i} Lê Lợi`);
  }
  const file = join(tempHome(), 'lop-lon.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

const SPINNER_TEXT = /Đang (đọc|kiểm tra)/;

describe('import of a large roster: a spinner on a terminal only', () => {
  const file = bigRoster();

  it('shows none on a pipe, with or without --json', () => {
    for (const args of [['import', file, '--dry-run'], ['import', file, '--dry-run', '--json']]) {
      const { stderr } = runCli(args, { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
      expect(stderr).not.toMatch(SPINNER_TEXT);
      expect(stderr).not.toContain('\u001b[');
    }
  }, 60_000);

  it('shows none under --json even on a terminal', async () => {
    const term = new Terminal(['import', file, '--dry-run', '--json']);
    await term.exited;
    expect(term.text).not.toMatch(SPINNER_TEXT);
  }, 60_000);

  it('shows one on a terminal while the roster is read and checked', async () => {
    const term = new Terminal(['import', file, '--dry-run']);
    await term.exited;
    expect(term.text).toMatch(SPINNER_TEXT);
    expect(term.text).toContain('9000');
  }, 60_000);
});
