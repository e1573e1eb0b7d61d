/** `photos <folder>`: a class's ID photos (a Google Forms upload folder, a Zalo album) attached to the saved students. */
import type { CommandContext } from '../context.js';
import { MAX_PHOTO_BYTES, sniffImage } from '../core/fields/photo.js';
import { normalizePhotoPath } from '../core/fields/photo-path.js';
import { matchPhotos, type FolderFile, type PhotoMatch } from '../core/photos/match.js';
import { photosMessages as M } from '../core/photos/messages.js';
import { NoTerminalError, UserError } from '../errors.js';
import { openCommandStore } from '../flows/open-store.js';
import { attachPhotos, type AttachResult } from '../flows/photos/attach.js';
import { listPhotoFolder, MAX_FILES, readFileHead, readWholeFile } from '../flows/photos/folder.js';
import { planPhotos } from '../flows/photos/plan.js';
import { convertedPhotoPath } from '../store/photos.js';
import { withSpinner } from '../ui/spinner.js';
import { planJson, printPlan, printRefused } from './photos/print.js';

interface Options {
  yes?: boolean;
  dryRun?: boolean;
  overwrite?: boolean;
}

export async function run(ctx: CommandContext, [folderArg = '']: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const dryRun = options.dryRun === true;
  const overwrite = options.overwrite === true;
  // Asked before any work, so a script without --yes learns it at once and nothing waits for input.
  if (!options.yes && !dryRun && !ctx.interactive) throw new NoTerminalError(['--yes']);
  // A folder dragged into the terminal comes quoted or backslash-escaped, as a photo does.
  const folder = normalizePhotoPath(folderArg);
  const store = await openCommandStore(ctx, { readOnly: dryRun });
  const records = store.list();
  if (records.length === 0) throw new UserError(M.noStudents);
  const listing = listPhotoFolder(folder);
  if (listing.truncated) output.warn(M.tooManyFiles(MAX_FILES));
  const absolute = new Map<FolderFile, string>();
  const files = listing.files.map((listed) => {
    const file: FolderFile = { path: listed.path, kind: sniffImage(readFileHead(listed.absolute, 12)) };
    absolute.set(file, listed.absolute);
    return file;
  });
  const { matches, misses } = matchPhotos(files, records);
  const convertedOf = (match: PhotoMatch, file: string): string | undefined => {
    try {
      return convertedPhotoPath(store.path, match.record.id, match.side, readWholeFile(file, MAX_PHOTO_BYTES));
    } catch {
      // Said when it is converted: the same read fails there with its reason.
      return undefined;
    }
  };
  const plan = planPhotos(matches, (file) => absolute.get(file) ?? file.path, convertedOf, overwrite);
  let result: AttachResult = { saved: [], refused: [] };
  if (!output.json) printPlan(output, plan, misses);
  if (plan.attach.length > 0 && !dryRun && (options.yes || (await confirmed(plan.attach.length)))) {
    const heic = plan.attach.filter((item) => item.heic).length;
    // Converting blocks for seconds a photo: the spinner is drawn before, as it cannot tick during.
    const spinner = { enabled: !output.json && heic > 0, delayMs: 0, color: output.colors.level > 0 };
    result = await withSpinner(M.converting(heic), () => attachPhotos(plan.attach, store, overwrite, ctx.now), spinner);
  }
  if (output.json) {
    output.printJson(planJson(plan, misses, result.saved, result.refused, dryRun));
    return;
  }
  if (plan.attach.length === 0) output.line(M.nothing);
  else if (dryRun) output.line(M.dryRun);
  else if (result.saved.length === 0 && result.refused.length === 0) output.line(M.cancelled);
  printRefused(output, result.refused);
  if (result.saved.length > 0) output.success(M.saved(result.saved.length));
}

async function confirmed(count: number): Promise<boolean> {
  const { prompter } = await import('../ui/prompter.js');
  return prompter.confirm({ message: M.confirm(count), default: true });
}
