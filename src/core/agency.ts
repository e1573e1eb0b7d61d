/**
 * The receiving agency ("Cơ quan BHXH tiếp nhận"): which province an agency names, and what to
 * suggest. The guide's "BHXH Quận 3, TP. Hồ Chí Minh" predates the 2025 reorganisation: Vietnam
 * Social Security moved under the Ministry of Finance (Decision 391/QĐ-BTC, 1/3/2025), its local
 * offices became "BHXH tỉnh/thành phố …" and "BHXH cơ sở …" (Decision 2286/QĐ-BTC, 30/6/2025),
 * and there are no districts since 1/7/2025. The guide's later section says to choose the
 * agency that issued the family's BHYT card, so that is suggested first; the guide's own is
 * one choice among others, never a silent default.
 */
import { agencyFromCard } from './fields/bhxh.js';
import { provinceAgency } from './fields/bhyt-card.js';
import { FORM_TEXT } from './content/registration.js';
import { findProvince } from './provinces.js';
import type { StudentRecord } from './record.js';
import { foldForSearch } from './text.js';

export const GUIDE_AGENCY = FORM_TEXT.defaultReceivingAgency;

/** Today's province an agency's text names ("BHXH TP. Hà Nội – BHXH cơ sở Đống Đa" → Thành phố Hà Nội). */
export function agencyProvince(agency: string): string | undefined {
  const words = foldForSearch(agency).split(' ').filter(Boolean);
  // The longest run of words that is a province name (or a former one, or "HCM"), leftmost first.
  for (let length = Math.min(4, words.length); length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const found = findProvince(words.slice(start, start + length).join(' '));
      if (found !== undefined) return found.name;
    }
  }
  return undefined;
}

export type AgencySource = 'card' | 'class' | 'province' | 'guide';

export interface AgencySuggestion {
  agency: string;
  source: AgencySource;
}

export interface AgencyContext {
  /** The BHYT card code as typed (the BHXH code field's raw answer), when it was one. */
  cardCode?: string;
  /** The student's province (today's name). */
  province?: string;
  /** The class profile's agency ('' when the class has not chosen one). */
  classAgency?: string;
}

/**
 * The choices to offer, best first, each once: the class's, the card's BHXH, the student's
 * province's, the guide's. Schools name their own office (a 2025 guide: "(001) BHXH TP. Hà Nội –
 * BHXH cơ sở Đống Đa"), and electronic social-insurance transactions are not bound to
 * administrative boundaries (Decree 164/2025/NĐ-CP, from 1/7/2025): the class's office comes first.
 */
export function agencySuggestions(context: AgencyContext): AgencySuggestion[] {
  const candidates: AgencySuggestion[] = [];
  if (context.classAgency) candidates.push({ agency: context.classAgency, source: 'class' });
  const card = context.cardCode === undefined ? undefined : agencyFromCard(context.cardCode);
  if (card !== undefined) candidates.push({ agency: card, source: 'card' });
  if (context.province) candidates.push({ agency: provinceAgency(context.province), source: 'province' });
  candidates.push({ agency: GUIDE_AGENCY, source: 'guide' });
  const seen = new Set<string>();
  return candidates.filter(({ agency }) => !seen.has(agency) && Boolean(seen.add(agency)));
}

/**
 * The class's agency is taken without asking whenever the class has one: it is the school's own
 * office and not bound to the student's province (Decree 164/2025/NĐ-CP); a student from another
 * province gets a note (agencyProvinceMismatch), not a question or a warning.
 */
export function classAgencyFits(context: AgencyContext): boolean {
  return Boolean(context.classAgency);
}

/** The agency's province and the student's, when both are known and differ. */
export function agencyProvinceMismatch(agency: string | undefined, province: string | undefined): { agencyProvince: string; province: string } | undefined {
  if (!agency || !province) return undefined;
  const named = agencyProvince(agency);
  return named !== undefined && named !== province ? { agencyProvince: named, province } : undefined;
}

/**
 * Students a new class agency should reach: not yet submitted (draft, ready), whose agency is
 * none, the class's previous one or the guide's; one chosen for the student stays theirs.
 */
export function agencyUpdateCandidates(records: readonly StudentRecord[], previous: string, next: string): StudentRecord[] {
  const replaceable = new Set(['', previous, GUIDE_AGENCY]);
  return records.filter((record) => {
    if (record.state !== 'draft' && record.state !== 'ready') return false;
    const agency = record.fields.receivingAgency ?? '';
    return agency !== next && replaceable.has(agency);
  });
}
