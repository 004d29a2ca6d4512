// The user's stored settings: the profile (options page) and which stores show listing badges.
// Storage validates nothing, so every read goes through a parser that falls back to defaults and
// never throws. The profile parser uses zod; import badge settings from ./badge-settings in content
// scripts to keep zod out of them.
import { storage } from '@wxt-dev/storage';
import { parseProfile, Profile } from '../core/profile';
import { DEFAULT_PROFILE } from '../core/limits';
import { PROFILE_STORAGE_KEY } from './keys';

export {
  BADGE_STORES,
  DEFAULT_BADGES,
  badgesEnabled,
  getBadgeSettings,
  setBadgeSettings,
  watchBadgeSettings,
  type BadgeSettings,
} from './badge-settings';

/**
 * Migrations by target version. Version 1 is the first stored shape; passing an (empty) migrations map
 * makes @wxt-dev/storage record the version on first write, so a later v2 knows what it upgrades.
 * Each migration takes the raw old value (it may be damaged) and returns the new shape; parseProfile
 * still checks the result on every read.
 */
const PROFILE_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const profileItem = storage.defineItem<unknown>(`local:${PROFILE_STORAGE_KEY}`, {
  fallback: DEFAULT_PROFILE,
  version: 1,
  migrations: PROFILE_MIGRATIONS,
});

/** The stored profile, or the defaults (adult, US) when nothing valid is stored. Never throws. */
export async function getProfile(): Promise<Profile> {
  try {
    return parseProfile(await profileItem.getValue());
  } catch {
    return parseProfile(undefined);
  }
}

/** Stores a profile; throws a TypeError for a value that is not a valid profile. Returns what was stored. */
export async function setProfile(profile: Profile): Promise<Profile> {
  const checked = Profile.safeParse(profile);
  if (!checked.success) throw new TypeError(`not a valid profile: ${checked.error.message}`);
  const clean = parseProfile(checked.data); // dedupes and orders medicines
  await profileItem.setValue(clean);
  return clean;
}

/** Calls back with the validated profile whenever it changes (in any extension page). Returns unwatch. */
export function watchProfile(cb: (profile: Profile) => void): () => void {
  return profileItem.watch((value) => cb(parseProfile(value)));
}
