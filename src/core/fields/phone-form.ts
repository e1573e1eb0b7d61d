/**
 * A phone number's national form: what the phone rule stores and what duplicate checks compare.
 * Apart from phone.ts, so that comparing saved numbers does not load libphonenumber-js.
 */
const GROUPING = /[\s.\-()\u2010-\u2015\u2212]/g;

/** "+84 912 345 678", "84912345678", "0084-912-345-678" → "0912345678"; anything else kept, ungrouped. */
export function nationalPhone(text: string): string {
  const compact = text.replace(GROUPING, '');
  let rest: string | undefined;
  if (compact.startsWith('+84')) rest = compact.slice(3);
  else if (compact.startsWith('0084')) rest = compact.slice(4);
  // Only 11 digits ("84 912…") or 12 with the trunk 0 ("84 0912…"): a 10-digit number
  // starting 84 is not a country code but may be a national number missing its 0.
  else if (/^84(?:\d{9}|0\d{9})$/.test(compact)) rest = compact.slice(2);
  // "+84 (0) 912…" is common on business cards: the trunk 0 after the country code goes.
  return rest === undefined ? compact : `0${rest.replace(/^0/, '')}`;
}
