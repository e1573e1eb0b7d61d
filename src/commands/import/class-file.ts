/**
 * `import <class file>`: our own JSON export merged into this store (another class gathered by a
 * teacher, or the same class on a new laptop). Kept apart from the roster import on purpose: a
 * class file carries states and events that a roster never has.
 */
import { rmSync } from 'node:fs';
import { buildClassFile, classFileMessages as M, planMerge, type MergeEntry, type MergePlan, type ReadClassFile } from '../../core/class-file/index.js';
import { displayName, type ClassProfile, type StudentRecord } from '../../core/record.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import { supportEmailOf } from '../../core/support/address.js';
import { DEFAULT_PROFILE } from '../../core/profile.js';
import type { Store } from '../../store/store.js';
import { openCommandStore } from '../../flows/open-store.js';
import { newId } from '../../store/ids.js';
import { setAsideFolder, writeSetAside } from '../../store/set-aside.js';

export async function mergeClassFile(ctx: CommandContext, file: ReadClassFile, dryRun: boolean): Promise<void> {
  const { output } = ctx;
  const store = await openCommandStore(ctx);
  const fileClass = file.profile.className?.trim() ?? '';
  // Records written before classes were recorded take the file's class name.
  const incoming = file.records.map((record) => (record.className || !fileClass ? record : { ...record, className: fileClass }));
  // Planned on the students as they are under the lock: `taken` knows them all, and the ids this plan gave.
  const planOn = (existing: readonly StudentRecord[]) => planMerge(existing, incoming, newId);
  const adoptProfile = store.view().length === 0 && sameProfile(store.getProfile(), DEFAULT_PROFILE);
  let setAsideFile: string | undefined;
  let plan: MergePlan;
  if (dryRun) plan = planOn(store.view());
  else {
    if (adoptProfile) store.setProfile(file.profile);
    // Planned under the lock on the file as it is now. Every student it takes out of the store is
    // written out first; if the store then cannot be written, it is unchanged and that copy goes.
    try {
      plan = store.rewrite((existing) => {
        const planned = planOn(existing);
        if (planned.toRemove.length > 0) setAsideFile = writeSetAside(store.path, setAsideText(store, existing, planned, ctx.now), ctx.now);
        return { ...planned, save: planned.toSave, remove: planned.toRemove };
      }, ctx.now);
    } catch (error) {
      if (setAsideFile !== undefined) rmSync(setAsideFile, { force: true });
      throw error;
    }
  }
  const count = (kind: MergeEntry['kind']) => plan.entries.filter((entry) => entry.kind === kind).length;
  const held = count('refused') + plan.setAside.length;
  if (output.json) {
    output.printJson({
      classFile: true,
      className: fileClass,
      students: plan.entries.map(jsonEntry),
      setAside: plan.setAside.map((entry) => ({ id: entry.record.id, name: entry.record.fields.name ?? null, clash: entry.clash, with: entry.existing?.id ?? null, ...(entry.alsoClashes ? { alsoWith: entry.alsoClashes.id } : {}) })),
      setAsideFile: setAsideFile ?? null,
      unitedInStore: plan.unitedInStore.map((entry) => ({ id: entry.record.id, into: entry.into })),
      summary: { total: plan.entries.length, added: count('added'), updated: count('updated'), same: count('same'), kept: count('kept'), refused: count('refused'), setAside: plan.setAside.length, rejected: file.rejected.length },
      profileAdopted: adoptProfile && !dryRun,
      saved: !dryRun,
    });
  } else {
    output.line(M.read(file.records.length + file.rejected.length, fileClass));
    if (!fileClass) output.warn(M.noClassName);
    for (const [kind, text] of [['added', M.added], ['updated', M.updated], ['same', M.same], ['kept', M.kept], ['refused', M.refused]] as const) {
      if (count(kind) > 0) output.line(`  ${text(count(kind))}`);
    }
    if (plan.setAside.length > 0) output.line(`  ${M.setAsideCount(plan.setAside.length)}`);
    if (file.rejected.length > 0) output.warn(M.rejected(file.rejected.length));
    const conflicts = plan.entries.filter((entry) => (entry.kind === 'updated' || entry.kind === 'kept') && (entry.fields.length > 0 || entry.eventsDiffer));
    if (conflicts.length > 0) {
      output.warn(M.conflictTitle);
      for (const entry of conflicts) output.line(`  • ${conflictLine(entry)}`);
    }
    for (const entry of plan.unitedInStore) output.line(M.unitedInStore(named(entry.record), entry.into));
    for (const entry of plan.entries.filter((e) => e.kind === 'refused')) {
      output.error(M.refusedLine(who(entry), entry.clash ?? 'bhxhCode', maybeNamed(entry.existing) ?? M.someoneElse, maybeNamed(entry.alsoClashes)));
    }
    for (const entry of plan.setAside) {
      output.error(M.setAsideLine(named(entry.record), entry.clash, maybeNamed(entry.existing) ?? M.someoneElse, maybeNamed(entry.alsoClashes)));
    }
    if (plan.toRemove.length > 0) output.warn(setAsideFile === undefined ? M.setAsideDryRun(setAsideFolder(store.path)) : M.setAsideSaved(setAsideFile));
    profileNotes(ctx, store, file, adoptProfile, dryRun);
    output.line(dryRun ? M.dryRun : M.savedTotal(plan.toSave.length));
    if (!dryRun) output.line(M.boardHint);
  }
  if (held > 0) throw new UserError(M.held(held, dryRun), { hint: setAsideFile === undefined ? M.refusedHint : M.setAsideHint(setAsideFile) });
}

