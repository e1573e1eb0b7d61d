import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { calendarDay, cause, exportFormat, formFields, InvalidArgumentError, studentState } from '../../src/commands/options.js';
import { usageMessage } from '../../src/ui/usage.js';

/** The message a person reads for a command line refused while commander parses it. */
function refusal(program: Command, argv: string[]): string {
  program.exitOverride().configureOutput({ outputError: () => {} });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return usageMessage(code, message);
  }
  throw new Error('accepted');
}

describe('option rules', () => {
  it('read what people type, in any case and without diacritics', () => {
    expect(exportFormat(' JSON ')).toBe('json');
    expect(calendarDay('30/06/2026')).toBe('2026-06-30');
    expect(studentState('san sang')).toBe('ready');
    expect(studentState('file number')).toBe('file-number');
    expect(formFields('anh truoc')).toEqual(['frontPhoto']);
    expect(formFields('sdt')).toEqual(['phone']);
    expect(cause('Wrong-Phone')).toBe('wrong-phone');
  });

  it('refuse the rest with commander’s error, worded in Vietnamese', () => {
    for (const [rule, text] of [[exportFormat, 'xlsx'], [calendarDay, '31/02/2026'], [studentState, 'xyz'], [formFields, 'zzz'], [cause, 'maybe']] as const) {
      expect(() => rule(text)).toThrow(InvalidArgumentError);
      expect(() => rule(text)).toThrow(/[à-ỹ]/);
    }
  });
});

describe('usage errors from commander, said in Vietnamese', () => {
  it('a rule’s refusal is its own message, without commander’s English', () => {
    const program = new Command('x').option('--format <dạng>', '', exportFormat);
    expect(refusal(program, ['--format', 'xlsx'])).toBe('Không có dạng xuất «xlsx». Chọn một trong: csv, json.');
  });

  it('commander’s own choices and conflicts', () => {
    const choices = new Command('x').addOption(new Option('--cause <c>').choices(['failed', 'wrong-phone']));
    expect(refusal(choices, ['--cause', 'maybe'])).toBe('«--cause <c>» không nhận «maybe». Chọn một trong: failed, wrong-phone.');
    const both = new Command('x').addOption(new Option('--light').conflicts('dark')).option('--dark');
    expect(refusal(both, ['--dark', '--light'])).toBe('Không dùng được «--light» cùng với «--dark»: chỉ chọn một.');
  });
});
