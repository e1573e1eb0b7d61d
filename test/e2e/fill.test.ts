/** `fill` and `fill --cards` without a terminal: what a script or CI sees. */
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { seedReady, STUDENTS } from './fill-fixture.js';
import { runCli, tempHome } from './helpers.js';
import { flat } from '../flat.js';

describe('start-up', () => {
  it('loads the clipboard library only in the walk, never for --cards or the other commands', () => {
    const meta = JSON.parse(readFileSync(new URL('../../build-meta.json', import.meta.url), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string }[]; entryPoint?: string }>;
    };
    const holding = Object.entries(meta.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => i.includes('node_modules/clipboardy/')));
    expect(holding).toHaveLength(1);
    const [clipboardyFile] = holding[0]!;
    // Every way to it is a dynamic import(), from ui/clipboard.ts alone.
    const importers = Object.entries(meta.outputs).filter(([, o]) => o.imports.some((i) => i.path === clipboardyFile));
    expect(importers.flatMap(([, o]) => o.imports.filter((i) => i.path === clipboardyFile).map((i) => i.kind))).toEqual(['dynamic-import']);
    expect(Object.keys(importers[0]![1].inputs)).toContain('src/ui/clipboard.ts');
  });
});

describe('fill without a terminal', () => {
  it('says what to run instead at once, and changes nothing', () => {
    const home = tempHome();
    seedReady(home);
    const before = readFileSync(join(home, 'data.json'), 'utf8');
    const { code, stdout, stderr } = runCli(['fill'], { home });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(flat(stderr)).toContain('không có terminal');
    expect(flat(stderr)).toContain('fill --cards --out the-nhap.html');
    expect(readFileSync(join(home, 'data.json'), 'utf8')).toBe(before);
  });

  it('refuses a draft with what the list calls missing, and a student whose photo moved', () => {
    const home = tempHome();
    const [first] = seedReady(home);
    const store = openStore({ home });
    const chi = store.create({ name: 'Lê Minh Chi', bhxhCode: '7931234569' });
    store.save(chi);
    const refused = runCli(['fill', '--cards', chi.id], { home });
    expect(refused.code).toBe(1);
    // The list's own column, word for word.
    expect(runCli(['list'], { home, env: { COLUMNS: '200' } }).stdout).toContain('số giấy tờ, ảnh trước, ảnh sau, tỉnh, phường/xã, số nhà, SĐT');
    expect(flat(refused.stderr)).toContain('Còn thiếu: số giấy tờ, ảnh trước, ảnh sau, tỉnh, phường/xã, số nhà, SĐT');
    expect(flat(refused.stderr)).toContain(`register --resume ${chi.id}`);
    renameSync(first!.fields.frontPhoto!, `${first!.fields.frontPhoto}.bak`);
    const moved = runCli(['fill', '--cards', first!.id], { home });
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain('Không tìm thấy tệp');
    expect(moved.stderr).toContain(`status ${first!.id} reopened`);
  });
});

describe('fill --cards', () => {
  it('writes the page, warns it holds personal data, refuses to overwrite without --force', () => {
    const home = tempHome();
    const [first, second] = seedReady(home, { confirmSecondPhone: true });
    const out = join(home, 'the-nhap.html');
    const made = runCli(['fill', '--cards', '--out', out], { home });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Đã lập thẻ nhập liệu cho 2 học sinh');
    expect(made.stderr).toContain('dữ liệu cá nhân');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('793 123 4567');
    expect(html).toContain('079 204 001 234');
    expect(html).toContain('0912 345 678');
    expect(html).toContain('mat truoc.jpg');
    expect(html).toContain(`data-id="${first!.id}"`);
    expect(html).toContain(`data-id="${second!.id}"`);
    expect(statSync(out).mode & 0o077).toBe(0);
    const again = runCli(['fill', '--cards', '--out', out], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(runCli(['fill', '--cards', '--out', out, '--force'], { home }).code).toBe(0);
  });

  it('leaves out a student whose phone was typed only once, saying how to confirm it', () => {
    const home = tempHome();
    const [, second] = seedReady(home);
    const made = runCli(['fill', '--cards', '--json'], { home });
    expect(made.code).toBe(0);
    const result = JSON.parse(made.stdout) as { count: number; skipped: string[]; path: string };
    expect(result).toMatchObject({ count: 1, skipped: [second!.id] });
    expect(made.stderr).toContain(`fill ${second!.id}`);
    expect(readFileSync(result.path, 'utf8')).not.toContain(STUDENTS[1].phone.slice(0, 4) + ' ');
  });

  it('without --out writes under the data folder, and purge removes what it wrote there', () => {
    const home = tempHome();
    seedReady(home, { confirmSecondPhone: true });
    const made = runCli(['fill', '--cards', '--json'], { home });
    const { path } = JSON.parse(made.stdout) as { path: string };
    expect(path.startsWith(join(home, 'the-nhap'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    const purged = runCli(['purge', '--done-before', '2026-01-01', '--yes', '--json'], { home });
    expect(purged.code).toBe(0);
    expect(JSON.parse(purged.stdout)).toMatchObject({ removed: 0, cards: [path] });
    expect(existsSync(path)).toBe(false);
    expect(openStore({ home }).list()).toHaveLength(2);
  });
});