const named = (record: StudentRecord): string => `${record.id} ${displayName(record.fields)}`;
const maybeNamed = (record: StudentRecord | undefined): string | undefined => (record === undefined ? undefined : named(record));

/** Every student the plan takes out of the store, as they are now, as a class file of this store (numbers whole: it is for importing again). */
function setAsideText(store: Store, existing: readonly StudentRecord[], plan: MergePlan, now: Date): string {
  const removed = new Set(plan.toRemove);
  const records = existing.filter((record) => removed.has(record.id));
  const classFile = buildClassFile(records, store.getProfile(), { now, masked: false, supportEmailSet: supportEmailOf(store.storedProfile()) !== undefined });
  return `${JSON.stringify(classFile, null, 2)}\n`;
}

const who = (entry: MergeEntry): string => `${entry.id ?? entry.incoming.id} ${displayName(entry.incoming.fields)}`;

function conflictLine(entry: MergeEntry): string {
  const counts: [number, number] = [entry.existing?.events.length ?? 0, entry.incoming.events.length];
  return M.conflict(who(entry), entry.fields, entry.eventsDiffer, counts);
}

function jsonEntry(entry: MergeEntry) {
  return {
    kind: entry.kind,
    id: entry.id ?? null,
    fileId: entry.incoming.id,
    name: entry.incoming.fields.name ?? null,
    className: entry.incoming.className ?? null,
    differingFields: entry.fields,
    eventsDiffer: entry.eventsDiffer,
    ...(entry.kind === 'refused' ? { clash: entry.clash, with: entry.existing?.id ?? null, ...(entry.alsoClashes ? { alsoWith: entry.alsoClashes.id } : {}) } : {}),
  };
}

function sameProfile(a: ClassProfile, b: ClassProfile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function profileNotes(ctx: CommandContext, store: Store, file: ReadClassFile, adopted: boolean, dryRun: boolean): void {
  if (adopted) {
    if (!dryRun) ctx.output.line(M.profileAdopted(file.profile.className ?? ''));
    return;
  }
  const mine = store.getProfile() as unknown as Record<string, unknown>;
  const differing = Object.entries(file.profile)
    .filter(([key, value]) => key !== 'className' && JSON.stringify(mine[key]) !== JSON.stringify(value))
    .map(([key]) => key);
  if (differing.length > 0) ctx.output.line(M.profileKept(differing));
}

