import { foldForSearch } from '../text.js';
import { TROUBLESHOOTING, type TroubleshootingRow } from './troubleshooting.js';

interface Indexed {
  row: TroubleshootingRow;
  situation: string;
  rest: string;
}

let index: Indexed[] | undefined;

// An address ("ngocyen0917@gmail.com") is not words to search: its digits would match "1" or "09".
const EMAIL = /\S+@\S+/g;

function indexed(): Indexed[] {
  index ??= TROUBLESHOOTING.map((row) => ({
    row,
    situation: ` ${foldForSearch(row.situation.replace(EMAIL, ' '))} `,
    rest: ` ${foldForSearch([row.solution, ...row.keywords].join(' ').replace(EMAIL, ' '))} `,
  }));
  return index;
}

/**
 * Diacritic-insensitive search over situation, solution and keywords: every word of the query
 * must occur; a row whose situation holds the whole phrase ranks first.
 */
export function searchTroubleshooting(query: string): TroubleshootingRow[] {
  const phrase = foldForSearch(query);
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const scored: { row: TroubleshootingRow; score: number }[] = [];
  for (const { row, situation, rest } of indexed()) {
    const all = situation + rest;
    if (!words.every((word) => all.includes(word))) continue;
    const score = (situation.includes(phrase) ? 4 : 0) + (rest.includes(phrase) ? 2 : 0)
      + words.filter((word) => situation.includes(word)).length / words.length;
    scored.push({ row, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.row.number - b.row.number).map((s) => s.row);
}

export function troubleshootingRow(number: number): TroubleshootingRow | undefined {
  return TROUBLESHOOTING.find((row) => row.number === number);
}
