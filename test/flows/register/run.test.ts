import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../../src/context.js';
import { UserError } from '../../../src/errors.js';
import { registerMessages as M } from '../../../src/flows/register/messages.js';
import { openStore } from '../../../src/store/store.js';
import { captureOutput, completeFields, makePhotos, ScriptedPrompter, tempDir } from './helpers.js';

// The wizard command uses the real prompter module; here it answers from a script.
const script = vi.hoisted(() => ({ prompter: undefined as unknown }));
vi.mock('../../../src/ui/prompter.js', () => ({
  get prompter() {
    return script.prompter;
  },
}));

const { runWizardCommand } = await import('../../../src/flows/register/run.js');

function context(home: string): CommandContext & { output: ReturnType<typeof captureOutput> } {
  const now = new Date('2026-03-02T02:00:00.000Z');
  return { output: captureOutput(), interactive: true, now, clock: () => now, env: { VSSID_HELPER_HOME: home } };
}

describe('runWizardCommand, when another terminal removed the student', () => {
  it('does not claim a saved draft on "save and continue later": it says the student was removed', async () => {
    const home = tempDir();
    const store = openStore({ home });
    const draft = store.save({ ...store.create(completeFields(makePhotos(home))), phoneConfirmed: '0912345678' });
    script.prompter = new ScriptedPrompter([
      { choose: M.reviewLater },
    ], () => openStore({ home }).remove(draft.id));
    const ctx = context(home);
    const start = { store, draft, given: {}, profile: store.getProfile(), fresh: false, assumeYes: false };
    await expect(runWizardCommand(ctx, start)).rejects.toBeInstanceOf(UserError);
    expect(ctx.output.text).not.toContain(M.savedDraft(draft.id));
    expect(openStore({ home }).list()).toEqual([]);
  });
});
