/** `troubleshoot 3 --email --sent`: the e-mail went out; each student it lists gets a 'support-email-sent' event. */
import { pendingSupportRequests } from '../../core/support/index.js';
import { applyEvent } from '../../core/tracking/index.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { maskPhone } from '../../ui/mask.js';
import { wrap } from '../../ui/wrap.js';
import { troubleshootMessages as T } from './messages.js';

export async function recordEmailSent(ctx: CommandContext, store: Store): Promise<void> {
  const { output } = ctx;
  const requests = pendingSupportRequests(store.list());
  if (requests.length === 0) throw new UserError(T.noRequests, { hint: T.noRequestsHint });
  const unsent = requests.filter((request) => request.emailSentAt === undefined);
  const at = ctx.now.toISOString();
  const outcomes = store.updateEach(
    unsent.map((request) => request.id),
    (record) => applyEvent(record, { type: 'support-email-sent', at }, ctx.now, () => true),
    ctx.now,
  );
  const saved = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.after] : []));
  if (output.json) {
    output.printJson({ event: 'support-email-sent', at, recorded: saved.map((record) => record.id), alreadySent: requests.length - unsent.length });
    return;
  }
  if (saved.length === 0) output.line(wrap(T.sentNothing, output.width));
  else {
    output.success(T.sentRecorded(saved.length));
    for (const request of unsent.filter((r) => saved.some((record) => record.id === r.id))) {
      output.line(`  ${request.id}  ${request.name} · ${maskPhone(request.wrongPhone)}`);
    }
  }
  output.line(wrap(T.answerHint, output.width));
  output.line(`  ${T.answerCommand}`);
}
