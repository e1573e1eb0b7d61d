/** `--class` of status and report: one class of a store where several were merged. */
import { classNames, inClass } from '../core/classes.js';
import type { StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';
import { statusMessages as S } from './status/messages.js';

/** One class, or all without a name; a class not in the store is refused, naming those it has. */
export function classRecords(all: readonly StudentRecord[], storeClass: string, className: string | undefined): readonly StudentRecord[] {
  if (className === undefined) return all;
  const found = inClass(all, className, storeClass);
  if (found.length > 0 || all.length === 0) return found;
  throw new UserError(S.noSuchClass(className, classNames(all, storeClass)), { hint: S.noSuchClassHint });
}
