/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7:
 * - a month starts on the local day that holds a new moon;
 * - month 11 is the month holding the December solstice;
 * - when 13 months lie between two months 11, the first of them without a major solar term
 *   (the sun's longitude crossing a multiple of 30°) is leap and repeats the previous number.
 * Vietnam's calendar differs from China's (UTC+8) only because the day boundaries differ.
 * New moons: Meeus, "Astronomical Algorithms", ch. 49; the sun: ch. 25 (≈0.01°, minutes).
 * Accurate for 1900–2100 and computed for SUPPORTED_YEARS (1800–2199); an event within minutes of midnight could still fall on the
 * wrong day, as with any non-ephemeris method.
 */
import { isIsoDate, isoFromJdn, jdnFromIso, jdnFromParts, notADateMessage } from './iso-date.js';
import { isSupportedYear, unsupportedYearMessage } from './years.js';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const RAD = Math.PI / 180;
const VN_UTC_OFFSET_DAYS = 7 / 24;
const SYNODIC_MONTH = 29.530588861;
// JDE of the mean new moon k = 0 (6 January 2000).
const NEW_MOON_EPOCH = 2451550.09766;

// [coefficient, power of E, multiples of M (sun), M' (moon), F, Ω]: Meeus table 49.A, new moon.
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0], [0.17241, 1, 1, 0, 0, 0], [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0], [0.00739, 1, -1, 1, 0, 0], [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0], [-0.00111, 0, 0, 1, -2, 0], [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0], [-0.00042, 0, 0, 3, 0, 0], [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0], [-0.00024, 1, -1, 2, 0, 0], [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0], [0.00004, 0, 0, 2, -2, 0], [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0], [0.00003, 0, 0, 2, 2, 0], [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0], [-0.00002, 0, -1, 1, -2, 0], [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Planetary arguments A2…A14 as [A at k = 0, degrees per lunation, amplitude]; A1 is special.
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [251.88, 0.016321, 0.000165], [251.83, 26.651886, 0.000164], [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011], [141.74, 53.303771, 0.000062], [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056], [34.52, 27.261239, 0.000047], [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004], [161.72, 24.198154, 0.000037], [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** Julian Ephemeris Day of the true new moon number k (k = 0: January 2000). */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const moonAnomaly =
    (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const latitudeArg =
    (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const node = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;

  let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  for (const [c, ePower, m, mp, f, om] of NEW_MOON_TERMS) {
    jde += c * e ** ePower * Math.sin(m * sunAnomaly + mp * moonAnomaly + f * latitudeArg + om * node);
  }
  jde += 0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * RAD);
  for (const [a0, perLunation, amplitude] of PLANETARY_TERMS) {
    jde += amplitude * Math.sin((a0 + perLunation * k) * RAD);
  }
  return jde;
}

/** TT − UT in days; a parabola good to well under a minute in 1900–2100, which is enough. */
function deltaTDays(jd: number): number {
  const u = (2000 + (jd - 2451545) / 365.25 - 1820) / 100;
  return (-20 + 32 * u * u) / 86_400;
}

/** The sun's apparent ecliptic longitude in degrees, [0, 360). */
function sunLongitude(jdUt: number): number {
  const t = (jdUt + deltaTDays(jdUt) - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const anomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.000289 * Math.sin(3 * anomaly);
  const node = (125.04 - 1934.136 * t) * RAD;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node);
  return ((apparent % 360) + 360) % 360;
}

/** JDN of the Vietnamese civil day on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(jde);
  return Math.floor(jdUt + 0.5 + VN_UTC_OFFSET_DAYS);
}

/** Which 30° sector the sun is in at the local midnight that starts day `jdn` (0…11). */
function solarSector(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - VN_UTC_OFFSET_DAYS) / 30);
}

/** The k of the lunar month that holds day `jdn`. */
function lunationOf(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k += 1;
  while (newMoonDay(k) > jdn) k -= 1;
  return k;
}

/** The k of month 11 of the lunar year that ends in Gregorian year `year`'s winter. */
function month11(year: number): number {
  const k = lunationOf(jdnFromParts(year, 12, 31));
  // Sector 9 starts at 270°: if the sun is already past the solstice when month k starts,
  // the solstice fell in the month before.
  return solarSector(newMoonDay(k)) >= 9 ? k - 1 : k;
}

interface LunarYearShape {
  /** k of month 11 of the previous lunar year: months are counted from it. */
  first: number;
  /** Offset from `first` of the leap month, or null. */
  leapOffset: number | null;
}

const shapes = new Map<number, LunarYearShape>();

/** The months between month 11 before lunar year `year` and the next month 11. */
function shapeOf(year: number): LunarYearShape {
  const cached = shapes.get(year);
  if (cached) return cached;
  const first = month11(year - 1);
  let leapOffset: number | null = null;
  if (month11(year) - first === 13) {
    for (let i = 1; i <= 12 && leapOffset === null; i += 1) {
      if (solarSector(newMoonDay(first + i)) === solarSector(newMoonDay(first + i + 1))) leapOffset = i;
    }
  }
  const shape = { first, leapOffset };
  shapes.set(year, shape);
  return shape;
}

function checkYear(year: number): void {
  if (!isSupportedYear(year)) throw new RangeError(unsupportedYearMessage(year));
}

/** The lunar date of a Gregorian date 'YYYY-MM-DD' (Vietnam's calendar). */
export function solarToLunar(date: string): LunarDate {
  if (!isIsoDate(date)) throw new RangeError(notADateMessage(date));
  const jdn = jdnFromIso(date);
  let year = Number(date.slice(0, 4));
  checkYear(year);
  const k = lunationOf(jdn);
  if (k >= month11(year)) year += 1;
  const { first, leapOffset } = shapeOf(year);
  const offset = k - first;
  const ordinal = leapOffset !== null && offset >= leapOffset ? offset - 1 : offset;
  const month = ((ordinal + 10) % 12) + 1;
  return {
    day: jdn - newMoonDay(k) + 1,
    month,
    year: month >= 11 ? year - 1 : year,
    leap: offset === leapOffset,
  };
}

/** The Gregorian date 'YYYY-MM-DD' of a lunar date; throws RangeError if it does not exist. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Không có tháng âm lịch ${month}.`);
  const { first, leapOffset } = shapeOf(month >= 11 ? year + 1 : year);
  const ordinal = (month + 1) % 12;
  let offset: number;
  if (leap) {
    if (leapOffset !== ordinal + 1) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận.`);
    offset = leapOffset;
  } else {
    offset = leapOffset !== null && ordinal >= leapOffset ? ordinal + 1 : ordinal;
  }
  const start = newMoonDay(first + offset);
  const length = newMoonDay(first + offset + 1) - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Tháng ${month}/${year} âm lịch có ${length} ngày, không có ngày ${day}.`);
  }
  return isoFromJdn(start + day - 1);
}

/** Tết Nguyên đán: the first day of lunar year `year`, as 'YYYY-MM-DD'. */
export function tetDate(year: number): string {
  return lunarToSolar(1, 1, year);
}
