/**
 * The report's only style sheet, inline: system fonts (nothing fetched), a layout that reads on a
 * phone (tables become one card per student) and A4 print (rows never cut, headers repeated).
 */
import { reportMessages } from './messages.js';

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 16px; color: #111; background: #fff;
  font: 15px/1.45 "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #111; break-after: avoid; }
p { margin: 4px 0; }
.meta { color: #333; }
.note { font-size: 0.9em; border-left: 4px solid #888; padding: 4px 8px; background: #f4f4f4; }
dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dl.profile dt { font-weight: 600; }
dl.profile dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 6px 0; font-size: 0.93em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.code { font-family: Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: nowrap; }
.totals-wrap { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: flex-start; }
figure { margin: 0; flex: 0 1 470px; }
td.nowrap { white-space: nowrap; }
table.totals { width: auto; min-width: 260px; }
tfoot td { font-weight: 700; }
svg.chart { max-width: 100%; height: auto; font: 14px "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
svg.chart .count { font-weight: 700; }
.overdue { font-weight: 700; }
.flag { display: inline-block; white-space: nowrap; border: 1.5px solid #b00020; color: #b00020; padding: 0 4px; font-size: 0.8em; font-weight: 700; letter-spacing: 0.03em; }
tr.is-overdue td { background: #fff1f1; }
.summary { font-weight: 600; font-size: 1.05em; margin: 6px 0; }
footer { margin-top: 24px; font-size: 0.85em; color: #444; }

@media screen and (max-width: 640px) {
  body { padding: 10px; font-size: 15px; }
  table.cards thead { display: none; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards tr { border: 1px solid #999; margin: 0 0 10px; padding: 4px 0; }
  table.cards td { border: 0; padding: 2px 8px; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.cards td:empty { display: none; }
  table.cards td.index { font-weight: 700; }
  table.cards td.num { text-align: left; }
  table.cards td.code, table.cards td.nowrap { white-space: normal; }
}

@page { size: A4; margin: 12mm 10mm 14mm; @bottom-right { content: "${reportMessages.pageOf} " counter(page) "/" counter(pages); font: 9pt "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; } }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { margin-top: 14px; }
  /* Each list starts on its own page: a heading never ends a page without its table. */
  #actions, #class { break-before: page; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr, .chart, dl.profile, .note { break-inside: avoid; }
  tr.is-overdue td { background: none; }
  .flag { color: #000; border-color: #000; }
}
`;
