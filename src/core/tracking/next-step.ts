/**
 * The next-step rule: what a student's record needs now and whose turn it is. The board's
 * wording and command, the reminder to the classmate, the teacher's report and the one-line
 * summary are all derived from this one answer, so they cannot disagree.
 */
import type { PhotoKey } from '../fields/photo.js';
import { missingToAsk } from '../fields/required.js';
import type { FieldKey, StudentRecord } from '../record.js';
import type { DeadlineStatus, PasswordDeadline } from './deadlines.js';
import { isAlreadyRegistered } from './messages.js';

export type NextStepKind =
  /** A draft with answers missing: the classmate must send them. */
  | 'complete'
  /** A draft with every answer given: the monitor reviews and confirms it. */
  | 'review'
  /** Photos checked earlier are gone from the disk: the classmate sends them again. */
  | 'photos-gone'
  /** Reviewed: the monitor types it into the app and presses "Ghi nhận". */
  | 'enter-in-app'
  /** Submitted moments ago: the file-number SMS usually follows at once. */
  | 'await-file-number'
  /** Submitted long ago with no file number recorded: did the SMS come? (row 2 otherwise). */
  | 'no-file-number'
  /** The file number came: the password is due within 3 working days. */
  | 'await-password'
  /** 72 hours passed without a password, not yet overdue: "Quên mật khẩu" is worth trying (row 5). */
  | 'forgot-password'
  /** The password's due date has passed (row 5). */
  | 'password-overdue'
  /** The password came: the classmate logs in and changes it. */
  | 'log-in'
  | 'done';

/** Who must act: the classmate (they get a reminder), the monitor, or nobody (a wait). */
export type Actor = 'student' | 'monitor' | 'nobody';

export interface NextStep {
  kind: NextStepKind;
  actor: Actor;
  /** For 'complete': the answers still missing, in the form's order. */
  missing?: FieldKey[];
  /** For 'photos-gone': the photos to send again. */
  photos?: PhotoKey[];
  /** For 'await-password', 'forgot-password', 'password-overdue': the one deadline. */
  deadline?: PasswordDeadline;
  /** For 'no-file-number': minutes since "Ghi nhận". */
  minutesSinceSubmitted?: number;
  /** For 'done': the student had an account before (no form). */
  alreadyRegistered?: boolean;
}

export const ACTOR: Readonly<Record<NextStepKind, Actor>> = {
  complete: 'student',
  review: 'monitor',
  'photos-gone': 'student',
  'enter-in-app': 'monitor',
  'await-file-number': 'nobody',
  'no-file-number': 'student',
  'await-password': 'nobody',
  'forgot-password': 'student',
  'password-overdue': 'student',
  'log-in': 'student',
  done: 'nobody',
};

/** Every kind, in the order a person works through them: for tests and for grouping. */
export const NEXT_STEP_KINDS = Object.keys(ACTOR) as NextStepKind[];

/** Someone (the monitor or the classmate) has something to do now, rather than wait. */
export const needsActionFor = (kind: NextStepKind): boolean => ACTOR[kind] !== 'nobody';

/**
 * The next step of `record`, given where it stands against the deadlines and the photos found
 * missing on the disk (only a draft or a ready record still has photos to upload).
 */
export function nextStep(record: StudentRecord, status: DeadlineStatus, missingPhotos: readonly PhotoKey[] = []): NextStep {
  const make = (kind: NextStepKind, extra: Omit<NextStep, 'kind' | 'actor'> = {}): NextStep => ({ kind, actor: ACTOR[kind], ...extra });
  switch (record.state) {
    case 'draft':
    case 'ready': {
      if (missingPhotos.length > 0) return make('photos-gone', { photos: [...missingPhotos] });
      if (record.state === 'ready') return make('enter-in-app');
      const missing = missingToAsk(record.fields);
      return missing.length > 0 ? make('complete', { missing }) : make('review');
    }
    case 'submitted':
      // Past the SMS's usual delay: a question for the monitor (deadlines.ts), not an overdue student.
      return status.troubleshootRow !== undefined
        ? make('no-file-number', { minutesSinceSubmitted: (status.hoursSinceSubmitted ?? 0) * 60 })
        : make('await-file-number');
    case 'file-number': {
      const deadline = status.password;
      if (deadline === undefined) return make('await-password');
      const kind = deadline.phase === 'overdue' ? 'password-overdue' : deadline.phase === 'forgot-worth-trying' ? 'forgot-password' : 'await-password';
      return make(kind, { deadline });
    }
    case 'password':
      return make('log-in');
    case 'done':
      return make('done', { alreadyRegistered: isAlreadyRegistered(record) });
  }
}
