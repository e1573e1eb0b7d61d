import { jpegImage, pngImage } from '../../images.js';
import { tempFolder } from '../../temp.js';
import fs from 'node:fs';
import path from 'node:path';
import type { ClassProfile, StudentFields, StudentRecord } from '../../../src/core/record.js';
import type { Choice, Prompter } from '../../../src/ui/prompter.js';
import { DraftSession } from '../../../src/flows/register/session.js';
import type { WizardContext } from '../../../src/flows/register/context.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { createOutput, type Output } from '../../../src/ui/output.js';

/** A fresh folder per test, removed afterwards. */
export const tempDir = (): string => tempFolder('vssid-wizard-');

const JPEG = jpegImage(1600, 1200, { exif: true });
const PNG = pngImage(1200, 900);

/** Real JPEG and PNG photos of a phone camera's shape, as the photo check reads them. */
export function makePhotos(dir: string) {
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  return {
    front: write('mat-truoc.jpg', JPEG),
    back: write('mat-sau.png', PNG),
    // Another picture, not a copy of the front: copies are refused.
    portrait: write('chan dung.jpg', jpegImage(900, 1200, { progressive: true })),
    notImage: write('ghi-chu.jpg', Buffer.from('not an image at all')),
  };
}

/** Enter on an input: inquirer then answers the prompt's default. */
export const ENTER = '';

/** Ctrl+C at this prompt: what inquirer throws. */
export const INTERRUPT = Symbol('Ctrl+C');

export type Scripted =
  | string
  | boolean
  | { search: string; pick?: string }
  | { choose: string }
  | typeof INTERRUPT;

export interface PromptCall {
  kind: 'input' | 'select' | 'search' | 'confirm';
  message: string;
  default?: unknown;
  /** What validate() said to each refused answer, in order. */
  rejections: string[];
  /** For select and search: the choices offered (names). */
  offered?: string[];
  disabled?: string[];
}

/**
 * Answers prompts from a script, one entry per answer; an input answer that validate() refuses
 * is recorded and the next entry is typed instead, as a person would at a real prompt.
 */
export class ScriptedPrompter implements Prompter {
  readonly calls: PromptCall[] = [];
  readonly #script: Scripted[];
  readonly #before: ((call: PromptCall) => void) | undefined;

  constructor(script: Scripted[], before?: (call: PromptCall) => void) {
    this.#script = [...script];
    this.#before = before;
  }

  get remaining(): number {
    return this.#script.length;
  }

  get messages(): string[] {
    return this.calls.map((c) => c.message);
  }

  #next(call: PromptCall): Exclude<Scripted, typeof INTERRUPT> {
    if (this.#script.length === 0) throw new Error(`No scripted answer left for ${call.kind} "${call.message}"`);
    const answer = this.#script.shift() as Scripted;
    if (answer === INTERRUPT) {
      const error = new Error('User force closed the prompt with 0 null');
      error.name = 'ExitPromptError';
      throw error;
    }
    return answer;
  }

