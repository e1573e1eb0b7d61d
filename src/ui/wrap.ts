/**
 * Word-wraps Vietnamese text for the terminal. Vietnamese letters are one column wide once
 * NFC-composed, so code-point length is the display width here (no CJK, no emoji in content).
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if ([...indent, ...candidate].length > width && current) {
        lines.push(indent + current);
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push(indent + current);
  }
  return lines.join('\n');
}

/** A hanging indent: the first line starts with `head`, the rest line up after it. */
export function hanging(head: string, text: string, width: number): string {
  const pad = ' '.repeat([...head].length);
  const body = wrap(text, width - pad.length);
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? head : pad) + line)
    .join('\n');
}

/** Pieces joined by `separator`, a new line (starting with `indent`) whenever the next would not fit; a piece is never split. */
export function pack(pieces: readonly string[], width: number, indent: string, separator: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current === '' ? `${indent}${piece}` : `${current}${separator}${piece}`;
    if (current !== '' && visibleWidth(candidate) > width) {
      lines.push(current);
      current = `${indent}${piece}`;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}

// eslint-disable-next-line no-control-regex
const visibleWidth = (text: string): number => [...text.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')].length;
