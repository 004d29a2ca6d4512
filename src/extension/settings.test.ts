import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STORE_IDS } from '../vocabulary/ids';
import { DEFAULT_PROFILE } from '../core/limits';
import type { Profile } from '../core/profile';
import {
  BADGE_STORES,
  DEFAULT_BADGES,
  badgesEnabled,
  getBadgeSettings,
  getProfile,
  setBadgeSettings,
  setProfile,
  watchBadgeSettings,
  watchProfile,
} from './settings';

const pregnantEU: Profile = {
  ...DEFAULT_PROFILE,
  ageBand: '19-30',
  pregnancy: 'pregnant',
  region: 'EU',
  medicines: ['levothyroxine'],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored profile', () => {
  it('defaults to an adult US profile when nothing is stored', async () => {
    expect(await getProfile()).toEqual(DEFAULT_PROFILE);
  });

  it('round-trips a profile and records the storage version', async () => {
    await setProfile(pregnantEU);
    expect(await getProfile()).toEqual(pregnantEU);
    const stored = await fakeBrowser.storage.local.get(['profile', 'profile$']);
    expect(stored.profile).toEqual(pregnantEU);
    expect(stored.profile$).toEqual({ v: 1 });
  });

  it('refuses to store an invalid profile', async () => {
    await expect(setProfile({ ...pregnantEU, region: 'UK' } as unknown as Profile)).rejects.toThrow(TypeError);
    expect(await getProfile()).toEqual(DEFAULT_PROFILE);
  });

  it.each([
    ['a string', 'adult'],
    ['a number', 7],
    ['an array', ['31+']],
    ['null-ish fields', { ageBand: null, sex: null }],
    ['a foreign shape', { age: 40, country: 'DE' }],
    ['boolean', true],
  ])('corrupted value (%s) reads as the defaults, never throws', async (_name, value) => {
    await fakeBrowser.storage.local.set({ profile: value });
    expect(await getProfile()).toEqual(DEFAULT_PROFILE);
  });

  it('a partly damaged value keeps its valid fields', async () => {
    await fakeBrowser.storage.local.set({ profile: { ...pregnantEU, sex: 'other', medicines: ['levothyroxine', 'garlic'] } });
    expect(await getProfile()).toEqual({ ...pregnantEU, sex: DEFAULT_PROFILE.sex });
  });

  it('a value stored by a newer version does not crash the reader', async () => {
    await fakeBrowser.storage.local.set({ profile: pregnantEU, profile$: { v: 9 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await getProfile()).toEqual(pregnantEU);
    error.mockRestore();
  });

  it('watchers receive validated profiles', async () => {
    const seen: Profile[] = [];
    const unwatch = watchProfile((p) => seen.push(p));
    await setProfile(pregnantEU);
    await fakeBrowser.storage.local.set({ profile: 'garbage' });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([pregnantEU, DEFAULT_PROFILE]);
    unwatch();
    await setProfile(DEFAULT_PROFILE);
    expect(seen).toHaveLength(2);
  });
});

describe('listing badges per store', () => {
  it('cover every store but the generic readers', () => {
    expect([...BADGE_STORES].sort()).toEqual(STORE_IDS.filter((s) => s !== 'generic').sort());
  });

  it('are all on by default', async () => {
    expect(await getBadgeSettings()).toEqual(DEFAULT_BADGES);
    expect(Object.values(DEFAULT_BADGES).every(Boolean)).toBe(true);
    expect(await badgesEnabled('amazon')).toBe(true);
    expect(await badgesEnabled('generic')).toBe(false);
  });

  it('turn off per store', async () => {
    await setBadgeSettings({ amazon: false });
    expect(await badgesEnabled('amazon')).toBe(false);
    expect(await badgesEnabled('iherb')).toBe(true);
  });

  it.each([
    ['a string', 'off', DEFAULT_BADGES],
    ['null', null, DEFAULT_BADGES],
    ['non-boolean values', { amazon: 'no', iherb: 0 }, DEFAULT_BADGES],
    ['unknown stores', { ebay: false, amazon: false }, { ...DEFAULT_BADGES, amazon: false }],
  ])('corrupted value (%s) falls back per store', async (_name, value, expected) => {
    await fakeBrowser.storage.local.set({ badges: value });
    expect(await getBadgeSettings()).toEqual(expected);
  });

  it('watchers receive validated settings', async () => {
    const seen: unknown[] = [];
    const unwatch = watchBadgeSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ badges: { walmart: false, bogus: 1 } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_BADGES, walmart: false });
    unwatch();
  });
});
