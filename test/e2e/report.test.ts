import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOW, seedClass } from './class-fixture.js';
import { runCli, tempHome } from './helpers.js';

describe('report', () => {
  let home: string;
  const run = (args: string[]) => runCli(args, { home, env: { VSSID_HELPER_NOW: NOW } });
  beforeAll(() => {
    home = tempHome();
    seedClass(home, { className: '12A1' });
  });

  it('writes lop-12a1.html by default, masked, and says how to open and print it', () => {
    const result = runCli(['report'], { home, cwd: home, env: { VSSID_HELPER_NOW: NOW } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Đã lập báo cáo 40 học sinh: ${join(home, 'lop-12a1.html')}`);
    expect(result.stdout).toContain('Ctrl+P');
    expect(result.stderr).toBe('');
    const json = run(['report', '--json', '--out', join(home, 'a.html')]);
    expect(JSON.parse(json.stdout)).toMatchObject({ path: join(home, 'a.html'), count: 40, masked: true, className: '12A1' });
    const html = readFileSync(join(home, 'a.html'), 'utf8');
    expect(html).toContain('••••••0100');
    expect(html).not.toContain('7900000100');
    expect(html).not.toContain('079204010000');
  });

  it('--unmask shows the numbers and warns', () => {
    const result = run(['report', '--unmask', '--out', join(home, 'b.html')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã lập báo cáo 40 học sinh');
    expect(result.stderr.replace(/\s+/g, ' ')).toContain('Bỏ --unmask');
    expect(readFileSync(join(home, 'b.html'), 'utf8')).toContain('7900000100');
  });

  it('refuses to overwrite without --force, and replaces with it', () => {
    const target = join(home, 'c.html');
    writeFileSync(target, 'cũ');
    const refused = run(['report', '--out', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('cũ');
    expect(run(['report', '--out', target, '--force']).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('an empty store or an unknown class is refused in Vietnamese', () => {
    const empty = runCli(['report', '--out', join(home, 'd.html')], { home: tempHome() });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('Chưa có học sinh nào để báo cáo');
    const unknown = run(['report', '--class', '12B9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Không có học sinh nào của lớp '12B9'");
  });
});
