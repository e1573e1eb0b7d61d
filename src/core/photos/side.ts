/** Which side of the ID card a file name says it shows, from its folded words (match.ts). */

export type PhotoSide = 'front' | 'back';

// The words classmates and Google Forms questions use: "mặt trước"/"mặt sau" folded, their
// initials ("mt", "ms"), English, and the two words run together ("mattruoc").
const FRONT = new Set(['truoc', 'front', 'mt', 'mattruoc']);
const BACK = new Set(['sau', 'back', 'ms', 'matsau']);

/** 'front', 'back', 'both' when the words name the two sides, or undefined when they name neither. */
export function sideOf(words: readonly string[]): PhotoSide | 'both' | undefined {
  const front = words.some((word) => FRONT.has(word));
  const back = words.some((word) => BACK.has(word));
  if (front && back) return 'both';
  return front ? 'front' : back ? 'back' : undefined;
}
