import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentOwner, parseOwner, tryCreateLock } from '../../src/store/lock.js';
import { tempFolder } from '../temp.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the lock on a drive without hard links', () => {
  // Node on Windows reports a FAT or exFAT drive's "no hard links" (ERROR_INVALID_FUNCTION) as EISDIR.
  it.each(['EISDIR', 'EPERM', 'ENOTSUP'])('is still taken once (link fails with %s), with its owner in it', (code) => {
    const lock = path.join(tempFolder(), 'data.json.lock');
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error(code), { code });
    });
    const owner = currentOwner();
    expect(tryCreateLock(lock, owner)).toBe(true);
    expect(parseOwner(fs.readFileSync(lock, 'utf8'))).toEqual(owner);
    expect(tryCreateLock(lock, owner)).toBe(false);
    expect(fs.readdirSync(path.dirname(lock))).toEqual(['data.json.lock']);
  });
});
