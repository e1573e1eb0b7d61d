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

/**
 * `stored`: the address as saved in the class profile, undefined when never set (or reset). The
 * guide's own address counts as not chosen even when stored: a class file copies a profile whole,
 * defaults included, so "stored" does not prove a monitor chose it; asking once more is the safe side.
 */
/** The support address among the saved settings, or undefined when the class set none (or a blank). */
export function supportEmailOf(stored: { supportEmail?: unknown }): string | undefined {
  const value = stored.supportEmail;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function supportAddressOf(stored: string | undefined): SupportAddress {
  return stored === undefined || stored.toLowerCase() === LINKS.supportEmail
    ? { address: LINKS.supportEmail, source: 'guide' }
    : { address: stored, source: 'class' };
}
