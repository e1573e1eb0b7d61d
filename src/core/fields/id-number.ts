/** Số CMND/CCCD/Hộ chiếu: which document it is, and what a CCCD number says about its holder. */
import { vietnamDateOf } from '../calendar/vietnam-time.js';
import { CCCD_PROVINCE_CODES, findProvince } from '../provinces.js';
import { cccdBirthYear } from './cccd-year.js';
import { compactCode, type Parsed } from './helpers.js';
import { idNumberMessages as M } from './messages.js';

export type IdFacts =
  | {
      kind: 'cccd';
      /** Digits 1–3, e.g. "079". */
      provinceCode: string;
      /** Where the birth was registered, as the province was then named. */
      provinceName: string;
      /** Today's province when it differs from `provinceName` (merged or renamed in 2025). */
      provinceToday?: string;
      sex: 'Nam' | 'Nữ';
      birthYear: number;
    }
  | { kind: 'cmnd' }
  | { kind: 'passport' };

// Digit 4 of a CCCD: even = male, odd = female; the pair gives the century of birth (cccd-year.ts).

// Today's province for each CCCD province code, looked up once: a roster decodes thousands.
const todayByCode = new Map<string, string | undefined>();

function provinceToday(code: string, provinceName: string): string | undefined {
  if (!todayByCode.has(code)) {
    const today = findProvince(provinceName);
    todayByCode.set(code, today?.matchedFormer === undefined ? undefined : today.name);
  }
  return todayByCode.get(code);
}

function decodeCccd(id: string): IdFacts | undefined {
  const provinceCode = id.slice(0, 3);
  const provinceName = CCCD_PROVINCE_CODES[provinceCode];
  const centuryDigit = Number(id[3]);
  const birthYear = cccdBirthYear(id);
  if (provinceName === undefined || birthYear === undefined) return undefined;
  const today = provinceToday(provinceCode, provinceName);
  const sex = centuryDigit % 2 === 0 ? 'Nam' : 'Nữ';
  return today === undefined
    ? { kind: 'cccd', provinceCode, provinceName, sex, birthYear }
    : { kind: 'cccd', provinceCode, provinceName, provinceToday: today, sex, birthYear };
}

/** What a (normalised or raw) document number is; undefined when it fits no document. */
export function decodeIdNumber(n: string): IdFacts | undefined {
  const id = compactCode(n).toUpperCase();
  // checkField decodes the number parseIdNumber has just decoded: hand that result over once.
  if (handoff !== undefined && handoff.id === id) {
    const { facts } = handoff;
    handoff = undefined;
    return facts;
  }
  return decode(id);
}

function decode(id: string): IdFacts | undefined {
  if (/^\d{12}$/.test(id)) return decodeCccd(id);
  if (/^\d{9}$/.test(id)) return { kind: 'cmnd' };
  if (/^[A-Z]\d{7}$/.test(id)) return { kind: 'passport' };
  return undefined;
}

/** The facts parseIdNumber found, not yet given to anyone (so never shared between callers). */
let handoff: { id: string; facts: IdFacts } | undefined;

export function parseIdNumber(raw: string): Parsed<string> {
  const id = compactCode(raw).toUpperCase();
  if (id === '') return { error: M.empty };
  const facts = decode(id);
  handoff = facts === undefined ? undefined : { id, facts };
  if (facts !== undefined) return { value: id };
  if (/^\d{12}$/.test(id)) return { error: M.unknownProvince(id.slice(0, 3)) };
  if (/^\d+$/.test(id)) return { error: M.wrongLength(id.length) };
  return { error: M.badShape(raw) };
}

// Cards are issued from 14 (and since 1 July 2024 at any age on request): a younger holder is
// possible, but for a student it more likely means a mistyped digit. Worth a question only.
const USUAL_MIN_AGE = 14;
const MAX_PLAUSIBLE_AGE = 100;

let lastYear: { at: number; year: number } | undefined;

/** The year in Vietnam, not in the machine's zone; a roster asks it of the same instant for every row. */
function vietnamYear(now: Date): number {
  if (lastYear?.at !== now.getTime()) lastYear = { at: now.getTime(), year: Number(vietnamDateOf(now).slice(0, 4)) };
  return lastYear.year;
}

/** Facts to confirm (notes) and oddities to ask about (warnings) for a valid number. */
export function describeIdNumber(
  id: string,
  now: Date,
  facts: IdFacts | undefined = decodeIdNumber(id),
): { notes: string[]; warnings: string[] } {
  if (facts?.kind === 'cmnd') return { notes: [], warnings: [M.cmndExpired] };
  if (facts?.kind !== 'cccd') return { notes: [], warnings: [] };
  const notes = [M.cccdFacts(facts.sex, facts.birthYear, facts.provinceName, facts.provinceToday)];
  const age = vietnamYear(now) - facts.birthYear;
  const warnings =
    age < 0
      ? [M.futureBirth(facts.birthYear)]
      : age < USUAL_MIN_AGE
        ? [M.young(facts.birthYear, age)]
        : age > MAX_PLAUSIBLE_AGE
          ? [M.old(facts.birthYear)]
          : [];
  return { notes, warnings };
}
