/**
 * The typing cards' style: A6 cards (105 × 148 mm), four to an A4 sheet with dashed cut lines;
 * system fonts only (nothing fetched). Values large, digits tabular and spaced; the two boxes
 * that cannot be changed after "Ghi nhận" on a yellow band with a thick border, which also
 * shows on a black-and-white printer.
 */
export const CARDS_CSS = `
@page { size: A4 portrait; margin: 0; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font: 10pt/1.25 "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
.intro { max-width: 210mm; margin: 0 auto; padding: 6mm; }
.intro h1 { font-size: 15pt; margin: 0 0 2mm; }
.intro p { margin: 1mm 0; }
.intro .warning { border-left: 1.5mm solid #b00; padding: 1mm 3mm; background: #fdecea; }
.sheet { width: 210mm; height: 297mm; margin: 0 auto; display: grid; overflow: hidden;
  grid-template-columns: 105mm 105mm; grid-template-rows: 148.5mm 148.5mm; break-after: page; }
.sheet:last-child { break-after: auto; }
.card { width: 105mm; height: 148.5mm; padding: 5mm 6mm 4mm; overflow: hidden; display: flex; flex-direction: column;
  border-right: 0.3mm dashed #888; border-bottom: 0.3mm dashed #888; break-inside: avoid; }
.card header { display: flex; justify-content: space-between; align-items: baseline; gap: 2mm;
  border-bottom: 0.5mm solid #000; padding-bottom: 1mm; margin-bottom: 1.5mm; }
.card h2 { font-size: 12pt; margin: 0; line-height: 1.15; }
.card .id { font-size: 8pt; color: #333; white-space: nowrap; }
.card dl { margin: 0; display: grid; grid-template-columns: 24mm 1fr; column-gap: 2mm; row-gap: 0.9mm; align-items: baseline; }
.card dt { font-size: 6.5pt; color: #333; line-height: 1.1; }
.card dd { margin: 0; font-size: 10pt; font-weight: 600; overflow-wrap: anywhere; line-height: 1.15; }
.card dd.number { font-size: 13pt; font-weight: 700; font-variant-numeric: tabular-nums; letter-spacing: 0.04em; white-space: nowrap;
  font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; }
.card dd.long { font-size: 8pt; font-weight: 600; }
.card dd.file { font-size: 8.5pt; font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-weight: 400; }
.card dd.empty { font-weight: 400; font-style: italic; font-size: 9pt; }
.card .forever { background: #fff3b0; border: 0.6mm solid #000; padding: 0.6mm 1.2mm; }
.card dt.forever { border-right: 0; }
.card dd.forever { border-left: 0; }
.card dd .note { display: block; font-size: 6.5pt; font-weight: 400; font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  letter-spacing: 0; white-space: normal; margin-top: 0.5mm; }
.card footer { margin-top: auto; padding-top: 1mm; font-size: 6.5pt; color: #333; border-top: 0.2mm solid #999; }
@media screen {
  body { background: #e6e6e6; }
  .intro { background: #fff; margin-bottom: 4mm; }
  .sheet { background: #fff; margin-bottom: 6mm; box-shadow: 0 0 2mm rgba(0, 0, 0, 0.3); }
}
@media print {
  .intro { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
