/** The guide's rows with this class's own details in them. */
import { LINKS } from './links.js';
import type { TroubleshootingRow } from './troubleshooting.js';

/** Row 3 with the support address set in `config` instead of the guide's; other rows as they are. */
export function withSupportEmail(row: TroubleshootingRow, supportEmail: string | undefined): TroubleshootingRow {
  if (supportEmail === undefined || supportEmail === LINKS.supportEmail || !row.solution.includes(LINKS.supportEmail)) return row;
  return {
    ...row,
    solution: row.solution.replaceAll(LINKS.supportEmail, supportEmail),
    links: row.links.map((link) => link.replaceAll(LINKS.supportEmail, supportEmail)),
  };
}
