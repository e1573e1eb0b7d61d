import type { CommandContext } from '../../context.js';
import { displayName, type ClassProfile, type StudentFields, type StudentRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { printReady } from './result.js';
import { M } from './messages.js';
import { prompter } from '../../ui/prompter.js';
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
}

export async function runWizardCommand(ctx: CommandContext, start: WizardStart): Promise<void> {
  const { output, clock } = ctx;
  const { store, draft, given, profile } = start;
  const session = new DraftSession(store, clock, draft);
  // Answers given as flags are accepted answers: saved like typed ones.
  if (Object.keys(given).length > 0) {
    session.fields = { ...session.fields, ...given };
    session.save();
  }
  if (draft) output.line(output.colors.bold(M.resuming(displayName(draft.fields), draft.id)));
  try {
    const ready = await runWizard(
      { output, prompter, session, profile, now: clock, assumeYes: start.assumeYes },
      { fresh: start.fresh },
    );
    if (ready && session.record) {
      printReady(ctx, session.record);
    } else if (session.id) {
      output.line(M.savedDraft(session.id));
      output.line(M.resumeWith(session.id));
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      output.line();
      output.line(session.id ? `${M.savedDraft(session.id)}\n${M.resumeWith(session.id)}` : M.nothingSaved);
    }
    throw error;
  }
}
