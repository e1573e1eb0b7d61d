import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { guardAccess } from '../../src/store/folder.js';

const DATA = '/home/an/.config/vssid-helper/data.json';
const renameError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: rename`), { code, syscall: 'rename', path: '/home/an/.config/vssid-helper/.data.json.x1.tmp' });
const caught = (error: unknown): UserError => {
  try {
    guardAccess(DATA, () => {
      throw error;
    });
  } catch (thrown) {
    return thrown as UserError;
  }
  throw new Error('guardAccess did not throw');
};

afterEach(() => vi.unstubAllGlobals());

describe('guardAccess', () => {
  it("names the data file, not the writer's temporary file, when a rename fails", () => {
    const error = caught(renameError('EACCES'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(DATA);
    expect(error.message).not.toContain('.tmp');
  });

  it('on Windows, a rename refused because another program holds the file says so', () => {
    vi.stubGlobal('process', { ...process, platform: 'win32' });
    for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
      const error = caught(renameError(code));
      expect(error.message).toContain('đang mở trong một chương trình khác');
      expect(error.message).toContain(DATA);
    }
  });

  it('other errors name the path the system named, and unknown codes pass through', () => {
    const open = Object.assign(new Error('EACCES: open'), { code: 'EACCES', syscall: 'open', path: '/home/an/.config' });
    expect(caught(open).message).toContain('/home/an/.config');
    const odd = Object.assign(new Error('EWHAT'), { code: 'EWHAT' });
    expect(caught(odd)).toBe(odd);
  });
});
