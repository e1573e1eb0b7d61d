import { UserError } from '../../errors.js';

/** A roster the import refuses as a whole; `hint` says how to produce a readable file. */
export class RosterError extends UserError {
  override readonly name = 'RosterError';

  constructor(text: { message: string; hint?: string }) {
    super(text.message, text.hint === undefined ? {} : { hint: text.hint });
  }
}
