/**
 * Typing cards: one self-contained printable page (inline style, no script, nothing fetched)
 * with each ready student's boxes in the form's order, for a classmate typing into the VssID
 * app on their own phone. Full numbers, so the page itself says it holds personal data.
 */
import { escapeHtml as esc } from '../report/escape.js';
import { PAGE_END, pageStart } from '../report/page.js';
import { formatInstant } from '../tracking/messages.js';
import { CARDS_CSS } from './cards-css.js';
import { CARD_TEXT } from './messages.js';
import type { FillStep } from './steps.js';

export interface CardStudent {
  id: string;
  name: string;
  steps: readonly FillStep[];
}


export const CARDS_PER_SHEET = 4;


/** A field's value on the card, styled by what it is: a number to read digit by digit, a file, a long choice. */
function value(step: FillStep): { className: string; html: string } {
  switch (step.kind) {
    case 'text':
      return { className: /^[\d ]+$/.test(step.shown) ? 'number' : '', html: esc(step.shown) };
    case 'photo':
      return { className: 'file', html: esc(step.fileName) };
    case 'choice':
      return { className: step.value.length > 40 ? 'long' : '', html: esc(step.value) };
    case 'empty':
      return { className: 'empty', html: esc(CARD_TEXT.empty) };
  }
}

function row(step: FillStep): string {
  const { className, html } = value(step);
  const forever = step.forever === undefined ? '' : ' forever';
  const note = step.forever === undefined ? '' : `<span class="note">${esc(CARD_TEXT.forever)}</span>`;
  const classes = `${className}${forever}`.trim();
  return `<dt class="${forever.trim()}" data-key="${esc(step.key)}">${esc(step.label)}</dt>` +
    `<dd${classes ? ` class="${classes}"` : ''} data-key="${esc(step.key)}">${html}${note}</dd>`;
}

function card(student: CardStudent, made: string): string {
  return [
    `<section class="card" data-id="${esc(student.id)}">`,
    `<header><h2>${esc(student.name)}</h2><span class="id">${esc(CARD_TEXT.cardId(student.id))}</span></header>`,
    `<dl>${student.steps.map(row).join('')}</dl>`,
    `<footer>${esc(CARD_TEXT.footer(made))}</footer>`,
    '</section>',
  ].join('\n');
}

export function renderCards(students: readonly CardStudent[], now: Date): string {
  const made = formatInstant(now);
  const sheets: string[] = [];
  for (let i = 0; i < students.length; i += CARDS_PER_SHEET) {
    sheets.push(`<div class="sheet">\n${students.slice(i, i + CARDS_PER_SHEET).map((s) => card(s, made)).join('\n')}\n</div>`);
  }
  return [
    ...pageStart(CARD_TEXT.title(students.length), CARDS_CSS),
    `<div class="intro"><h1>${esc(CARD_TEXT.title(students.length))}</h1><p>${esc(CARD_TEXT.intro)}</p><p class="warning">${esc(CARD_TEXT.warning)}</p></div>`,
    ...sheets,
    ...PAGE_END,
  ].join('\n');
}
