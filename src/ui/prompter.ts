import { checkbox, input, search, select } from '@inquirer/prompts';
import { foldForSearch } from '../core/text.js';

/**
 * Every prompt of the tool, behind an interface so flows are tested with scripted answers.
 * Load this module with a dynamic import(): only commands that ask anything pay for inquirer.
 */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  disabled?: boolean | string;
}

export interface Prompter {
  input(options: { message: string; default?: string; validate?: (value: string) => string | true }): Promise<string>;
  select<T>(options: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  search<T>(options: { message: string; source: (term: string) => readonly Choice<T>[] }): Promise<T>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Several choices ticked with the space bar. */
  checkbox<T>(options: { message: string; choices: readonly Choice<T>[] }): Promise<T[]>;
}

const KEY_NAMES: Record<string, string> = {
  navigate: 'di chuyển',
  select: 'chọn',
  all: 'chọn hết',
  invert: 'đảo lựa chọn',
  submit: 'xong',
};

/** inquirer writes "(disabled)" beside a choice that cannot be taken; ours says it in Vietnamese. */
const DISABLED = '(không chọn được)';
const vietnameseDisabled = <T>(choices: readonly Choice<T>[]): Choice<T>[] =>
  choices.map((choice) => (choice.disabled === true ? { ...choice, disabled: DISABLED } : choice));

/** inquirer speaks English in its key tips and yes/no answers; ours speak Vietnamese. */
const theme = {
  style: {
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${KEY_NAMES[action] ?? action}`).join(' • '),
  },
};

const YES = new Set(['c', 'co', 'y', 'yes', 'dung', 'ok']);
const NO = new Set(['k', 'ko', 'khong', 'n', 'no', 'sai']);

/**
 * A yes/no answer typed in Vietnamese or English ("có", "c", "không", "k", "y", "n"); blank is
 * the default; anything else is undefined. inquirer's confirm reads only y/n and takes anything
 * else (such as "không") as the default, which for "Bạn cam kết…?" would be a yes.
 */
export function parseYesNo(raw: string, fallback: boolean): boolean | undefined {
  const key = foldForSearch(raw);
  if (key === '') return fallback;
  return YES.has(key) ? true : NO.has(key) ? false : undefined;
}

export const YES_NO_HELP = 'Gõ c (có) hoặc k (không); Enter để chọn câu trả lời viết hoa.';

/**
 * inquirer's search answers Enter with the list it had before the last keys were filtered in, so
 * text pasted (or typed fast) with its Enter picked the first row of the unfiltered list while the
 * screen showed the filtered one. The answer must come from the latest list: when it doesn't, the
 * first row of that list is what the screen showed selected.
 */
async function searchSettled<T>(options: { message: string; source: (term: string) => readonly Choice<T>[] }): Promise<T> {
  let latest: readonly Choice<T>[] = [];
  const value = await search<T>({
    message: options.message,
    source: (term) => {
      latest = options.source(term ?? '');
      return [...latest];
    },
    pageSize: 10,
    theme,
  });
  if (latest.some((choice) => choice.value === value && !choice.disabled)) return value;
  const shown = latest.find((choice) => !choice.disabled);
  return shown ? shown.value : value;
}

export const prompter: Prompter = {
  input: (options) => input(options),
  select: (options) => select({ ...options, choices: vietnameseDisabled(options.choices), pageSize: 12, loop: false, theme }),
  search: (options) => searchSettled({ ...options, source: (term) => vietnameseDisabled(options.source(term)) }),
  checkbox: (options) => checkbox({ ...options, choices: vietnameseDisabled(options.choices), pageSize: 15, loop: false, theme }),
  confirm: async ({ message, default: fallback = true }) => {
    const answer = await input({
      message: `${message} ${fallback ? '(C/k)' : '(c/K)'}`,
      validate: (value) => parseYesNo(value, fallback) !== undefined || YES_NO_HELP,
      transformer: (value, { isFinal }) => (isFinal ? (parseYesNo(value, fallback) ? 'Có' : 'Không') : value),
    });
    return parseYesNo(answer, fallback) ?? fallback;
  },
};
