/** What the board adds after a student's detail: when they were last reminded, and whether they sat still too long. */
import { idleDays, remindedAgo, type BoardEntry } from '../../core/tracking/index.js';
import { remindText } from '../../core/tracking/remind-messages.js';

/** The idle flag alone, for names packed several to a line. */
export function boardFlags(now: Date, idleLimit: number): (entry: BoardEntry) => string[] {
  return (entry) => {
    const idle = idleDays(entry, now, idleLimit);
    return idle === undefined ? [] : [remindText.idleShort(idle)];
  };
}

export function boardNotes(now: Date, idleLimit: number): (entry: BoardEntry) => string[] {
  return (entry) => {
    const notes: string[] = [];
    const idle = idleDays(entry, now, idleLimit);
    if (idle !== undefined) notes.push(remindText.idle(idle));
    if (entry.remindedAt !== undefined) notes.push(remindedAgo(entry.remindedAt, now));
    return notes;
  };
}
