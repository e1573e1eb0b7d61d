import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPhotoFile, isSamePhoto, nodePhotoFiles } from '../../src/core/fields/photo.js';
import { FileTooLargeError, NotRegularFileError, openRegularFile, readRegularFile } from '../../src/core/regular-file.js';
import { jpegImage } from '../images.js';

const dir = mkdtempSync(join(tmpdir(), 'vssid-regular-'));
const writers: ChildProcess[] = [];
afterAll(() => {
  for (const writer of writers) writer.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Long enough that a read that waited for the writer is told from one that did not. */
const WRITER_DELAY_S = 2;

/**
 * A FIFO whose writer comes only after WRITER_DELAY_S: opening it for reading without O_NONBLOCK
 * waits that long (forever with no writer); so a test that would hang fails on its time instead.
 */
function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  writers.push(spawn('sh', ['-c', `sleep ${WRITER_DELAY_S}; exec 3>"$0"`, path], { stdio: 'ignore' }));
  return path;
}

/** What `run` throws, and how long it took (a hang would time the test out instead). */
function timed(run: () => unknown): { error: unknown; ms: number } {
  const started = performance.now();
  try {
    run();
    return { error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

describe.skipIf(process.platform === 'win32')('openRegularFile: never waits on what is not a regular file', () => {
  it('refuses a FIFO, a link to one, a device and a folder at once, by what the descriptor is', () => {
    const pipe = fifo('p.csv');
    symlinkSync(pipe, join(dir, 'l.xlsx'));
    mkdirSync(join(dir, 'folder.csv'));
    for (const [path, kind] of [[pipe, 'special'], [join(dir, 'l.xlsx'), 'special'], ['/dev/zero', 'special'], [join(dir, 'folder.csv'), 'directory']]) {
      const { error, ms } = timed(() => readRegularFile(path as string, 1024));
      expect(error).toBeInstanceOf(NotRegularFileError);
      expect((error as NotRegularFileError).kind).toBe(kind);
      expect(ms).toBeLessThan(WRITER_DELAY_S * 700);
    }
  });

  it('reads a regular file whole, and refuses it past the limit', () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'x'.repeat(100));
    expect(readRegularFile(path, 100)).toHaveLength(100);
    expect(timed(() => readRegularFile(path, 99)).error).toBeInstanceOf(FileTooLargeError);
    const { fd, size } = openRegularFile(path);
    expect(size).toBe(100);
    expect(fd).toBeGreaterThan(2);
  });

  it('a photo checked as a file and swapped for a FIFO before it is opened is refused, not waited on', () => {
    const pipe = fifo('mat-truoc.jpg');
    // The look said "a file of 100 KB"; by the time of the read a FIFO stands there.
    const raced = { ...nodePhotoFiles, stat: () => ({ isFile: true, size: 100_000 }) };
    const { error, ms } = timed(() => {
      const check = checkPhotoFile(pipe, raced);
      expect(check).toEqual({ ok: false, message: expect.stringMatching(/không phải một tệp .*đường ống/) });
    });
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(WRITER_DELAY_S * 700);

    const real = join(dir, 'mat-sau.jpg');
    writeFileSync(real, jpegImage(1600, 1200));
    const sameSize = { ...nodePhotoFiles, stat: () => ({ isFile: true, size: 100_000 }) };
    const compared = timed(() => expect(isSamePhoto(real, pipe, sameSize)).toBe(false));
    expect(compared.error).toBeUndefined();
    expect(compared.ms).toBeLessThan(WRITER_DELAY_S * 700);
  });
});
