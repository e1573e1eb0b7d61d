/// <reference lib="dom" />
/**
 * The classmate's page: the form, checked as they type by the CLI's own rules (checkSubmission
 * from src/core), photos made small in the page, and the sending sealed with the key from the
 * address's fragment before it leaves the phone.
 */
import { WardList } from '../core/address/ward-list.js';
import type { WardData } from '../core/address/ward-data.js';
import { fromBase64Url, KEY_BYTES, packPayload, seal, unseal } from '../core/collect/envelope.js';
import { collectMessages, NEXT_STEPS } from '../core/collect/messages.js';
import { checkSubmission, COLLECT_FIELDS, type Submission, type SubmissionField } from '../core/collect/submission.js';
import { FIELD_LABELS } from '../core/fields/messages.js';
import { buildForm, el, ORDER, showMessages, type Box } from './form.js';
import { pageMessages as P } from './messages.js';
import { resizePhoto, type ResizedPhoto } from './photo.js';

const app = document.getElementById('app') as HTMLElement;
const base = location.pathname.replace(/\/+$/, '');
const key = fromBase64Url(new URLSearchParams(location.hash.slice(1)).get('k') ?? '');

const form = el('form', { noValidate: true });
const { boxes, wardList, previews } = buildForm(form);
const status = el('p', { className: 'error', id: 'status' });
status.setAttribute('role', 'alert');
const button = el('button', { type: 'submit' }, P.send);
form.append(status, button);
app.append(form);

const touched = new Set<SubmissionField>();
const photos: Partial<Record<'frontPhoto' | 'backPhoto', ResizedPhoto>> = {};
const photoProblems: Partial<Record<'frontPhoto' | 'backPhoto', { errors: string[]; warnings: string[] }>> = {};
let wards: WardList | undefined;

const box = (key: SubmissionField) => boxes.get(key) as Box;
const value = (key: SubmissionField) => box(key).input.value;
const ticked = (key: SubmissionField) => (box(key).input as HTMLInputElement).checked;

function submission(): Submission {
  const fields: Submission['fields'] = {};
  for (const field of COLLECT_FIELDS) fields[field] = value(field);
  return { fields, phoneAgain: value('phoneAgain'), idConfirmed: ticked('idConfirmed'), commitment: ticked('commitment') };
}

/** Runs the whole check and shows what concerns the fields already touched. */
function refresh(): boolean {
  const check = checkSubmission(submission(), { now: new Date(), wards });
  const idBox = box('idConfirmed').input.closest('.field') as HTMLElement;
  idBox.hidden = check.idFacts?.kind !== 'cccd';
  for (const key of ORDER) {
    if (key === 'frontPhoto' || key === 'backPhoto') {
      const own = photoProblems[key] ?? { errors: touched.has(key) ? [collectMessages.photoMissing(FIELD_LABELS[key])] : [], warnings: [] };
      showMessages(box(key), { ...own, notes: [] });
      continue;
    }
    const pick = (list: { field: SubmissionField; message: string }[]) => (touched.has(key) ? list.filter((p) => p.field === key).map((p) => p.message) : []);
    showMessages(box(key), { errors: pick(check.errors), warnings: pick(check.warnings), notes: pick(check.notes) });
  }
  const photosOk = (['frontPhoto', 'backPhoto'] as const).every((k) => photos[k] !== undefined && photoProblems[k]?.errors.length === 0);
  return check.errors.length === 0 && photosOk;
}

for (const key of ORDER) {
  const { input } = box(key);
  if (key === 'frontPhoto' || key === 'backPhoto') {
    input.addEventListener('change', () => void takePhoto(key, input as HTMLInputElement));
    continue;
  }
  input.addEventListener('input', () => touched.has(key) && refresh());
  input.addEventListener('change', () => {
    touched.add(key);
    if (key === 'province') fillWards();
    refresh();
  });
  input.addEventListener('blur', () => {
    touched.add(key);
    refresh();
  });
}

