import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withSpinner } from '../../src/ui/spinner.js';

/** A stream that says it is a terminal (or not), keeping what is written to it. */
function terminal(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), {
    isTTY,
    columns: 80,
    written: '',
    // What ora calls on a tty.WriteStream to redraw its line.
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
  });
  stream.written = '';
  stream.on('data', (chunk: Buffer) => (stream.written += chunk.toString()));
  return stream;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const env = { TERM: 'xterm' };

describe('withSpinner', () => {
  it('shows nothing when not enabled (--json), even on a terminal, and returns the work', async () => {
    const stream = terminal(true);
    const result = await withSpinner('Đang đọc', async () => (await sleep(80), 42), { enabled: false, delayMs: 0, stream: stream as never, env });
    expect(result).toBe(42);
    expect(stream.written).toBe('');
  });

  it('shows nothing on a pipe or a file', async () => {
    const stream = terminal(false);
    await withSpinner('Đang đọc', () => sleep(80), { enabled: true, delayMs: 0, stream: stream as never, env });
    expect(stream.written).toBe('');
  });

  it('shows nothing over work shorter than the delay', async () => {
    const stream = terminal(true);
    await withSpinner('Đang đọc', () => sleep(10), { enabled: true, delayMs: 300, stream: stream as never, env });
    await sleep(400);
    expect(stream.written).toBe('');
  });

  it('shows the label on a terminal once the work has lasted, and stops with it', async () => {
    const stream = terminal(true);
    await withSpinner('Đang đọc danh sách', () => sleep(400), { enabled: true, delayMs: 50, stream: stream as never, env });
    expect(stream.written).toContain('Đang đọc danh sách');
    const after = stream.written.length;
    await sleep(200);
    expect(stream.written.length).toBe(after);
  });

  it('gives the work\'s error, with the spinner stopped', async () => {
    const stream = terminal(true);
    const failing = withSpinner('Đang đọc', async () => {
      await sleep(100);
      throw new Error('hỏng');
    }, { enabled: true, delayMs: 0, stream: stream as never, env });
    await expect(failing).rejects.toThrow('hỏng');
    const after = stream.written.length;
    await sleep(200);
    expect(stream.written.length).toBe(after);
  });
});
