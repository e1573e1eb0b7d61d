import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

describe('data folder problems are explained, not "Lỗi không mong đợi"', () => {
  it('VSSID_HELPER_HOME under a regular file', () => {
    const blocker = join(tempHome(), 'a-file');
    writeFileSync(blocker, 'x');
    const home = join(blocker, 'vssid');
    const { code, stdout, stderr } = runCli(['list'], { home });
    expect(code).toBe(1);
    expect(stderr).toContain(`Không mở được thư mục dữ liệu ${home}`);
    expect(stderr).toContain('VSSID_HELPER_HOME');
    expect(stdout + stderr).not.toMatch(/không mong đợi|ENOTDIR/);
  });
});
