/// <reference lib="dom" />
/** The form's elements, built with the DOM (never from HTML strings), in the official form's order. */
import { FORM_TEXT } from '../core/content/registration.js';
import { FIELD_LABELS } from '../core/fields/messages.js';
import { PROVINCES } from '../core/provinces.js';
import type { SubmissionField } from '../core/collect/submission.js';
import { pageMessages as P } from './messages.js';

export type Box = { input: HTMLInputElement | HTMLSelectElement; messages: HTMLElement };

interface TextSpec {
  type: 'text' | 'email' | 'tel';
  inputMode: string;
  autocomplete: string;
  required: boolean;
  help?: string;
  label?: string;
  autocapitalize?: string;
}

const TEXT: Partial<Record<SubmissionField, TextSpec>> = {
  name: { type: 'text', inputMode: 'text', autocomplete: 'name', required: true, autocapitalize: 'words' },
  bhxhCode: { type: 'text', inputMode: 'text', autocomplete: 'off', required: true, help: P.bhxhHelp, autocapitalize: 'characters' },
  idNumber: { type: 'text', inputMode: 'text', autocomplete: 'off', required: true, autocapitalize: 'characters' },
  district: { type: 'text', inputMode: 'text', autocomplete: 'address-level2', required: false, help: P.districtHelp },
  ward: { type: 'text', inputMode: 'text', autocomplete: 'address-level3', required: true, help: P.wardHelp },
  street: { type: 'text', inputMode: 'text', autocomplete: 'address-line1', required: true },
  email: { type: 'email', inputMode: 'email', autocomplete: 'email', required: false },
  phone: { type: 'tel', inputMode: 'tel', autocomplete: 'tel-national', required: true },
  phoneAgain: { type: 'tel', inputMode: 'tel', autocomplete: 'off', required: true, help: P.phoneAgainHelp, label: P.phoneAgain },
};

export const ORDER: readonly SubmissionField[] = [
  'name', 'bhxhCode', 'idNumber', 'idConfirmed', 'frontPhoto', 'backPhoto', 'province', 'district', 'ward', 'street',
  'email', 'phone', 'phoneAgain', 'commitment',
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

function wrap(key: SubmissionField, input: HTMLInputElement | HTMLSelectElement, label: string, required: boolean, help?: string) {
  const box = el('div', { className: 'field' });
  const labelEl = el('label', { htmlFor: `f-${key}`, className: required ? 'req' : '' }, label);
  const messages = el('div', { id: `m-${key}` });
  messages.setAttribute('aria-live', 'polite');
  input.id = `f-${key}`;
  input.name = key;
  input.setAttribute('aria-describedby', `m-${key}${help ? ` h-${key}` : ''}`);
  box.append(labelEl, input);
  if (help) box.append(el('p', { className: 'help', id: `h-${key}` }, help));
  box.append(messages);
  return { box, messages };
}

function tick(key: SubmissionField, text: string): { box: HTMLElement; input: HTMLInputElement; messages: HTMLElement } {
  const box = el('div', { className: 'field' });
  const input = el('input', { type: 'checkbox', id: `f-${key}`, name: key });
  const label = el('label', { htmlFor: `f-${key}`, className: 'tick' });
  label.append(input, el('span', {}, text));
  const messages = el('div', { id: `m-${key}` });
  input.setAttribute('aria-describedby', `m-${key}`);
  box.append(label, messages);
  return { box, input, messages };
}

/** Every field's box, keyed by its name, appended to `form`; the ward's datalist is returned to fill. */
export function buildForm(form: HTMLFormElement): { boxes: Map<SubmissionField, Box>; wardList: HTMLDataListElement; previews: Map<string, HTMLImageElement> } {
  const boxes = new Map<SubmissionField, Box>();
  const previews = new Map<string, HTMLImageElement>();
  const wardList = el('datalist', { id: 'wards' });
  for (const key of ORDER) {
    const spec = TEXT[key];
    if (spec !== undefined) {
      const input = el('input', { type: spec.type, inputMode: spec.inputMode, autocomplete: spec.autocomplete, required: spec.required, spellcheck: false });
      if (spec.autocapitalize) input.setAttribute('autocapitalize', spec.autocapitalize);
      if (key === 'ward') input.setAttribute('list', 'wards');
      const { box, messages } = wrap(key, input, spec.label ?? FIELD_LABELS[key as keyof typeof FIELD_LABELS], spec.required, spec.help);
      form.append(box);
      boxes.set(key, { input, messages });
    } else if (key === 'province') {
      const select = el('select', { required: true, autocomplete: 'address-level1' });
      select.append(el('option', { value: '' }, P.chooseProvince));
      for (const { name } of PROVINCES) select.append(el('option', { value: name }, name));
      const { box, messages } = wrap(key, select, FIELD_LABELS.province, true);
      form.append(box);
      boxes.set(key, { input: select, messages });
    } else if (key === 'frontPhoto' || key === 'backPhoto') {
      const input = el('input', { type: 'file', accept: 'image/*' });
      const { box, messages } = wrap(key, input, FIELD_LABELS[key], true, P.photoHelp);
      const preview = el('img', { className: 'preview', alt: FIELD_LABELS[key], hidden: true });
      box.insertBefore(preview, messages);
      previews.set(key, preview);
      form.append(box);
      boxes.set(key, { input, messages });
    } else {
      const { box, input, messages } = tick(key, key === 'commitment' ? `${FIELD_LABELS.commitment}: ${FORM_TEXT.commitment}` : P.idConfirm);
      if (key === 'idConfirmed') box.hidden = true;
      form.append(box);
      boxes.set(key, { input, messages });
    }
  }
  form.append(wardList);
  return { boxes, wardList, previews };
}

/** Replaces a field's messages: errors, then warnings, then notes, each as text. */
export function showMessages(box: Box, problems: { errors: string[]; warnings: string[]; notes: string[] }): void {
  box.messages.replaceChildren(
    ...problems.errors.map((m) => el('p', { className: 'error' }, m)),
    ...problems.warnings.map((m) => el('p', { className: 'warning' }, m)),
    ...problems.notes.map((m) => el('p', { className: 'note' }, m)),
  );
  box.input.setAttribute('aria-invalid', String(problems.errors.length > 0));
}

export { el };
