/** Chat links for a reminder: a phone opens Zalo's chat page or the phone's SMS app with the text. */

/** '0912 345 678', '+84912345678' → '0912345678': the form both links take. */
export function chatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return /^84\d{9}$/.test(digits) ? `0${digits.slice(2)}` : digits;
}

/** Zalo's public chat link by phone number (https://zalo.me/<số điện thoại>, Zalo's own share format). */
export const zaloLink = (phone: string): string => `https://zalo.me/${chatPhone(phone)}`;

/** RFC 5724's sms: URI with the message as its body; Android and iOS both read `?body=`. */
export const smsLink = (phone: string, text: string): string => `sms:${chatPhone(phone)}?body=${encodeURIComponent(text)}`;
