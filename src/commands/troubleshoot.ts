import { withSupportEmail } from '../core/content/class-rows.js';
import { supportEmailOf } from '../core/support/address.js';
import { troubleshootingRow } from '../core/content/search.js';
import type { TroubleshootingRow } from '../core/content/troubleshooting.js';
import type { CommandContext } from '../context.js';
import { publicRow, renderRow } from '../ui/render.js';

/**
 * `troubleshoot <n>` is the quick answer (≤ 1.5× a bare node): it loads the rows and their
 * renderer only, and row 3's saved support address (the store, opened read-only) when that row is
 * asked. Every other form (search, --list, --student, --email, a wrong number) is
 * troubleshoot/full.ts, loaded when needed; test/e2e/startup.test.ts checks what this file loads.
 */
export async function run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<void> {
  const row = quickRow(args, options);
  if (row === undefined) return (await import('./troubleshoot/full.js')).run(ctx, args, options);
  const email = row.number === 3 ? await savedSupportEmail(ctx) : undefined;
  const shown = withSupportEmail(row, email);
  if (ctx.output.json) ctx.output.printJson({ rows: [publicRow(shown)] });
  else renderRow(ctx.output, shown);
}

/** Row 3's address as the class saved it, read without creating or repairing anything. */
async function savedSupportEmail(ctx: CommandContext): Promise<string | undefined> {
  const { openStore } = await import('../store/store.js');
  return supportEmailOf(openStore({ env: ctx.env, readOnly: true }).storedProfile());
}

/** The row `troubleshoot <n>` names, with no option given; else undefined. */
function quickRow(args: string[], options: Record<string, unknown>): TroubleshootingRow | undefined {
  if (Object.values(options).some((value) => value !== undefined && value !== false)) return undefined;
  const query = args.join(' ').trim();
  return /^\d+$/.test(query) ? troubleshootingRow(Number(query)) : undefined;
}
