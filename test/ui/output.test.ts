import { describe, expect, it } from 'vitest';
import { createOutput } from '../../src/ui/output.js';

/** A stream that records each write, tagged with its name, in the order they came. */
function recorder(name: string, log: string[]) {
  return { write: (chunk: string) => void log.push(`${name}:${chunk}`) } as unknown as NodeJS.WritableStream;
}

describe('batch', () => {
  it('writes the lines of a batch at once, at its end', () => {
    const log: string[] = [];
    const output = createOutput({ color: false, stdout: recorder('out', log), stderr: recorder('err', log) });
    output.line('trước');
    output.batch(() => {
      for (let i = 0; i < 3; i++) output.line(`dòng ${i}`);
      expect(log).toEqual(['out:trước\n']);
    });
    expect(log).toEqual(['out:trước\n', 'out:dòng 0\ndòng 1\ndòng 2\n']);
  });

  it('a notice in the middle comes after the lines before it, as without a batch', () => {
    const log: string[] = [];
    const output = createOutput({ color: false, stdout: recorder('out', log), stderr: recorder('err', log) });
    output.batch(() => {
      output.line('một');
      output.warn('cảnh báo');
      output.line('hai');
      output.batch(() => output.line('ba'));
    });
    expect(log).toEqual(['out:một\n', 'err:⚠ cảnh báo\n', 'out:hai\nba\n']);
  });

  it('what was gathered is written even when the batch throws', () => {
    const log: string[] = [];
    const output = createOutput({ color: false, stdout: recorder('out', log), stderr: recorder('err', log) });
    expect(() =>
      output.batch(() => {
        output.line('đã in');
        throw new Error('hỏng');
      }),
    ).toThrow('hỏng');
    expect(log).toEqual(['out:đã in\n']);
    output.line('sau');
    expect(log).toEqual(['out:đã in\n', 'out:sau\n']);
  });
});
