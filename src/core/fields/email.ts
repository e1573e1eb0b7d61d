/** Địa chỉ thư điện tử: optional on the form, but the OTP and the password-change code go to it. */
import mailSpellChecker from '@zootools/email-spell-checker';
import { normalizeText } from '../text.js';
import type { Parsed } from './helpers.js';
import { emailMessages as M } from './messages.js';

export const EMAIL_MAX_LENGTH = 254;

// zod 4's "practical" e-mail pattern (zod/v4/core/regexes.js, `email`), the format this rule
// has always checked: kept as the pattern itself so that checking an address loads no library.
const EMAIL_FORMAT = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// name@domain whose domain has no dot: the ending (.com, .vn) was left out.
const NO_DOMAIN_ENDING = /^[^@\s]+@[a-z0-9-]+$/;

// The library's lists of popular domains and endings (maintained with it), plus the Vietnamese
// one students use: without it "yahoo.com.vn" itself would be "corrected" to yahoo.com. Gmail has
// no Vietnamese mail domain (its addresses are all @gmail.com), so "gmail.com.vn" is a typo.
const DOMAINS = [...mailSpellChecker.POPULAR_DOMAINS, 'yahoo.com.vn'];
const TOP_LEVEL_DOMAINS = [...mailSpellChecker.POPULAR_TLDS, 'vn', 'com.vn', 'edu.vn', 'gov.vn', 'org.vn', 'net.vn'];

// The suggestion depends on the domain only, and a class uses few: one check per domain (the
// library takes about 0.1 ms a call, which a 10,000-row roster would feel as a second).
const suggestedDomains = new Map<string, string | undefined>();

// ".con" is no ending at all: the m of ".com" hit as an n (next to it on the keyboard). The
// library, which weighs every ending alike, would offer ".co" (Colombia) for yahoo.con.
const CON = /\.con$/;

function suggestDomain(domain: string): string | undefined {
  if (CON.test(domain)) return domain.replace(CON, '.com');
  if (!suggestedDomains.has(domain)) {
    const suggestion = mailSpellChecker.run({ email: `x@${domain}`, domains: DOMAINS, topLevelDomains: TOP_LEVEL_DOMAINS });
    suggestedDomains.set(domain, suggestion === undefined || suggestion.domain === domain ? undefined : suggestion.domain);
  }
  return suggestedDomains.get(domain);
}

/** The address the spelling checker suggests instead ("an@gmial.com" → "an@gmail.com"), if any. */
export function suggestEmail(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = suggestDomain(address.slice(at + 1));
  return domain === undefined ? undefined : `${address.slice(0, at)}@${domain}`;
}

/** Optional (see rules.ts): the OTP goes to it, so it is asked, but the form allows none. */
export function parseEmail(raw: string): Parsed<string> {
  // Copied from a web page, an address can come as "mailto:…"; domains are case-insensitive
  // and mail providers here ignore local-part case, so one spelling is stored.
  const s = normalizeText(raw).replace(/^mailto:/i, '').toLowerCase();
  if (s.length > EMAIL_MAX_LENGTH) return { error: M.tooLong(EMAIL_MAX_LENGTH) };
  if (EMAIL_FORMAT.test(s)) return { value: s };
  if (NO_DOMAIN_ENDING.test(s)) return { error: M.noDomainEnding(s, suggestEmail(s)) };
  return { error: M.invalid(raw) };
}

/** No address (no OTP can reach the student), or a likely typo in the domain. */
export function emailWarnings(value: string | undefined): string[] {
  if (value === undefined || value === '') return [M.missing];
  const suggestion = suggestEmail(value);
  return suggestion === undefined ? [] : [M.didYouMean(value, suggestion)];
}
