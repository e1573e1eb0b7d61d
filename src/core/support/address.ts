/**
 * Which address the row-3 e-mail goes to. The guide's (LINKS.supportEmail) is one school's
 * private Gmail, so it is used for classmates' codes and phones only when the monitor chose it:
 * set with `config set supportEmail`, or confirmed for this e-mail.
 */
import { LINKS } from '../content/links.js';

export type SupportAddressSource = 'class' | 'guide';

export interface SupportAddress {
  address: string;
  /** 'class': set by the monitor (`config set supportEmail`); 'guide': the guide's default, not chosen. */
  source: SupportAddressSource;
}

/** `stored`: the address as saved in the class profile, undefined when never set (or reset). */
export function supportAddressOf(stored: string | undefined): SupportAddress {
  return stored === undefined ? { address: LINKS.supportEmail, source: 'guide' } : { address: stored, source: 'class' };
}
