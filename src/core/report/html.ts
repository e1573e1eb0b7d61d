/** The report as one self-contained HTML page: inline style and SVG, no script, nothing fetched. */
import { formatDate, formatInstant, STATE_LABELS } from '../tracking/messages.js';
import { stateChart } from './chart.js';
import { REPORT_CSS } from './css.js';
import { escapeHtml as esc } from './escape.js';
import { guideRowInWords } from './teacher-step.js';
import type { ReportModel, ReportStudent } from './model.js';
import { PAGE_END, pageStart } from './page.js';
import { REACHED_STATES, reportMessages as T } from './messages.js';

const cell = (label: string, content: string, className = ''): string =>
  `<td data-label="${esc(label)}"${className ? ` class="${className}"` : ''}>${content}</td>`;

const head = (labels: readonly string[], numeric: ReadonlySet<number> = new Set()): string =>
  `<thead><tr>${labels.map((label, i) => `<th${numeric.has(i) ? ' class="num"' : ''}>${esc(label)}</th>`).join('')}</tr></thead>`;

const nameOf = (student: ReportStudent): string => esc(student.entry.name.trim() || T.noName);
const dueOf = (student: ReportStudent): string => (student.entry.dueDate ? esc(formatDate(student.entry.dueDate)) : '');
const overdueFlag = (student: ReportStudent): string => (student.entry.overdue ? ` <span class="flag">${esc(T.overdueMark)}</span>` : '');

export function renderReport(model: ReportModel): string {
  const title = T.title(model.className);
  const made = formatInstant(model.now);
  return [
    ...pageStart(`${title} — ${made.slice(6)}`, REPORT_CSS),
    header(model, title, made),
    totals(model),
    progress(model),
    actions(model),
    classTable(model),
    `<footer><p>${esc(T.footer)}</p></footer>`,
    ...PAGE_END,
  ].join('\n');
}

function header(model: ReportModel, title: string, made: string): string {
  const { profile } = model;
  const total = model.totals.reduce((sum, t) => sum + t.count, 0);
  return [
    '<header>',
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(T.made(made, total))}</p>`,
    `<p class="summary" id="summary">${esc(model.summaryLine)}</p>`,
    model.classes.length > 1 ? `<p class="meta">${esc(T.classes(model.classes))}</p>` : '',
    '<dl class="profile">',
    `<dt>${esc(T.agency)}</dt><dd>${esc(profile.receivingAgency)}</dd>`,
    `<dt>${esc(T.supportEmail)}</dt><dd>${esc(profile.supportEmail)}</dd>`,
    `<dt>${esc(T.submission)}</dt><dd>${esc(T.submissionMethod[profile.submissionMethod])}</dd>`,
    '</dl>',
    `<p class="note">${esc(model.masked ? T.masked : T.unmasked)}</p>`,
    '</header>',
  ].join('\n');
}

function totals(model: ReportModel): string {
  const total = model.totals.reduce((sum, t) => sum + t.count, 0);
  const rows = model.totals.map(
    (t) =>
      `<tr data-state="${t.state}">${cell(T.stateHeader, esc(STATE_LABELS[t.state]))}` +
      `${cell(T.countHeader, `<span class="count">${t.count}</span>${t.overdue > 0 ? ` <span class="overdue">(${esc(T.overdueOf(t.overdue))})</span>` : ''}`, 'num')}</tr>`,
  );
  return [
    `<section id="totals"><h2>${esc(T.totalsTitle)}</h2>`,
    '<div class="totals-wrap">',
    `<table class="totals">${head([T.stateHeader, T.countHeader], new Set([1]))}<tbody>${rows.join('')}</tbody>`,
    `<tfoot><tr data-total="all"><td>${esc(T.total)}</td><td class="num"><span class="count">${total}</span></td></tr>`,
    `<tr data-total="overdue"><td>${esc(T.overdueTotal)}</td><td class="num"><span class="count">${model.overdue}</span></td></tr></tfoot></table>`,
    `<figure>${stateChart(model.totals)}</figure>`,
    '</div></section>',
  ].join('\n');
}

function progress(model: ReportModel): string {
  const labels = [T.day, ...REACHED_STATES.map((state) => STATE_LABELS[state])];
  const rows = model.progress.map(
    (day) =>
      `<tr data-date="${day.date}">${cell(T.day, esc(formatDate(day.date)))}` +
      REACHED_STATES.map((state) => cell(STATE_LABELS[state], day.reached[state] ? String(day.reached[state]) : '–', 'num')).join('') +
      '</tr>',
  );
  const numeric = new Set(REACHED_STATES.map((_, i) => i + 1));
  return [
    `<section id="progress"><h2>${esc(T.progressTitle)}</h2><p>${esc(T.progressIntro)}</p>`,
    rows.length === 0 ? `<p>${esc(T.progressNone)}</p>` : `<table class="cards">${head(labels, numeric)}<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function actions(model: ReportModel): string {
  const showClass = model.classes.length > 1;
  const labels = ['#', T.name, ...(showClass ? [T.className] : []), T.stateHeader, T.due, T.nextStep, T.troubleshoot];
  const rows = model.actions.map((student, i) => {
    const { entry } = student;
    // The guide's row and the next step in words: a teacher has no use for the monitor's commands.
    const row = student.troubleshoot ? esc(guideRowInWords(student.troubleshoot)) : '';
    return (
      `<tr data-id="${esc(entry.id)}"${entry.overdue ? ' class="is-overdue"' : ''}>` +
      `<td class="num index">${i + 1}</td>` +
      cell(T.name, nameOf(student)) +
      (showClass ? cell(T.className, esc(student.className)) : '') +
      cell(T.stateHeader, `${esc(STATE_LABELS[entry.state])}${overdueFlag(student)}`) +
      cell(T.due, dueOf(student), 'nowrap') +
      cell(T.nextStep, esc(student.step)) +
      cell(T.troubleshoot, row) +
      '</tr>'
    );
  });
  return [
    `<section id="actions"><h2>${esc(T.actionsTitle)} (${model.actions.length})</h2><p>${esc(T.actionsIntro)}</p>`,
    rows.length === 0 ? `<p>${esc(T.actionsNone)}</p>` : `<table class="cards">${head(labels)}<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function classTable(model: ReportModel): string {
  const showClass = model.classes.length > 1;
  const labels = [T.number, T.name, ...(showClass ? [T.className] : []), T.bhxh, T.idNumber, T.stateHeader, T.since, T.due];
  const rows = model.students.map((student, i) => {
    const { entry } = student;
    return (
      `<tr data-id="${esc(entry.id)}" data-state="${entry.state}"${entry.overdue ? ' class="is-overdue"' : ''}>` +
      `<td class="num index">${i + 1}</td>` +
      cell(T.name, nameOf(student)) +
      (showClass ? cell(T.className, esc(student.className)) : '') +
      cell(T.bhxh, esc(student.bhxhCode), 'code') +
      cell(T.idNumber, esc(student.idNumber), 'code') +
      cell(T.stateHeader, `${esc(STATE_LABELS[entry.state])}${overdueFlag(student)}`) +
      cell(T.since, esc(formatInstant(new Date(entry.since))), 'nowrap') +
      cell(T.due, dueOf(student), 'nowrap') +
      '</tr>'
    );
  });
  return [
    `<section id="class"><h2>${esc(T.classTitle)} (${model.students.length})</h2>`,
    `<table class="cards">${head(labels, new Set([0]))}<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}
