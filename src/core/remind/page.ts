/**
 * `remind --out`: the reminders as one self-contained page for the monitor's laptop or phone.
 * Per classmate: the message, a button that copies it, and links that open a Zalo chat or an
 * SMS with the text. Nothing is fetched; the one script runs by its hash (script.ts).
 */
import { escapeHtml as esc } from '../report/escape.js';
import { formatInstant } from '../tracking/messages.js';
import type { ReminderPlan } from '../tracking/reminders.js';
import { smsLink, zaloLink } from './links.js';
import { remindPageMessages as T } from './messages.js';
import { COPY_SCRIPT, COPY_SCRIPT_HASH } from './script.js';
import { PAGE_END, pageStart } from '../report/page.js';

const CSP =
  `default-src 'none'; script-src ${COPY_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src 'none'; ` +
  "base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 760px; padding: 12px; color: #111; background: #fff;
  font: 16px/1.45 "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.35em; margin: 0 0 4px; }
h2 { font-size: 1.1em; margin: 22px 0 6px; padding-bottom: 3px; border-bottom: 2px solid #111; }
.meta { color: #333; margin: 2px 0; }
.note { font-size: 0.9em; border-left: 4px solid #b36b00; padding: 4px 8px; background: #fff5e6; }
ol { list-style: none; margin: 0; padding: 0; }
li.card { border: 1px solid #999; border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.who { font-weight: 600; }
.who .tag { white-space: nowrap; }
.phone { font-family: Consolas, "DejaVu Sans Mono", monospace; margin-left: 6px; white-space: nowrap; }
p.msg { margin: 6px 0; padding: 6px 8px; background: #f4f4f4; border-radius: 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
.actions button, .actions a { font: inherit; font-size: 0.95em; padding: 6px 12px; border-radius: 6px; border: 1px solid #1a4fa0;
  color: #1a4fa0; background: #fff; text-decoration: none; cursor: pointer; min-height: 40px; display: inline-flex; align-items: center; }
.actions button { background: #1a4fa0; color: #fff; }
.actions button.copied { background: #1d7a35; border-color: #1d7a35; }
@media print { .actions { display: none; } }
`;

export interface ReminderPageInput {
  plan: ReminderPlan;
  /** The class's one line for the group chat. */
  summaryLine: string;
  className: string;
  now: Date;
}

function copyable(id: string, text: string, extra = ''): string {
  return (
    `<p class="msg" id="${id}">${esc(text)}</p>` +
    `<div class="actions"><button type="button" data-copy="${id}" data-done="${esc(T.copied)}">${esc(T.copy)}</button>${extra}</div>`
  );
}

export function renderReminderPage(input: ReminderPageInput): string {
  const { plan } = input;
  const count = plan.groups.reduce((sum, group) => sum + group.reminders.length, 0);
  const title = T.title(input.className);
  let n = 0;
  const groups = plan.groups.map((group) => {
    const cards = group.reminders.map((reminder) => {
      n += 1;
      const links = reminder.phone
        ? `<a href="${esc(zaloLink(reminder.phone))}" target="_blank" rel="noopener noreferrer">${esc(T.zalo)}</a>` +
          `<a href="${esc(smsLink(reminder.phone, reminder.text))}">${esc(T.sms)}</a>`
        : '';
      return (
        `<li class="card" data-id="${esc(reminder.id)}" data-kind="${esc(reminder.kind)}">` +
        `<span class="who">${esc(reminder.name.trim() || T.noName)}${reminder.namesake === undefined ? '' : ` <span class="tag">(${esc(reminder.namesake)})</span>`}</span>` +
        `<span class="phone">${esc(reminder.phone ?? T.noPhone)}</span>` +
        copyable(`m${n}`, reminder.text, links) +
        '</li>'
      );
    });
    return `<section data-kind="${esc(group.kind)}"><h2>${esc(group.title)} (${group.reminders.length})</h2><ol>${cards.join('\n')}</ol></section>`;
  });
  return [
    ...pageStart(title, CSS, CSP),
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(T.made(formatInstant(input.now), count))}</p>`,
    `<p class="note">${esc(T.private)}</p></header>`,
    `<section id="class-line"><h2>${esc(T.classLine)}</h2>${copyable('class-summary', input.summaryLine)}</section>`,
    count === 0 ? `<p>${esc(T.nobody)}</p>` : groups.join('\n'),
    plan.skipped.length > 0 ? `<p class="meta">${esc(T.skipped(plan.skipped.map((s) => s.name.trim() || s.id)))}</p>` : '',
    `<script>${COPY_SCRIPT}</script>`,
    ...PAGE_END,
  ].join('\n');
}
