/** What `photos` shows: the proposed attachments, what stays, and each file it could not use and why. */
import { MISS_MESSAGES, photosMessages as M, SIDE_LABELS } from '../../core/photos/messages.js';
import type { FolderFile, PhotoMiss } from '../../core/photos/match.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import { STATE_LABELS } from '../../core/tracking/messages.js';
import type { Attachment, PhotoPlan } from '../../flows/photos/plan.js';
import type { Output } from '../../ui/output.js';

const who = (records: readonly StudentRecord[]): string => records.map((r) => `${displayName(r.fields)} (mã ${r.id})`).join(', ');

export const missMessage = (miss: PhotoMiss): string => MISS_MESSAGES[miss.reason](who(miss.candidates));

export function printPlan(output: Output, plan: PhotoPlan, misses: readonly PhotoMiss[]): void {
  if (plan.attach.length > 0) {
    output.line(M.proposalTitle(plan.attach.length));
    for (const item of plan.attach) {
      const notes = [item.heic ? M.heicNote : '', item.replaces ? M.replaces : ''].filter(Boolean).join(' ');
      output.line(`  ${M.proposal(displayName(item.record.fields), item.record.id, SIDE_LABELS[item.side], item.file.path)}${notes ? ` ${notes}` : ''}`);
      for (const warning of item.warnings) output.warn(warning);
    }
  }
  for (const record of plan.kept) output.warn(M.kept(displayName(record.fields), record.id, STATE_LABELS[record.state]));
  for (const { record, side } of plan.already) output.info(M.already(displayName(record.fields), SIDE_LABELS[side]));
  printRefused(output, [...plan.refused, ...misses.map((miss) => ({ file: miss.file, message: missMessage(miss) }))]);
}

export function printRefused(output: Output, refused: ReadonlyArray<{ file: FolderFile; message: string }>): void {
  if (refused.length === 0) return;
  output.line(M.missesTitle(refused.length));
  for (const { file, message } of refused) output.line(`  ✖ ${M.miss(file.path, message)}`);
}

const attachmentJson = (item: Attachment & { path?: string }) => ({
  id: item.record.id,
  name: displayName(item.record.fields),
  side: item.side,
  file: item.file.path,
  heic: item.heic,
  replaces: item.replaces,
  ...(item.path === undefined ? {} : { path: item.path }),
});

/** The --json answer: the plan, and what was saved (nothing with --dry-run or when cancelled). */
export function planJson(
  plan: PhotoPlan, misses: readonly PhotoMiss[], saved: ReadonlyArray<Attachment & { path: string }>,
  refused: ReadonlyArray<{ file: FolderFile; message: string }>, dryRun: boolean,
) {
  return {
    dryRun,
    proposed: plan.attach.map(attachmentJson),
    attached: saved.map(attachmentJson),
    kept: plan.kept.map((r) => ({ id: r.id, name: displayName(r.fields), state: r.state })),
    already: plan.already.map(({ record, side }) => ({ id: record.id, name: displayName(record.fields), side })),
    refused: [...plan.refused, ...refused].map(({ file, message }) => ({ file: file.path, message })),
    unmatched: misses.map((miss) => ({ file: miss.file.path, reason: miss.reason, message: missMessage(miss), candidates: miss.candidates.map((r) => r.id) })),
  };
}
