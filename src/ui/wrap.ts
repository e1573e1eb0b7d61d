import { codePoints } from './table.js';

/**
 * Word-wraps Vietnamese text for the terminal. Vietnamese letters are one column wide once
 * NFC-composed, so code-point length is the display width here (no CJK, no emoji in content).
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  const indentWidth = codePoints(indent);
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let current = '';
    // Lengths kept as running counts: no array built per word (boards wrap thousands of lines).
    let currentWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = codePoints(word);
      const candidateWidth = current ? currentWidth + 1 + wordWidth : wordWidth;
      if (indentWidth + candidateWidth > width && current) {
        lines.push(indent + current);
        current = word;
        currentWidth = wordWidth;
      } else {
        current = current ? `${current} ${word}` : word;
        currentWidth = candidateWidth;
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
