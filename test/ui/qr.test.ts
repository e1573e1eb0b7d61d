import { describe, expect, it } from 'vitest';
import { detectBackground, layoutQr, QUIET_ZONE, qrModules, renderQr } from '../../src/ui/qr.js';
import { decodeQrText } from '../qr-decode.js';

const URL = 'https://play.google.com/store/apps/details?id=com.vss.vssid';

describe('detectBackground', () => {
  it.each([
    ['15;0', 'dark'],
    ['0;15', 'light'],
    ['15;default;0', 'dark'],
    ['0;7', 'light'],
    ['7;8', 'dark'],
    ['12;4', 'dark'],
    [undefined, undefined],
    ['default;default', undefined],
  ] as const)('COLORFGBG=%s → %s', (value, expected) => {
    expect(detectBackground(value === undefined ? {} : { COLORFGBG: value })).toBe(expected);
  });
});

describe('renderQr and layoutQr', () => {
  it('puts the quiet zone around the code, lit on dark and blank on light', async () => {
    const modules = await qrModules(URL);
    expect(modules.length).toBe(33); // version 4 at level L
    const size = modules.length + 2 * QUIET_ZONE;
    const dark = renderQr(modules, 'dark');
    expect(dark).toHaveLength(Math.ceil(size / 2));
    expect(dark.every((line) => [...line].length === size)).toBe(true);
    expect(dark[0]).toBe('█'.repeat(size));
    const light = renderQr(modules, 'light');
    expect(light[0]).toBe(' '.repeat(size));
    expect(light.every((line) => line.startsWith('    ') && line.endsWith('    '))).toBe(true);
    expect(decodeQrText(dark, 'dark')).toBe(URL);
    expect(decodeQrText(light, 'light')).toBe(URL);
  });

  it('chooses twice the size only when a terminal has room, and says what it needs when nothing fits', async () => {
    const modules = await qrModules(URL);
    expect(layoutQr(modules, 'dark', {})).toMatchObject({ fits: true, lines: { length: 21 } });
    expect(layoutQr(modules, 'dark', { columns: 80, rows: 21 })).toMatchObject({ fits: true, lines: { length: 21 } });
    const big = layoutQr(modules, 'light', { columns: 120, rows: 45 });
    expect(big).toMatchObject({ fits: true, lines: { length: 41 } });
    expect(big.fits && decodeQrText(big.lines, 'light')).toBe(URL);
    expect(layoutQr(modules, 'dark', { columns: 80, rows: 20 })).toEqual({ fits: false, needColumns: 41, needRows: 21 });
    expect(layoutQr(modules, 'dark', { columns: 40, rows: 60 })).toMatchObject({ fits: false });
  });
});
