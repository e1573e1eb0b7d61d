/** Text helpers shared across the project: pure, dependency-free, safe on any string. */

// Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible in a terminal, yet they
// make "Hà Nội" and "Hà\u200BNội" different strings (pasted from web pages and Word files).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// C0/C1 control characters other than whitespace, and the bidirectional embeddings, overrides,
// isolates and marks (U+202A–202E, U+2066–2069, LRM/RLM/ALM) that make a name display as another:
// never meaningful in a form field.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters a terminal acts on or that reorder text: every C0 control but tab and line feed, DEL,
 * C1, and the bidirectional controls above. ui/sanitize.ts makes them visible; import removes them.
 */
export const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
export const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, 'g');
// \s covers tab, newline, NBSP, U+2000–U+200A, U+3000 and the other Unicode spaces.
const SPACES = /\s+/g;

// Words of printable ASCII and precomposed Latin letters (Vietnamese included, soft hyphen and
// NBSP left out) joined by single spaces: what nearly every answer is, and what normalizeText
// leaves as it is (nothing in it composes, decomposes, is invisible or another space), so a
// roster's 100,000 names and streets skip the work. Checked character by character in the tests.
const CLEAN_WORDS = /^[!-~\u00a1-\u00ac\u00ae-\u024f\u1e00-\u1eff]+(?: [!-~\u00a1-\u00ac\u00ae-\u024f\u1e00-\u1eff]+)*$/;

/**
 * NFC, invisible characters removed, every kind of space (tab and newline included) made one
 * ordinary space, trimmed. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s).
 */
export function normalizeText(s: string): string {
  if (CLEAN_WORDS.test(s)) return s;
  // NFC first (U+2000 decomposes canonically into U+2002), and again last, because removing
  // an invisible character can bring a letter next to a combining mark it now composes with.
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * A key for diacritic-insensitive matching: lowercase, without tone marks or other diacritics
 * ("Đắk Lắk" → "dak lak"), digits in ASCII, anything that is not a letter or digit a space.
 */
export function foldForSearch(s: string): string {
  return CLEAN_WORDS.test(s) ? foldByCharacter(s) : foldWhole(s);
}

/** foldForSearch's rule applied to the whole string: any text. */
export function foldWhole(s: string): string {
  return toAsciiDigits(normalizeText(s))
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // đ has no decomposition: it is a letter of its own, not d + a mark.
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each character's fold, ' ' for one that is neither a letter nor a digit; learnt as met. */
const FOLDED = new Map<string, string>();

/**
 * The same key, a character at a time, for the words CLEAN_WORDS accepts (what nearly every
 * name is): there each character folds alone exactly as within the string (none is a combining
 * mark, a digit of another script or a letter whose case depends on its neighbours), so each is
 * folded once and looked up after, which a board's or a roster's thousands of names need.
 */
function foldByCharacter(s: string): string {
  let folded = '';
  for (const character of s) {
    let piece = FOLDED.get(character);
    if (piece === undefined) {
      piece = foldWhole(character) || ' ';
      FOLDED.set(character, piece);
    }
    folded += piece;
  }
  return folded.includes(' ') ? folded.replace(/ {2,}/g, ' ').trim() : folded;
}

const UNICODE_DIGIT = /\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

/** Full-width (０-９), Arabic-Indic, Devanagari … decimal digits → ASCII 0-9. */
export function toAsciiDigits(s: string): string {
  return s.replace(UNICODE_DIGIT, (d) => {
    const cp = d.codePointAt(0) ?? 0;
    if (cp >= 0x30 && cp <= 0x39) return d;
    // Unicode puts each digit set in a contiguous run of ten, zero first, and adjacent runs
    // (mathematical digits) are complete runs too: the offset from the block start mod 10 is
    // the digit's value.
    let start = cp;
    while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    return String((cp - start) % 10);
  });
}

/** A value shown back inside a message: one line, at most `max` characters. */
export function excerpt(s: string, max = 40): string {
  const clean = normalizeText(s);
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Edit distance counting a swap of neighbours as one edit ("Dong Nia"), for typo suggestions
 * only; both inputs are short keys.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const at = (r: number, c: number): number => (r === i ? row[c] : rows[r]?.[c]) ?? Infinity;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Infinity;
}

/**
 * Vietnamese alphabetical order ("Bình" after "An", "Đức" after "Dũng"). The collator is made on
 * first use: loading ICU's collation takes about 12 ms, which a command that sorts no names (one
 * student's event, `--help`) should not pay when it loads the module.
 */
export const compareVietnamese = (a: string, b: string): number => (plainCollator ??= new Intl.Collator('vi')).compare(a, b);

/** The same, numbers in order of their value: "12A2" before "12A10". */
export const compareVietnameseNumbers = (a: string, b: string): number =>
  (numericCollator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);

let plainCollator: Intl.Collator | undefined;
let numericCollator: Intl.Collator | undefined;
