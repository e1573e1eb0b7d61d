import { UserError } from '../../errors.js';

export type TrackingErrorCode =
  | 'unknown-event'
  | 'illegal-transition'
  | 'incomplete'
  | 'invalid-time'
  | 'future-time'
  | 'before-previous'
  | 'invalid-value';

/** An event the board refuses; the message says what may be recorded instead. */
export class TrackingError extends UserError {
  override readonly name = 'TrackingError';
  readonly code: TrackingErrorCode;

  constructor(code: TrackingErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
