import { describe, expect, it } from 'vitest';
import { parseDirections, parseServingSize, servingsPerDay } from './servings';

describe('servings per day from serving size and directions', () => {
  it.each([
    ['2 capsules', 'Take 2 capsules daily.', 1, 1],
    ['1 capsule', 'Take 1–2 capsules twice daily.', 2, 4],
    ['2 capsules', 'Take 1-2 capsules twice daily.', 1, 2],
    ['2 tablets', 'Take two (2) tablets at bedtime.', 1, 1],
    ['1 gummy', 'Chew up to 4 gummies per day.', 1, 4],
    ['2 gummies', 'Adults: take up to 4 gummies daily.', 0.5, 2],
    ['1 scoop (3.5 g)', 'Mix 1 scoop in water once or twice a day.', 1, 2],
    ['2 Kapseln', 'Täglich 2 Kapseln mit Wasser verzehren.', 1, 1],
    ['1 capsule', 'Take 1 capsule 1 to 3 times daily with meals.', 1, 3],
    ['2 gélules', '2 gélules par jour.', 1, 1],
    ['1 tablet', 'Take one tablet twice daily, or as directed by your healthcare practitioner.', 2, 2],
    ['3 Vegetarian Capsules', 'Take 3 capsules daily with food.', 1, 1],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    const r = servingsPerDay(parseServingSize(size), parseDirections(directions));
    expect(r).toMatchObject({ min, max, source: 'directions' });
  });

  it('without directions: one serving a day, marked assumed-one', () => {
    expect(servingsPerDay(parseServingSize('2 capsules'), null)).toMatchObject({ min: 1, max: 1, source: 'assumed-one' });
  });
  it('a serving size that says per day is the daily amount', () => {
    expect(servingsPerDay(parseServingSize('9 Tablets (per day)'), null)).toMatchObject({ min: 1, max: 1, source: 'directions' });
  });
  it('unknown serving size: one intake is one serving, with a warning', () => {
    const r = servingsPerDay(null, parseDirections('Take 2 capsules twice daily'));
    expect(r).toMatchObject({ min: 2, max: 2, source: 'directions' });
    expect(r.warnings.map((w) => w.code)).toContain('serving-size-unknown');
  });
  it.each([
    ['2 capsules', 2, 'capsule'],
    ['1 scoop (3.5 g)', 1, 'scoop'],
    ['1 tablespoon (15 mL)', 1, 'tablespoon'],
    ['2 gummies', 2, 'gummy'],
    ['Three Capsules', 3, 'capsule'],
    ['2 Veggie Capsules', 2, 'capsule'],
  ])('serving size %s -> %d %s', (text, n, unit) => {
    expect(parseServingSize(text).units).toMatchObject({ min: n, max: n, unit });
  });
});