async function takePhoto(key: 'frontPhoto' | 'backPhoto', input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  touched.add(key);
  if (file === undefined) return;
  showMessages(box(key), { errors: [], warnings: [], notes: [P.photoWorking] });
  const resized = await resizePhoto(file, FIELD_LABELS[key]);
  const preview = previews.get(key) as HTMLImageElement;
  if (photos[key]) URL.revokeObjectURL((photos[key] as ResizedPhoto).url);
  if (resized === undefined) {
    delete photos[key];
    preview.hidden = true;
    photoProblems[key] = { errors: [P.photoUnreadable], warnings: [] };
  } else {
    photos[key] = resized;
    preview.src = resized.url;
    preview.hidden = false;
    const errors = resized.error === undefined ? [] : [resized.error, P.photoRetake];
    photoProblems[key] = { errors, warnings: resized.warnings };
  }
  refresh();
}

function fillWards(): void {
  const names = wards?.wardsOf(value('province')) ?? [];
  wardList.replaceChildren(...names.map((name) => el('option', { value: name })));
}

fetch(`${base}/wards.json`)
  .then((response) => response.json() as Promise<WardData>)
  .then((data) => {
    wards = new WardList(data);
    fillWards();
    refresh();
  })
  .catch(() => undefined);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  for (const key of ORDER) touched.add(key);
  status.textContent = '';
  if (!refresh()) {
    status.textContent = P.fixFirst;
    form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    return;
  }
  void send();
});

async function send(): Promise<void> {
  if (key?.length !== KEY_BYTES) {
    status.textContent = P.noKey;
    return;
  }
  button.disabled = true;
  button.textContent = P.sending;
  try {
    const front = photos.frontPhoto as ResizedPhoto;
    const back = photos.backPhoto as ResizedPhoto;
    const body = seal(key, packPayload({ ...submission() }, [front.bytes, back.bytes]), 'send');
    const response = await fetch(`${base}/send`, { method: 'POST', body: new Blob([body as BlobPart]), headers: { 'Content-Type': 'application/octet-stream' } });
    if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
      status.textContent = ((await response.json()) as { error?: string }).error ?? P.network;
      return;
    }
    const opened = unseal(key, new Uint8Array(await response.arrayBuffer()), 'reply');
    if (opened === undefined) {
      status.textContent = collectMessages.unreadable;
      return;
    }
    const answer = JSON.parse(new TextDecoder().decode(opened.plaintext)) as Answer;
    if (answer.ok) return done(answer);
    status.textContent = answer.message;
    for (const { field, message } of answer.errors) showMessages(box(field), { errors: [message], warnings: [], notes: [] });
  } catch {
    status.textContent = P.network;
  } finally {
    button.disabled = false;
    button.textContent = P.send;
  }
}

type Answer =
  | { ok: true; ready: boolean; kept: number; held: number; warnings: { field: SubmissionField; message: string }[] }
  | { ok: false; message: string; errors: { field: SubmissionField; message: string }[] };

function done(answer: Extract<Answer, { ok: true }>): void {
  const panel = el('section', { className: 'done', tabIndex: -1 });
  panel.setAttribute('role', 'status');
  panel.append(el('h2', {}, P.sentTitle), el('p', {}, answer.ready ? P.sentReady : P.sentDraft));
  if (answer.kept > 0) panel.append(el('p', { className: 'warning' }, P.sentKept(answer.kept)));
  if (answer.held > 0) panel.append(el('p', { className: 'warning' }, P.sentHeld));
  const steps = el('ol');
  for (const step of NEXT_STEPS) steps.append(el('li', {}, step));
  panel.append(el('h2', {}, P.nextTitle), steps, el('p', { className: 'help' }, P.sendAgain));
  // The form goes: nothing typed stays on the screen for the next person to read.
  form.remove();
  app.append(panel);
  panel.focus();
}
