import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowChoices } from '../../src/commands/troubleshoot/full.js';
import { withSupportEmail } from '../../src/core/content/index.js';
import { LINKS, troubleshootingRow, type TroubleshootingRow } from '../../src/core/content/index.js';
import { supportEmailOf } from '../../src/core/support/index.js';
import { openStore } from '../../src/store/store.js';

/** The lookup `troubleshoot 3` makes: a read-only open of the store. */
const savedSupportEmail = (env: NodeJS.ProcessEnv) => supportEmailOf(openStore({ env, readOnly: true }).storedProfile());

const row = (n: number) => troubleshootingRow(n) as TroubleshootingRow;
const numbers = (term: string) => rowChoices(term).map((c) => c.value?.number);

describe('the interactive select', () => {
  it('a bare number puts its row first, before rows that only mention the number', () => {
    expect(numbers('3')[0]).toBe(3);
    expect(numbers(' 6 ')[0]).toBe(6);
    expect(numbers('')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A number that is no row searches as a word: "72" is the hours of rows 4 and 5.
    expect(numbers('72')).toEqual(expect.arrayContaining([4, 5]));
  });

  it('no match is a Vietnamese line that cannot be chosen', () => {
    expect(rowChoices('xyzzy')).toEqual([{ name: 'Không có tình huống nào khớp;', value: undefined, disabled: 'thử từ khóa khác' }]);
  });
});

describe('row 3 with the class’s support address', () => {
  it('replaces the guide’s address in the text and the mailto link; other rows are untouched', () => {
    const mine = withSupportEmail(row(3), 'hotro@truong.edu.vn');
    expect(mine.solution).toContain('gửi e-mail đến hotro@truong.edu.vn');
    expect(mine.solution).not.toContain(LINKS.supportEmail);
    expect(mine.links).toEqual(['mailto:hotro@truong.edu.vn']);
    expect(row(3).solution).toContain(LINKS.supportEmail);
    expect(withSupportEmail(row(5), 'hotro@truong.edu.vn')).toBe(row(5));
    expect(withSupportEmail(row(3), undefined)).toBe(row(3));
  });

  it('reads the address from the data file without creating or changing anything', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vssid-peek-'));
    const env = { VSSID_HELPER_HOME: path.join(home, 'data') };
    expect(savedSupportEmail(env)).toBeUndefined();
    expect(fs.existsSync(env.VSSID_HELPER_HOME)).toBe(false);
    fs.mkdirSync(env.VSSID_HELPER_HOME);
    const file = path.join(env.VSSID_HELPER_HOME, 'data.json');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [], profile: {} }));
    expect(savedSupportEmail(env)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [], profile: { supportEmail: 'hotro@truong.edu.vn' } }));
    expect(savedSupportEmail(env)).toBe('hotro@truong.edu.vn');
    fs.writeFileSync(file, '{ broken');
    expect(savedSupportEmail(env)).toBeUndefined();
    expect(fs.readdirSync(env.VSSID_HELPER_HOME)).toEqual(['data.json']);
    fs.rmSync(home, { recursive: true, force: true });
  });
});
