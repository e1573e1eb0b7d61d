import type { ClassProfile } from '../core/record.js';

export const DEFAULT_PROFILE: Readonly<ClassProfile> = Object.freeze({
  className: '',
  // None until the class chooses (asked on first use): the guide's "BHXH Quận 3" predates the
  // 2025 reorganisation and is only one school's.
  receivingAgency: '',
  supportEmail: 'ngocyen0917@gmail.com',
  submissionMethod: 'reception',
  extraDaysOff: [],
  removedDaysOff: [],
  extraWards: [],
});

/**
 * Only what the monitor set is stored, so a default changed in a later release reaches
 * everyone who never overrode it.
 */
export type StoredProfile = Partial<ClassProfile>;

export function resolveProfile(stored: StoredProfile): ClassProfile {
  const profile = { ...DEFAULT_PROFILE, ...stored };
  return {
    ...profile,
    extraDaysOff: [...profile.extraDaysOff],
    removedDaysOff: [...profile.removedDaysOff],
    extraWards: [...profile.extraWards],
  };
}

/** A key set to undefined goes back to its default. */
export function patchProfile(stored: StoredProfile, patch: Partial<ClassProfile>): StoredProfile {
  const next: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in DEFAULT_PROFILE)) continue;
    if (value === undefined) delete next[key];
    else next[key] = Array.isArray(value) ? [...(value as string[])] : value;
  }
  return next as StoredProfile;
}
