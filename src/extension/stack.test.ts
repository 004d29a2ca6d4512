// My stack: totals (ranges add as ranges; an unknown dose makes the total "at least"), the verdict
// against the limit, the page's product counted once, and the stored list.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addToStack,
  cleanServings,
  getStack,
  itemMgPerDay,
  removeFromStack,
  setServings,
  stackParts,
  totalOf,
  totalSentence,
  totalVerdict,
  type StackItem,
} from './stack';

const item = (key: string, mgPerServing: StackItem['mgPerServing'], servings = 1, topical = false): StackItem => ({
  key,
  url: `https://www.iherb.com/pr/x/${key}`,
  store: 'iherb',
  title: `Product ${key}`,
  forms: ['citrate'],
  tier: 'higher',
  mgPerServing,
  servings,
  topical,
  addedAt: 1,
});

beforeEach(() => fakeBrowser.reset());

describe('stack totals', () => {
  it('adds exact doses', () => {
    expect(
      totalOf([
        { title: 'a', mgPerDay: { min: 200, max: 200 } },
        { title: 'b', mgPerDay: { min: 150, max: 150 } },
      ]),
    ).toEqual({
      min: 350,
      max: 350,
      atLeast: false,
      unknownCount: 0,
      parts: 2,
    });
  });

  it('adds ranges as ranges', () => {
    const t = totalOf([
      { title: 'a', mgPerDay: { min: 100, max: 200 } },
      { title: 'b', mgPerDay: { min: 150, max: 150 } },
      { title: 'c', mgPerDay: { min: 40.5, max: 60.25 } },
    ]);
    expect([t.min, t.max, t.atLeast]).toEqual([290.5, 410.3, false]);
  });

  it('an unknown dose makes the total "at least"', () => {
    const t = totalOf([
      { title: 'a', mgPerDay: { min: 200, max: 200 } },
      { title: 'b', mgPerDay: null },
    ]);
    expect(t).toMatchObject({ min: 200, max: 200, atLeast: true, unknownCount: 1 });
    expect(totalSentence(t, 350)).toBe(
      'at least 200 mg a day (one product’s dose is not known), so it cannot be checked against the 350 mg limit',
    );
    expect(totalVerdict(t, 350)).toBe('incomplete');
  });

  it('is above the limit when the known part already is, unknown doses or not', () => {
    const t = totalOf([
      { title: 'a', mgPerDay: { min: 400, max: 400 } },
      { title: 'b', mgPerDay: null },
    ]);
    expect(totalVerdict(t, 350)).toBe('above');
    expect(totalSentence(t, 350)).toBe('at least 400 mg a day, above the 350 mg limit');
  });

  it('says the issue’s sentence for a known total above the limit', () => {
    const t = totalOf([
      { title: 'a', mgPerDay: { min: 350, max: 350 } },
      { title: 'b', mgPerDay: { min: 105, max: 105 } },
    ]);
    expect(totalSentence(t, 350)).toBe('455 mg a day, above the 350 mg limit');
  });

  it('a range across the limit "may exceed"; near and within need every dose known', () => {
    expect(totalVerdict(totalOf([{ title: 'a', mgPerDay: { min: 300, max: 400 } }]), 350)).toBe('may-exceed');
    expect(totalVerdict(totalOf([{ title: 'a', mgPerDay: { min: 300, max: 300 } }]), 350)).toBe('near');
    expect(totalVerdict(totalOf([{ title: 'a', mgPerDay: { min: 100, max: 100 } }]), 350)).toBe('within');
    expect(totalVerdict(totalOf([{ title: 'a', mgPerDay: { min: 100, max: 100 } }]), 0)).toBe('no-limit');
  });

  it('a stack item gives per serving × servings; unknown stays unknown', () => {
    expect(itemMgPerDay(item('a', { min: 100, max: 120 }, 2))).toEqual({ min: 200, max: 240 });
    expect(itemMgPerDay(item('b', null, 2))).toBeNull();
  });

  it("counts the page's product once (the stack's servings win) and leaves out products for the skin", () => {
    const stack = [item('a', { min: 200, max: 200 }, 2), item('oil', { min: 50, max: 50 }, 1, true)];
    expect(stackParts(stack, { key: 'b', title: 'page', mgPerDay: { min: 105, max: 105 } }).map((p) => p.mgPerDay)).toEqual([
      { min: 400, max: 400 },
      { min: 105, max: 105 },
    ]);
    expect(stackParts(stack, { key: 'a', title: 'page', mgPerDay: { min: 200, max: 200 } })).toHaveLength(1);
  });

  it('servings are positive halves, at most 20', () => {
    expect([cleanServings(2), cleanServings(1.3), cleanServings(0), cleanServings(NaN), cleanServings(99)]).toEqual([
      2, 1.5, 1, 1, 20,
    ]);
  });
});

describe('stored stack', () => {
  it('adds, updates servings, removes; a product is in it once', async () => {
    await addToStack(item('a', { min: 200, max: 200 }));
    await addToStack(item('b', null));
    await addToStack({ ...item('a', { min: 200, max: 200 }), servings: 3 });
    expect((await getStack()).map((s) => [s.key, s.servings])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    await setServings('b', 2);
    await removeFromStack('a');
    expect((await getStack()).map((s) => [s.key, s.servings])).toEqual([['b', 2]]);
  });

  it('ignores damaged entries', async () => {
    await fakeBrowser.storage.local.set({
      stack: [item('a', null), { key: 'x' }, null, { ...item('j', null), url: 'javascript:alert(1)' }],
    });
    expect((await getStack()).map((s) => s.key)).toEqual(['a']);
  });
});
