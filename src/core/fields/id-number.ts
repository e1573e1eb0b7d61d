/** Số CMND/CCCD/Hộ chiếu: which document it is, and what a CCCD number says about its holder. */
import { CCCD_PROVINCE_CODES, findProvince } from '../provinces.js';
import { compactCode, parsedField, type Parsed } from './helpers.js';
import { FIELD_LABELS, idNumber as M } from './messages.js';

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

// Digit 4 of a CCCD: even = male, odd = female; the pair gives the century of birth.
const CENTURY_BY_PAIR = [1900, 2000, 2100, 2200, 1800] as const;

function decodeCccd(id: string): IdFacts | undefined {
  const provinceCode = id.slice(0, 3);
  const provinceName = CCCD_PROVINCE_CODES[provinceCode];
  const centuryDigit = Number(id[3]);
  const century = CENTURY_BY_PAIR[Math.floor(centuryDigit / 2)];
  if (provinceName === undefined || century === undefined) return undefined;
  const today = findProvince(provinceName);
  return {
    kind: 'cccd',
    provinceCode,
    provinceName,
    ...(today?.matchedFormer === undefined ? {} : { provinceToday: today.name }),
    sex: centuryDigit % 2 === 0 ? 'Nam' : 'Nữ',
    birthYear: century + Number(id.slice(4, 6)),
  };
}

/** What a (normalised or raw) document number is; undefined when it fits no document. */
export function decodeIdNumber(n: string): IdFacts | undefined {
  const id = compactCode(n).toUpperCase();
  if (/^\d{12}$/.test(id)) return decodeCccd(id);
  if (/^\d{9}$/.test(id)) return { kind: 'cmnd' };
  if (/^[A-Z]\d{7}$/.test(id)) return { kind: 'passport' };
  return undefined;
}

function parseIdNumber(raw: string): Parsed<string> {
  const id = compactCode(raw).toUpperCase();
  if (id === '') return { error: M.empty };
  if (decodeIdNumber(id) !== undefined) return { value: id };
  if (/^\d{12}$/.test(id)) return { error: M.unknownProvince(id.slice(0, 3)) };
  if (/^\d+$/.test(id)) return { error: M.wrongLength(id.length) };
  return { error: M.badShape(raw) };
}

export const idNumberSchema = parsedField(FIELD_LABELS.idNumber, M.empty, parseIdNumber);

// Cards are issued from 14 (and since 1 July 2024 at any age on request): a younger holder is
// possible, but for a student it more likely means a mistyped digit. Worth a question only.
const USUAL_MIN_AGE = 14;
const MAX_PLAUSIBLE_AGE = 100;

/** Facts to confirm (notes) and oddities to ask about (warnings) for a valid number. */
export function describeIdNumber(id: string, now: Date): { notes: string[]; warnings: string[] } {
  const facts = decodeIdNumber(id);
  if (facts?.kind === 'cmnd') return { notes: [], warnings: [M.cmndExpired] };
  if (facts?.kind !== 'cccd') return { notes: [], warnings: [] };
  const notes = [M.cccdFacts(facts.sex, facts.birthYear, facts.provinceName, facts.provinceToday)];
  const age = now.getFullYear() - facts.birthYear;
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
