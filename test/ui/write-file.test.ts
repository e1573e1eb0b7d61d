import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldOpen, writeUserFile } from '../../src/ui/write-file.js';
import { tempFolder } from '../temp.js';

const posix = process.platform !== 'win32';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writeUserFile', () => {
  it('writes the file owner-only and leaves no temporary file', () => {
    const dir = tempFolder();
    const target = writeUserFile(path.join(dir, 'lop.csv'), 'a,b\r\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\r\n');
    expect(fs.readdirSync(dir)).toEqual(['lop.csv']);
    if (posix) expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite without force, and replaces with it', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'lop.csv');
    fs.writeFileSync(target, 'old');
    expect(() => writeUserFile(target, 'new', { forceFlag: '--force' })).toThrow(/đã có.*|--force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    writeUserFile(target, 'new', { force: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it.runIf(posix)('a link planted at the old temporary name or at the target never receives the data', () => {
    const dir = tempFolder();
    const victim = path.join(tempFolder(), 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    const target = path.join(dir, 'lop.csv');
    // The predictable name of earlier versions, and a dangling link at the target itself.
    fs.symlinkSync(victim, path.join(dir, `.lop.csv.${process.pid}.tmp`));
    fs.symlinkSync(victim, target);
    expect(() => writeUserFile(target, 'secret')).toThrow(/đã có/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    // With --force the link itself is replaced by a file of ours; what it pointed to is not written.
    writeUserFile(target, 'secret', { force: true });
    expect(fs.lstatSync(target).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('secret');
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it.runIf(posix)('a dangling link at the target counts as a file there', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'lop.csv');
    const victim = path.join(dir, 'created-elsewhere.txt');
    fs.symlinkSync(victim, target);
    expect(() => writeUserFile(target, 'secret')).toThrow(/đã có/);
    expect(fs.existsSync(victim)).toBe(false);
  });

  // Node on Windows reports a FAT or exFAT drive's "no hard links" (ERROR_INVALID_FUNCTION) as EISDIR.
  it.each(['EISDIR', 'EPERM', 'ENOTSUP'])('a drive without hard links (link fails with %s) still gets a new file, and still refuses an existing one', (code) => {
    const dir = tempFolder();
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error(code), { code });
    });
    const target = writeUserFile(path.join(dir, 'lop.csv'), 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['lop.csv']);
    expect(() => writeUserFile(target, 'newer', { forceFlag: '--force' })).toThrow(/đã có/);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('on Windows a file that cannot be replaced is said to be open elsewhere; elsewhere it is a permission', () => {
    expect(['EPERM', 'EBUSY', 'EACCES'].map((code) => heldOpen(code, 'win32'))).toEqual([true, true, true]);
    expect(heldOpen('EPERM', 'linux')).toBe(false);
    expect(heldOpen('ENOSPC', 'win32')).toBe(false);
  });
});
