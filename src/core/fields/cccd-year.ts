/**
 * The birth year a 12-digit CCCD number carries, without the field's validators (lists and
 * pickers use it). Digit 4 is sex and century, digits 5–6 the year (Circular 07/2016/TT-BCA,
 * art. 7: 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s).
 */
const CENTURY_BY_PAIR = [1900, 2000, 2100, 2200, 2300] as const;

export function cccdBirthYear(id: string): number | undefined {
  if (!/^\d{12}$/.test(id)) return undefined;
  const century = CENTURY_BY_PAIR[Math.floor(Number(id[3]) / 2)];
  return century === undefined ? undefined : century + Number(id.slice(4, 6));
}
