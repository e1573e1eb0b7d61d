/**
 * What the wizard's steps work with. Each step takes the part it needs (a `Pick` of
 * WizardContext), so a step never imports the wizard that calls it.
 */
import type { WardList } from '../../core/address/index.js';
import type { ClassProfile } from '../../core/record.js';
import type { Output } from '../../ui/output.js';
import type { Prompter } from '../../ui/prompter.js';
import type { DraftSession } from './session.js';

export interface WizardContext {
  prompter: Prompter;
  output: Output;
  session: DraftSession;
  /** The official ward list (with the class's additions); loaded on the first ward question. */
  wardList?: () => Promise<WardList>;
  profile: ClassProfile;
  /** Saves the class profile's agency (asked on first use); returns the profile as saved. */
  saveClassAgency?: (agency: string) => ClassProfile;
  now: () => Date;
  /** `--yes`: the commitment is given on the command line, not asked at "Ghi nhận". */
  assumeYes?: boolean;
}

/** One question asked and its answer saved in the draft. */
export type AskContext = Pick<WizardContext, 'prompter' | 'output' | 'session' | 'wardList'>;

/** The receiving agency chosen, and offered to the class when it has none yet. */
export type AgencyContext = Pick<WizardContext, 'prompter' | 'output' | 'session' | 'profile' | 'saveClassAgency'>;
