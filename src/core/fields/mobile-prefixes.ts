/**
 * Vietnam's allocated 3-digit mobile prefixes: the one table the phone rule refuses by.
 *
 * Source: the national numbering plan (Quy hoạch kho số viễn thông, Circular 22/2014/TT-BTTTT of
 * 22/12/2014, as amended) and the conversion of 11-digit mobile numbers to 10 digits in
 * 2018–2019 (01x → 03x, 05x, 07x, 08x; e.g. Viettel 0162–0169 → 032–039, MobiFone 0120 → 070,
 * VinaPhone 0123 → 083, Vietnamobile 0186 → 056, Gmobile 0199 → 059). Holders, for the record:
 * Viettel 032–039, 086, 096–098; VinaPhone 081–085, 088, 091, 094; MobiFone 070, 076–079, 089,
 * 090, 093; Vietnamobile 052, 056, 058, 092; Wintel 055; Gmobile 059, 099; Itelecom 087.
 * Checked against ../shared/DOMAIN.md (12/2026). A prefix allocated later is missing here until
 * it is added; libphonenumber-js's finer blocks are only a warning (see phone.ts).
 */
const ALLOCATED = [
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '096', '097', '098', '099',
] as const;

export const MOBILE_PREFIXES: ReadonlySet<string> = new Set(ALLOCATED);

/** Whether a national number ("0894641177") starts with an allocated mobile prefix. */
export const hasMobilePrefix = (national: string): boolean => MOBILE_PREFIXES.has(national.slice(0, 3));
