// Storage keys read in more than one context. Kept apart from settings.ts so that the popup can read
// the stored profile's raw form without bundling zod.

/** The profile's key in storage.local (`local:profile` in @wxt-dev/storage terms). */
export const PROFILE_STORAGE_KEY = 'profile';
