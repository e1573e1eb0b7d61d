import type { FieldKey } from '../../core/record.js';

export type QuestionKind = 'text' | 'province' | 'ward' | 'photo' | 'phone';

export interface Question {
  key: FieldKey;
  kind: QuestionKind;
  /** The command-line flag that answers it without a prompt. */
  flag: string;
  required: boolean;
}

/** The questions the wizard asks, in the form's order. */
export const QUESTIONS: readonly Question[] = [
  { key: 'name', kind: 'text', flag: '--name', required: true },
  { key: 'bhxhCode', kind: 'text', flag: '--bhxh', required: true },
  { key: 'idNumber', kind: 'text', flag: '--id-number', required: true },
  { key: 'frontPhoto', kind: 'photo', flag: '--front', required: true },
  { key: 'backPhoto', kind: 'photo', flag: '--back', required: true },
  { key: 'portraitPhoto', kind: 'photo', flag: '--portrait', required: false },
  { key: 'province', kind: 'province', flag: '--province', required: true },
  { key: 'district', kind: 'text', flag: '--district', required: false },
  { key: 'ward', kind: 'ward', flag: '--ward', required: true },
  { key: 'street', kind: 'text', flag: '--street', required: true },
  { key: 'contactPerson', kind: 'text', flag: '--contact', required: true },
  { key: 'email', kind: 'text', flag: '--email', required: false },
  { key: 'phone', kind: 'phone', flag: '--phone', required: true },
];

/** Answered from the class profile, not asked; the review screen can still change them. */
export const PROFILE_FIELDS = [
  { key: 'receivingAgency', flag: '--agency' },
  { key: 'submissionMethod', flag: '--submission' },
] as const satisfies readonly { key: FieldKey; flag: string }[];

export const questionFor = (key: FieldKey): Question | undefined => QUESTIONS.find((q) => q.key === key);

/** Every flag that answers a question, with the option name commander gives it (`--id-number` → idNumber). */
export const ANSWER_FLAGS = [...QUESTIONS, ...PROFILE_FIELDS].map(({ key, flag }) => ({
  key,
  flag,
  option: flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
}));
