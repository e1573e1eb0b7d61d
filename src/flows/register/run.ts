import type { CommandContext } from '../../context.js';
import type { ClassProfile, StudentFields, StudentRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import { printReady } from './result.js';
import { M } from './messages.js';
import { inquirerPrompter } from './prompter.js';
import { DraftSession } from './session.js';
import { runWizard } from './wizard.js';

/** The interactive wizard with Ctrl+C handled: what was saved is kept and the way back is printed. */
export async function runWizardCommand(
  ctx: CommandContext, store: Store, draft: StudentRecord | undefined, given: StudentFields, profile: ClassProfile,
): Promise<void> {
  const { output } = ctx;
  const session = new DraftSession(store, () => new Date(), draft);
  // Answers given as flags are accepted answers: saved like typed ones.
  if (Object.keys(given).length > 0) {
    session.fields = { ...session.fields, ...given };
    session.save();
  }
  const prompter = await inquirerPrompter();
  try {
    const ready = await runWizard({ output, prompter, session, profile, now: () => new Date() }, { fresh: !draft });
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