  #start(call: PromptCall): PromptCall {
    this.calls.push(call);
    this.#before?.(call);
    return call;
  }

  async input(options: { message: string; default?: string; validate?: (value: string) => string | true }) {
    const call = this.#start({ kind: 'input', message: options.message, default: options.default, rejections: [] });
    for (;;) {
      const answer = this.#next(call);
      if (typeof answer !== 'string') throw new Error(`Input "${options.message}" got ${JSON.stringify(answer)}`);
      const value = answer || options.default || '';
      const verdict = options.validate ? options.validate(value) : true;
      if (verdict === true) return value;
      call.rejections.push(verdict);
    }
  }

  /** The wizard never ticks several choices; a script reaching here is a test mistake. */
  async checkbox<T>(options: { message: string; choices: readonly Choice<T>[] }): Promise<T[]> {
    throw new Error(`Unexpected checkbox "${options.message}"`);
  }

  async confirm(options: { message: string; default?: boolean }) {
    const call = this.#start({ kind: 'confirm', message: options.message, default: options.default, rejections: [] });
    const answer = this.#next(call);
    if (typeof answer !== 'boolean') throw new Error(`Confirm "${options.message}" got ${JSON.stringify(answer)}`);
    return answer;
  }

  async select<T>(options: { message: string; choices: readonly Choice<T>[]; default?: T }) {
    const call = this.#start({
      kind: 'select',
      message: options.message,
      default: options.default,
      rejections: [],
      offered: options.choices.map((c) => c.name),
      disabled: options.choices.filter((c) => c.disabled).map((c) => c.name),
    });
    const answer = this.#next(call);
    if (typeof answer !== 'object' || !('choose' in answer)) {
      throw new Error(`Select "${options.message}" got ${JSON.stringify(answer)}`);
    }
    const choice = options.choices.find((c) => c.name === answer.choose) ?? options.choices.find((c) => c.name.includes(answer.choose));
    if (!choice) throw new Error(`Select "${options.message}" has no choice "${answer.choose}": ${call.offered?.join(' | ')}`);
    if (choice.disabled) throw new Error(`Select "${options.message}": "${choice.name}" is disabled`);
    return choice.value;
  }

  async search<T>(options: { message: string; source: (term: string) => readonly Choice<T>[] }) {
    const call = this.#start({ kind: 'search', message: options.message, rejections: [] });
    const answer = this.#next(call);
    if (typeof answer !== 'object' || !('search' in answer)) {
      throw new Error(`Search "${options.message}" got ${JSON.stringify(answer)}`);
    }
    const choices = options.source(answer.search);
    call.offered = choices.map((c) => c.name);
    call.disabled = choices.filter((c) => c.disabled).map((c) => c.name);
    const enabled = choices.filter((c) => !c.disabled);
    const choice = answer.pick === undefined ? enabled[0] : enabled.find((c) => c.name === answer.pick);
    if (!choice) throw new Error(`Search "${options.message}" for "${answer.search}" offers nothing to pick: ${call.offered.join(' | ')}`);
    return choice.value;
  }
}

/** An Output whose text is kept for assertions (stdout and stderr together, in order). */
export function captureOutput(): Output & { readonly text: string } {
  let text = '';
  const sink = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream;
  const output = createOutput({ color: false, stdout: sink, stderr: sink });
  return Object.defineProperty(output, 'text', { get: () => text }) as Output & { readonly text: string };
}

export const NOW = new Date('2026-03-02T02:00:00.000Z');

export interface Harness {
  home: string;
  store: Store;
  session: DraftSession;
  prompter: ScriptedPrompter;
  output: ReturnType<typeof captureOutput>;
  ctx: WizardContext;
}

/** A wizard context over a real store in `home`; `record` resumes a saved draft. */
export function harness(
  home: string,
  script: Scripted[],
  options: { record?: StudentRecord; profile?: Partial<ClassProfile>; before?: (call: PromptCall) => void; store?: Store } = {},
): Harness {
  const store = options.store ?? openStore({ home });
  // A class that chose its agency (the guide's, for an HCMC class): the wizard uses it for HCMC
  // students without a question. Since issue 9 a fresh profile has none; tests pass '' for that.
  store.setProfile({ receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh', ...options.profile });
  const session = new DraftSession(store, () => NOW, options.record);
  const prompter = new ScriptedPrompter(script, options.before);
  const output = captureOutput();
  const ctx: WizardContext = {
    output, prompter, session, profile: store.getProfile(), now: () => NOW,
    saveClassAgency: (receivingAgency) => store.setProfile({ receivingAgency }),
  };
  return { home, store, session, prompter, output, ctx };
}

/** The one record in a store opened afresh on `home`: what is on disk now. */
export function onDisk(home: string): StudentRecord | undefined {
  const records = openStore({ home }).list();
  if (records.length > 1) throw new Error(`Expected at most one record, found ${records.length}`);
  return records[0];
}

/** Every field of a registration as the wizard stores it (before the commitment). */
export function completeFields(photos: { front: string; back: string }): StudentFields {
  return {
    subjectType: 'individual',
    name: 'Nguyễn Văn An',
    bhxhCode: '7931234567',
    idNumber: '079204001234',
    frontPhoto: photos.front,
    backPhoto: photos.back,
    portraitPhoto: '',
    province: 'Thành phố Hồ Chí Minh',
    district: '',
    ward: 'Phường Sài Gòn',
    street: '12 Lê Lợi',
    contactPerson: 'Nguyễn Văn An',
    email: '',
    phone: '0912345678',
    channel: 'portal',
    receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh',
    submissionMethod: 'reception',
  };
}
