// Which stores show listing badges. Kept free of zod so the listing content script can read it
// cheaply; the value is checked by hand on read (unknown stores dropped, missing stores on).
import { storage } from '@wxt-dev/storage';
import type { StoreId } from '../vocabulary/ids';
import { BADGE_STORES, type BadgeStore } from '../stores/listings/types';

export { BADGE_STORES };

export type BadgeSettings = Record<BadgeStore, boolean>;

export const DEFAULT_BADGES: Readonly<BadgeSettings> = Object.freeze(
  Object.fromEntries(BADGE_STORES.map((s) => [s, true])) as BadgeSettings,
);

const badgesItem = storage.defineItem<BadgeSettings>('local:badges', {
  fallback: { ...DEFAULT_BADGES },
  version: 1,
  migrations: {},
});

/** Badge settings from anything found in storage; never throws. */
function parseBadges(raw: unknown): BadgeSettings {
  const out = { ...DEFAULT_BADGES };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const store of BADGE_STORES) {
    const v = (raw as Record<string, unknown>)[store];
    if (typeof v === 'boolean') out[store] = v;
  }
  return out;
}

export async function getBadgeSettings(): Promise<BadgeSettings> {
  try {
    return parseBadges(await badgesItem.getValue());
  } catch {
    return { ...DEFAULT_BADGES };
  }
}

export async function badgesEnabled(store: StoreId): Promise<boolean> {
  if (store === 'generic') return false;
  return (await getBadgeSettings())[store];
}

export async function setBadgeSettings(settings: Partial<BadgeSettings>): Promise<BadgeSettings> {
  const next = parseBadges({ ...(await getBadgeSettings()), ...settings });
  await badgesItem.setValue(next);
  return next;
}

export function watchBadgeSettings(cb: (settings: BadgeSettings) => void): () => void {
  return badgesItem.watch((value) => cb(parseBadges(value)));
}
