import { describe, expect, it } from 'vitest';
import { isEuropeanStore } from './region';

describe('isEuropeanStore', () => {
  it.each([
    ['https://www.amazon.de/dp/B0', true],
    ['https://www.amazon.co.uk/dp/B0', true],
    ['https://www.amazon.fr/x', true],
    ['https://www.amazon.it/x', true],
    ['https://www.amazon.es/x', true],
    ['https://www.amazon.com/dp/B0', false],
    ['https://www.iherb.com/pr/x/1', false],
    [null, false],
    ['not a url', false],
  ])('%s -> %s', (url, want) => expect(isEuropeanStore(url)).toBe(want));
});
