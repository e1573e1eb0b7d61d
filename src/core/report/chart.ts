/**
 * The states as an inline SVG bar chart, readable printed in black and white: each state has its
 * own pattern as well as a tint, and every bar carries its label and its number as text.
 */
import type { StudentState } from '../record.js';
import { STATE_LABELS } from '../tracking/messages.js';
import { escapeHtml } from './escape.js';
import type { StateTotal } from './model.js';
import { reportMessages as T } from './messages.js';

const PATTERN: Record<StudentState, { tint: string; marks: string }> = {
  draft: { tint: '#eeeeee', marks: '' },
  ready: { tint: '#e3ecfb', marks: '<circle cx="3" cy="3" r="1.3" fill="#000"/>' },
  submitted: { tint: '#fdf1d6', marks: '<path d="M0 3H6" stroke="#000" stroke-width="1"/>' },
  'file-number': { tint: '#fbe3d6', marks: '<path d="M0 6L6 0M-1 1L1 -1M5 7L7 5" stroke="#000" stroke-width="1"/>' },
  password: { tint: '#e0f3e6', marks: '<path d="M0 6L6 0M0 0L6 6" stroke="#000" stroke-width="0.9"/>' },
  done: { tint: '#3b3b3b', marks: '' },
};

// Small enough that a phone or half an A4 page shows the text at about its size.
const ROW = 30;
const LABEL_WIDTH = 122;
const BAR_WIDTH = 230;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 110;

export function stateChart(totals: readonly StateTotal[]): string {
  const max = Math.max(1, ...totals.map((t) => t.count));
  const height = totals.length * ROW + 8;
  const defs = totals
    .map(({ state }) => {
      const { tint, marks } = PATTERN[state];
      return `<pattern id="pat-${state}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${tint}"/>${marks}</pattern>`;
    })
    .join('');
  const bars = totals
    .map(({ state, count, overdue }, i) => {
      const y = 4 + i * ROW;
      const width = count === 0 ? 0 : Math.max(4, Math.round((count / max) * BAR_WIDTH));
      const label = escapeHtml(STATE_LABELS[state]);
      const number = overdue > 0 ? `${count} (${overdue} quá hạn)` : String(count);
      return (
        `<g data-state="${state}"><text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${label}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW - 8}" fill="url(#pat-${state})" stroke="#000" stroke-width="1"/>` +
        `<text x="${LABEL_WIDTH + width + 6}" y="${y + 18}" class="count">${escapeHtml(number)}</text></g>`
      );
    })
    .join('');
  const summary = totals.map((t) => `${STATE_LABELS[t.state]} ${t.count}`).join(', ');
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(T.chartLabel(summary))}">` +
    `<defs>${defs}</defs>${bars}</svg>`
  );
}
