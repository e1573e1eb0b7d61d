/** One QR code on the screen: its label, the code sized to the terminal, its link below. */
import { qrMessages } from './messages.js';
import type { Output } from './output.js';
import { detectBackground, layoutQr, qrModules, type Background, type Room } from './qr.js';
import { displayWidth } from './table.js';
import { wrap } from './wrap.js';

/** Lines around the code: the label above, the link below, and the shell's prompt after the command. */
const AROUND = 3;

/** The terminal's size when stdout is one; else no limit (the code is going to a file or a pipe). */
export function terminalRoom(stream: { isTTY?: boolean; columns?: number; rows?: number } = process.stdout): Room {
  return stream.isTTY === true && stream.columns && stream.rows ? { columns: stream.columns, rows: stream.rows } : {};
}

export interface QrChoice {
  background: Background;
  /** What to type for the other background ("--light", or a whole command), said next to the code. */
  otherFlag: string;
}

/**
 * --light / --dark when given, else what the terminal says (COLORFGBG), else dark: most
 * terminals (Windows Terminal, cmd, VS Code's dark themes) have a dark background by default.
 */
export function chooseBackground(
  flags: { light?: boolean; dark?: boolean }, env: NodeJS.ProcessEnv, flagsFor: (b: Background) => string,
): QrChoice {
  const background: Background = flags.light ? 'light' : flags.dark ? 'dark' : (detectBackground(env) ?? 'dark');
  return { background, otherFlag: flagsFor(background === 'dark' ? 'light' : 'dark') };
}

export interface QrPlace {
  /** Lines that follow the code on the screen (a prompt), which must fit below it too. */
  below?: number;
  /** Said instead of "too small" when the code does not fit (where it is an extra, not the point). */
  instead?: string;
}

export async function printQr(
  output: Output, what: { label: string; url: string }, choice: QrChoice, place: QrPlace = {}, room: Room = terminalRoom(),
): Promise<void> {
  const modules = await qrModules(what.url);
  const around = AROUND + (place.below ?? 0);
  const layout = layoutQr(modules, choice.background, {
    columns: room.columns,
    rows: room.rows === undefined ? undefined : room.rows - around,
  });
  const link = `  ${output.colors.underline(what.url)}`;
  if (!layout.fits) {
    output.line(output.colors.bold(what.label));
    if (place.instead !== undefined) output.line(wrap(place.instead, output.width));
    else output.warn(wrap(qrMessages.tooSmall(layout.needColumns, layout.needRows + around, room.columns, room.rows), output.width - 2));
    output.line(link);
    return;
  }
  const hint = qrMessages.tryOther(choice.otherFlag);
  const heading = `${what.label} (${hint})`;
  // The hint shares the label's line when it fits: a line more would push the code's top off an 80×24 screen.
  if (displayWidth(heading) <= (room.columns ?? output.width)) output.line(output.colors.bold(heading));
  else {
    output.line(hint);
    output.line(output.colors.bold(what.label));
  }
  for (const line of layout.lines) output.line(line);
  output.line(link);
}
