/**
 * `collect`: classmates fill in their own form on their phones, served from this laptop while the
 * command runs. The terminal shows the address as a QR code, one line per arrival, and asks the
 * monitor about a new phone or e-mail for a saved student; at the end, a summary.
 */
import os from 'node:os';
import { vietnamWallClock } from '../core/calendar/vietnam-time.js';
import { FIELD_LABELS } from '../core/fields/messages.js';
import { displayName, type FieldKey } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { openCommandStore } from '../flows/open-store.js';
import { chooseBackground, printQr } from '../ui/qr-screen.js';
import { wrap } from '../ui/wrap.js';
import { collectTerminal as T, rejectionReasons } from '../collect/messages.js';
import { HeldChanges } from '../collect/held.js';
import type { CollectEvent } from '../collect/server.js';

interface Options {
  host?: string;
  port: string;
  minutes: string;
  light?: boolean;
  dark?: boolean;
}

/** The first IPv4 address of a network card that is not the machine's own loopback. */
export function lanAddress(interfaces = os.networkInterfaces()): string | undefined {
  for (const list of Object.values(interfaces)) {
    const found = list?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  return undefined;
}

function numberIn(raw: string, min: number, max: number, flag: string, integer: boolean): number {
  const n = Number(raw.replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new UsageError(T.badNumber(flag, raw, min, max));
  }
  return n;
}

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const port = numberIn(options.port, 0, 65535, '--port', true);
  // Fractions allowed (0,5 is half a minute): a short session for a test or a demonstration.
  const minutes = numberIn(options.minutes, 0.01, 24 * 60, '--minutes', false);
  const host = options.host ?? lanAddress();
  if (host === undefined) throw new UserError(T.noLanAddress, { hint: T.hostHint });
  const store = await openCommandStore(ctx);
  const [{ startCollectServer }, { collectPage }, { loadWardList }, { default: wardData }] = await Promise.all([
    import('../collect/server.js'),
    import('../collect/page-html.js'),
    import('../core/address/load.js'),
    import('../core/address/ward-source.js'),
  ]);
  const time = (at: Date) => vietnamWallClock(at).time;
  const counts = { saved: 0, updated: 0, rejected: 0, held: 0 };
  const held = new HeldChanges({ interactive: ctx.interactive, output, store, clock: ctx.clock });
  const onEvent = (event: CollectEvent) => {
    if (event.kind === 'rejected') {
      counts.rejected += 1;
      const reason = rejectionReasons[event.reason];
      output.warn(T.rejected(time(event.at), event.address, event.detail === undefined ? reason : `${reason}: ${event.detail}`));
      return;
    }
    const { record, updated, conflicts, missing } = event.result;
    counts[updated ? 'updated' : 'saved'] += 1;
    const name = displayName(record.fields);
    const labels = missing.map((key: FieldKey) => FIELD_LABELS[key]);
    output.success(T.arrival(time(event.at), name, record.state === 'ready', labels, updated));
    for (const c of conflicts) output.line(output.colors.yellow(T.conflict(FIELD_LABELS[c.field], c.from ?? '', c.to)));
    held.add(record.id, name, event.result.held);
  };

  const profile = store.getProfile();
  let server;
  try {
    server = await startCollectServer({
      host, port, store, onEvent, clock: ctx.clock,
      page: await collectPage(), wardsJson: JSON.stringify(wardData), wards: await loadWardList(profile.extraWards),
    });
  } catch (error) {
    throw new UserError(T.listenFailed(host, port, error instanceof Error && 'code' in error ? String(error.code) : String(error)));
  }
  // Listening for the signals before the address is out: a stop sent at once is never missed.
  const stopped = stopSignal(minutes * 60_000);
  const until = new Date(ctx.clock().getTime() + minutes * 60_000);
  const stopHow = ctx.interactive ? T.until(minutes, time(until)) : T.noTerminalStop(minutes);
  if (output.json) {
    output.info(T.address(server.url));
    output.info(stopHow);
  } else {
    // The advice first, the code last: what stays on the screen for the class to scan.
    output.line(output.colors.bold(T.title));
    output.line(wrap(T.hotspot, output.width));
    output.warn(wrap(T.secret, output.width - 2));
    output.line(stopHow);
    output.line();
    const choice = chooseBackground(options, ctx.env, (b) => (b === 'light' ? '--light' : '--dark'));
    await printQr(output, { label: T.qrLabel, url: server.url }, choice);
  }
  await stopped;
  await server.close();
  held.close();
  counts.held = held.held;
  if (output.json) output.printJson({ ...counts, stoppedAt: ctx.clock().toISOString() });
  else {
    output.line();
    output.line(T.stopped);
    output.line(T.summary(counts.saved, counts.updated, counts.rejected, counts.held));
    output.line(T.next);
  }
}

/** Ctrl+C (SIGINT), SIGTERM or the time running out, whichever comes first. */
function stopSignal(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    const timer = setTimeout(stop, ms);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
