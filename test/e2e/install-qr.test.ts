import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/core/content/links.js';
import { decodeAll, qrTextBlocks } from '../qr-decode.js';
import { runCli } from './helpers.js';

describe('install', () => {
  it('without a terminal and no code named: the links, how to show a code, no code', () => {
    const { code, stdout } = runCli(['install']);
    expect(code).toBe(0);
    expect(qrTextBlocks(stdout)).toEqual([]);
    for (const url of [LINKS.appStore, LINKS.googlePlay, LINKS.webRegistration]) expect(stdout).toContain(url);
    expect(stdout).toContain('vssid-helper install android');
    expect(stdout).toContain('--light');
  });

  it.each([
    ['ios', LINKS.appStore],
    ['android', LINKS.googlePlay],
    ['web', LINKS.webRegistration],
  ])('install %s prints one code a phone can scan, on a dark and (with --light) a light background', (name, url) => {
    const dark = runCli(['install', name]);
    expect(dark.code).toBe(0);
    expect(decodeAll(dark.stdout, 'dark')).toEqual([url]);
    // The wrong background does not scan: that is why the flag exists.
    expect(decodeAll(dark.stdout, 'light')).toEqual([undefined]);
    expect(dark.stdout).toContain('thử --light');

    const light = runCli(['install', name, '--light']);
    expect(decodeAll(light.stdout, 'light')).toEqual([url]);
    expect(decodeAll(light.stdout, 'dark')).toEqual([undefined]);
    expect(light.stdout).toContain('thử --dark');
  });

  it('draws the 4-module quiet zone itself: two lit lines above and four lit columns beside, on dark', () => {
    const [block = []] = qrTextBlocks(runCli(['install', 'android']).stdout);
    expect(block.slice(0, 2).every((line) => /^█+$/.test(line))).toBe(true);
    expect(block.every((line) => line.startsWith('████') && line.endsWith('████'))).toBe(true);
  });

  it('takes the background from COLORFGBG when the terminal sets it', () => {
    const { stdout } = runCli(['install', 'web'], { env: { COLORFGBG: '0;15' } });
    expect(decodeAll(stdout, 'light')).toEqual([LINKS.webRegistration]);
    expect(decodeAll(runCli(['install', 'web'], { env: { COLORFGBG: '15;default;0' } }).stdout, 'dark')).toEqual([LINKS.webRegistration]);
  });

  it('refuses an unknown code name and both backgrounds at once (usage, exit 2)', () => {
    const unknown = runCli(['install', 'windows']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Không có mã QR 'windows'");
    expect(runCli(['install', 'ios', '--light', '--dark']).code).toBe(2);
  });
});
