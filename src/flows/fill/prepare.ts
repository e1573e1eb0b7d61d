/**
 * Just before a student's form: checked again as the store holds them now (a photo may have moved
 * since the run began, another terminal may have recorded them), and a phone that was never typed
 * twice is typed again, since it is the one box that cannot be changed after "Ghi nhận".
 */
import { checkField } from '../../core/fields/index.js';
import { fillBlocker } from '../../core/fill/readiness.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import type { Store } from '../../store/store.js';
import type { KeyReader } from '../../ui/keys.js';
import { wrap } from '../../ui/wrap.js';
import { fillMessages as F } from './messages.js';
import type { FillContext } from './student.js';
import { describeBlocker } from './students.js';

/** The record to fill, or undefined (said why) when it cannot be filled now. */
export async function prepareStudent(
  ctx: FillContext, keys: Pick<KeyReader, 'start' | 'stop'>, store: Pick<Store, 'get' | 'update'>, chosen: StudentRecord,
): Promise<StudentRecord | undefined> {
  const { output } = ctx;
  const record = store.get(chosen.id) ?? chosen;
  const blocker = fillBlocker(record);
  if (blocker === undefined) return record;
  if (blocker.kind !== 'phone-unconfirmed') {
    const { message, hint } = describeBlocker(record, blocker);
    output.warn(wrap(message, output.width - 2));
    output.info(`  ${hint}`);
    return undefined;
  }
  // inquirer reads the terminal itself: the key reader lets go of it meanwhile.
  keys.stop();
  try {
    const { prompter } = await import('../../ui/prompter.js');
    output.line(wrap(F.retypeWhy(displayName(record.fields)), output.width));
    const typed = await prompter.input({
      message: F.retypePhone,
      validate: (value) => value.trim() !== '' || F.retypeEmpty,
    });
    const checked = checkField('phone', typed);
    if (!checked.ok || checked.value !== blocker.phone) {
      output.error(wrap(F.retypeMismatch(record.id), output.width - 2));
      return undefined;
    }
    return store.update(record.id, (current) => ({ ...current, phoneConfirmed: blocker.phone }), ctx.clock());
  } finally {
    keys.start();
  }
}
