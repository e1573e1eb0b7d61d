/**
 * Typing cards written without --out live in a folder of their own beside the data file, under
 * names only `fill --cards` gives, so `purge` can remove exactly what the tool wrote there.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const CARDS_FOLDER = 'the-nhap';
const CARD_NAME = /^the-nhap-\d{8}-\d{6}(?:-\d+)?\.html$/;

export const cardsFolder = (dataFolder: string): string => path.join(dataFolder, CARDS_FOLDER);

/** A fresh name for cards made at `now`: the-nhap-20260302-093000.html (UTC, sorts by time). */
export function newCardsPath(dataFolder: string, now: Date): string {
  const folder = cardsFolder(dataFolder);
  // Owner-only, like the data file beside it: the cards carry full ID and phone numbers.
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(folder, `the-nhap-${stamp}.html`);
}

/** The cards the tool wrote under the data folder, by full path. */
export function listCardFiles(dataFolder: string): string[] {
  const folder = cardsFolder(dataFolder);
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && CARD_NAME.test(entry.name))
      .map((entry) => path.join(folder, entry.name))
      .sort();
  } catch {
    return [];
  }
}

export function removeCardFiles(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
