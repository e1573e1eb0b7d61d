import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeUserFile } from '../../src/ui/write-file.js';
import { tempFolder } from '../temp.js';

describe('writeUserFile', () => {
  it('writes through a temporary file that does not stay behind, readable by the owner only', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'lớp "12A1".html');
    expect(writeUserFile(target, 'Xin chào')).toBe(target);
    expect(fs.readFileSync(target, 'utf8')).toBe('Xin chào');
    expect(fs.readdirSync(dir)).toEqual(['lớp "12A1".html']);
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('never overwrites without force, and says which flag allows it', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'bao-cao.html');
    fs.writeFileSync(target, 'cũ');
    expect(() => writeUserFile(target, 'mới', { forceFlag: '--force' })).toThrow(UserError);
    expect(() => writeUserFile(target, 'mới', { forceFlag: '--force' })).toThrow(/đã có/);
    expect(fs.readFileSync(target, 'utf8')).toBe('cũ');
    writeUserFile(target, 'mới', { force: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.html']);
  });

  it('a file that appears between the check and the write is not replaced either', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'bao-cao.html');
    const link = fs.linkSync;
    const spy = vi.spyOn(fs, 'linkSync').mockImplementation((from, to) => {
      fs.writeFileSync(to, 'của người khác');
      return link(from, to);
    });
    try {
      expect(() => writeUserFile(target, 'mới')).toThrow(/đã có/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('của người khác');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.html']);
  });

  it('retries a rename that Windows refuses for a moment (antivirus, preview pane)', () => {
    const dir = tempFolder();
    const target = path.join(dir, 'bao-cao.html');
    fs.writeFileSync(target, 'cũ');
    const rename = fs.renameSync;
    let calls = 0;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      calls += 1;
      if (calls < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return rename(from, to);
    });
    try {
      writeUserFile(target, 'mới', { force: true });
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(3);
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
  });
});
