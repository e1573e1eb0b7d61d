/**
 * What a 15-character BHYT card code says besides the BHXH code: the beneficiary group and the
 * province whose BHXH issued the card.
 */
import { CCCD_PROVINCE_CODES, findProvince } from '../provinces.js';

/**
 * The 2-letter beneficiary groups ("mã đối tượng"), as listed by Decision 1351/QĐ-BHXH of
 * 16/11/2015 (mã số ghi trên thẻ BHYT) and its amendments: employees and employers (DN, HX, CH,
 * NN, TK, HC, XK), paid by the insurer (HT, TB, NO, CT, XB, TN, CS), by the State budget (QN, CA,
 * CY, XN, MS, CC, CK, CB, KC, HD, TE, BT, HN, DT, DK, XD, TS, TC, TQ, TA, TY, HG, LS, PV),
 * supported by it (CN, HS, SV, GB) and households (GD). Taken from the decision's annex as
 * reproduced in guides, not from the gazette itself: it may lag a later amendment, so a code
 * not listed is a warning naming it, never a refusal.
 */
export const BENEFICIARY_GROUPS: ReadonlySet<string> = new Set([
  'DN', 'HX', 'CH', 'NN', 'TK', 'HC', 'XK',
  'HT', 'TB', 'NO', 'CT', 'XB', 'TN', 'CS',
  'QN', 'CA', 'CY', 'XN', 'MS', 'CC', 'CK', 'CB', 'KC', 'HD', 'TE', 'BT', 'HN', 'DT', 'DK', 'XD',
  'TS', 'TC', 'TQ', 'TA', 'TY', 'HG', 'LS', 'PV',
  'CN', 'HS', 'SV', 'GB',
  'GD',
]);

/**
 * The card's 2-digit province code is the insurer's, which follows the administrative codes of
 * the 63 former provinces (Decision 124/2004/QĐ-TTg): the CCCD's first three digits less the
 * leading 0 (79 TP. Hồ Chí Minh, 01 Hà Nội). Not renumbered after the 2025 mergers as far as we
 * know, so a card printed before them keeps its old province. Codes outside that list (the
 * insurer is said to use a few for the armed forces' own BHXH) are a warning, not a refusal;
 * 00 is no province at all.
 */
export function cardProvinceName(code: string): string | undefined {
  return CCCD_PROVINCE_CODES[`0${code}`];
}

export interface CardFacts {
  group: string;
  groupKnown: boolean;
  provinceCode: string;
  /** The province as named when the card was issued (former list); undefined: code not known. */
  provinceName?: string;
  /** Today's province (34-unit list) of that former province. */
  provinceToday?: string;
}

export function describeCard(card: string): CardFacts {
  const group = card.slice(0, 2);
  const provinceCode = card.slice(3, 5);
  const facts: CardFacts = { group, groupKnown: BENEFICIARY_GROUPS.has(group), provinceCode };
  const provinceName = cardProvinceName(provinceCode);
  if (provinceName !== undefined) {
    facts.provinceName = provinceName;
    const today = findProvince(provinceName)?.name;
    if (today !== undefined) facts.provinceToday = today;
  }
  return facts;
}

/** The province-level BHXH office of today's province: "BHXH Thành phố Hồ Chí Minh", "BHXH tỉnh Gia Lai". */
export function provinceAgency(today: string): string {
  return today.startsWith('Thành phố') ? `BHXH ${today}` : `BHXH tỉnh ${today}`;
}
