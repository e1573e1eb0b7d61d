import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/ui/prompter.js';

describe('parseYesNo (the terminal yes/no prompt)', () => {
  it('reads Vietnamese and English answers, with or without diacritics', () => {
    for (const yes of ['c', 'C', 'có', 'co', 'Có', 'y', 'yes', 'đúng', 'ok']) expect(parseYesNo(yes, false)).toBe(true);
    for (const no of ['k', 'không', 'khong', 'KHÔNG', 'ko', 'n', 'no', 'sai']) expect(parseYesNo(no, true)).toBe(false);
  });

  it('takes Enter as the default, and anything else as no answer (so "không" is never a yes)', () => {
    expect(parseYesNo('', true)).toBe(true);
    expect(parseYesNo('  ', false)).toBe(false);
    expect(parseYesNo('không chắc', true)).toBeUndefined();
    expect(parseYesNo('x', true)).toBeUndefined();
  });
});
