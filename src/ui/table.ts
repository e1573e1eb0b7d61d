/** Display width of terminal text: NFC Vietnamese is one column a code point; escapes take none. */
export function displayWidth(text: string): number {
  // Most cells (ids, dates, precomposed Vietnamese) have no escape, no combining mark and no
  // surrogate pair: then the width is the length, counted without building arrays (a board of
  // 5,000 students measures tens of thousands of cells).
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b || (c >= 0x300 && c <= 0x36f) || (c >= 0xd800 && c <= 0xdfff)) {
      plain = false;
      break;
    }
  }
  if (plain) return text.length;
  // eslint-disable-next-line no-control-regex
  return codePoints(text.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC'));
}

/** How many code points `text` has (a surrogate pair is one), from `start` to `end`. */
export function codePoints(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++;
  }
  return count;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Each column's width: its widest cell or header. A loop, not Math.max(...rows): spreading
 * 130,000 rows as arguments overflows the stack.
 */
export function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const widths = headers.map((header) => displayWidth(header));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const cell = displayWidth(row[i] ?? '');
      if (cell > (widths[i] as number)) widths[i] = cell;
    }
  }
  return widths;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = columnWidths(headers, rows);
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)];
}
