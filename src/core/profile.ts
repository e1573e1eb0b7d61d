import type { ClassProfile } from './record.js';

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The profile settings of the right type, and what is not (the whole value when it is not an
 * object; else the settings of a wrong type), to be set aside; unknown settings are dropped.
 */
export function checkProfile(profile: unknown): { stored: StoredProfile; bad?: unknown } {
  const stored: Record<string, unknown> = {};
  const badProfile: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_PROFILE)) {
    const value = isObject(profile) ? profile[key] : undefined;
    if (value === undefined) continue;
    const ok = Array.isArray(fallback)
      ? Array.isArray(value) && value.every((day) => typeof day === 'string')
      : typeof value === typeof fallback;
    if (ok) stored[key] = value;
    else badProfile[key] = value;
  }
  if (profile !== undefined && !isObject(profile)) return { stored: stored as StoredProfile, bad: profile };
  return Object.keys(badProfile).length > 0 ? { stored: stored as StoredProfile, bad: badProfile } : { stored: stored as StoredProfile };
}
