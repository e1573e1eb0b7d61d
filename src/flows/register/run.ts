import type { CommandContext } from '../../context.js';
import { displayName, type ClassProfile, type StudentFields, type StudentRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { printReady } from './result.js';
import { UserError } from '../../errors.js';
import { storeMessages } from '../../store/messages.js';
import { openStore } from '../../store/store.js';
import { registerMessages as M } from './messages.js';
import { prompter } from '../../ui/prompter.js';
import { loadWardList } from '../../core/address/index.js';
import { DraftSession } from './session.js';
import { runWizard } from './wizard.js';

/** The interactive wizard with Ctrl+C handled: what was saved is kept and the way back is printed. */
export interface WizardStart {
  store: Store;
  draft: StudentRecord | undefined;
  /** Answers given as flags, already validated. */
  given: StudentFields;
  profile: ClassProfile;
  /** Show the guide's first screens (not yet shown, and not resuming a draft). */
  fresh: boolean;
  assumeYes: boolean;
  /** The BHYT card code given as --bhxh, when it was one: its province suggests the agency. */
  cardCode?: string;
}

export async function runWizardCommand(ctx: CommandContext, start: WizardStart): Promise<void> {
  const { output, clock } = ctx;
  const { store, draft, given, profile } = start;
  const session = new DraftSession(store, clock, draft);
  session.cardCode = start.cardCode;
  // Answers given as flags are accepted answers: saved like typed ones.
  if (Object.keys(given).length > 0) {
    session.fields = { ...session.fields, ...given };
    session.save();
  }
  if (draft) output.line(output.colors.bold(M.resuming(displayName(draft.fields), draft.id)));
  try {
    const ready = await runWizard(
      {
        output, prompter, session, profile, now: clock, assumeYes: start.assumeYes,
        saveClassAgency: (receivingAgency) => store.setProfile({ receivingAgency }),
        wardList: () => loadWardList(profile.extraWards),
      },
      { fresh: start.fresh },
    );
    if (ready && session.record) {
      printReady(ctx, session.record);
    } else if (session.id && session.record?.state !== 'done') {
      // (A student recorded as already having an account is done: the wizard said so.)
      if (!stillSaved(ctx, session.id)) throw removedMeanwhile(session.id);
      output.line(M.savedDraft(session.id));
      output.line(M.resumeWith(session.id));
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      output.line();
      if (session.id === undefined) output.line(M.nothingSaved);
      else if (stillSaved(ctx, session.id)) output.line(`${M.savedDraft(session.id)}\n${M.resumeWith(session.id)}`);
      else output.warn(removedMeanwhile(session.id).message);
    }
    throw error;
  }
}

/** Removed from another terminal while the wizard was open: no "saved" claim, no resume hint. */
function stillSaved(ctx: CommandContext, id: string): boolean {
  // Read again (this store's copy predates the other terminal's change), changing nothing.
  const store = openStore({ env: ctx.env, readOnly: true });
  return store.get(id) !== undefined || store.notices.length > 0;
}

function removedMeanwhile(id: string): UserError {
  return new UserError(storeMessages.removedElsewhere(id), { hint: storeMessages.removedElsewhereHint });
}
