import { describe, expect, it } from 'vitest';
import { hasDisplay, openClipboard, type Backend } from '../../src/ui/clipboard.js';

/** A clipboard that remembers what it holds, and can be made to fail. */
function fakeBackend(options: { fail?: boolean } = {}): Backend & { held: string; writes: string[] } {
  const backend = {
    held: 'before',
    writes: [] as string[],
    async write(text: string) {
      if (options.fail) throw new Error("Can't open display");
      backend.held = text;
      backend.writes.push(text);
    },
    writeSync(text: string) {
      backend.held = text;
      backend.writes.push(text);
    },
  };
  return backend;
}

describe('hasDisplay', () => {
  it.each([
    [{}, 'linux', false],
    [{ DISPLAY: ':0' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{ SSH_CONNECTION: '1 2 3 4' }, 'linux', false],
    [{ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', true],
    [{}, 'win32', true],
    [{}, 'darwin', true],
  ] as const)('%j on %s → %s', (env, platform, expected) => {
    expect(hasDisplay(env, platform)).toBe(expected);
  });
});

describe('openClipboard', () => {
  it('writes, then leaves nothing behind on close', async () => {
    const backend = fakeBackend();
    const clipboard = await openClipboard({ disabled: false, env: { DISPLAY: ':0' }, backend });
    expect(clipboard.reason).toBeUndefined();
    expect(await clipboard.write('0912345678')).toBe(true);
    expect(backend.held).toBe('0912345678');
    await clipboard.close();
    expect(backend.held).toBe('');
  });

  it('does not touch a clipboard it never wrote to', async () => {
    const backend = fakeBackend();
    const clipboard = await openClipboard({ disabled: false, env: { DISPLAY: ':0' }, backend });
    await clipboard.close();
    expect(backend.writes).toEqual([]);
    expect(backend.held).toBe('before');
  });

  it('--no-clipboard and no display: nothing is tried, and the reason is said', async () => {
    const backend = fakeBackend();
    const disabled = await openClipboard({ disabled: true, env: { DISPLAY: ':0' }, backend });
    expect(disabled.reason).toBe('disabled');
    expect(await disabled.write('x')).toBe(false);
    await disabled.close();
    const headless = await openClipboard({ disabled: false, env: {}, backend });
    expect(headless.reason).toBe('no-display');
    expect(await headless.write('x')).toBe(false);
    await headless.close();
    expect(backend.writes).toEqual([]);
  });

  it('a clipboard that fails is reported, not thrown', async () => {
    const clipboard = await openClipboard({ disabled: false, env: { DISPLAY: ':0' }, backend: fakeBackend({ fail: true }) });
    expect(await clipboard.write('x')).toBe(false);
    expect(clipboard.reason).toBe('failed');
    await clipboard.close();
  });

  it('wipes the value if the process exits while it is held', async () => {
    const backend = fakeBackend();
    const clipboard = await openClipboard({ disabled: false, env: { DISPLAY: ':0' }, backend });
    await clipboard.write('079204001234');
    // The listener it added, called as Node would at exit (emitting 'exit' would reach the test runner's too).
    (process.listeners('exit').at(-1) as (code: number) => void)(0);
    expect(backend.held).toBe('');
    await clipboard.close();
  });
});
