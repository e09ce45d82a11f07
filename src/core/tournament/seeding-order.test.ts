import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedEntrants } from './entrant.js';
import { bracketSize, standardSeedOrder } from './seeding-order.js';

describe('standardSeedOrder', () => {
  it('pairs 1-16, 8-9, ... and keeps 1 and 2 apart until the final', () => {
    const order = standardSeedOrder(16);
    expect(order.slice(0, 4)).toEqual([1, 16, 8, 9]);
    expect(order).toEqual([1, 16, 8, 9, 4, 13, 5, 12, 2, 15, 7, 10, 3, 14, 6, 11]);
    expect(order.indexOf(2)).toBeGreaterThanOrEqual(8);
  });

  it('refuses a size that is not a power of two', () => {
    expect(() => standardSeedOrder(12)).toThrow(RangeError);
  });

  it('gives byes to the top seeds only and never pairs two byes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), (n) => {
        const size = bracketSize(n);
        expect(size).toBeGreaterThanOrEqual(n);
        expect(size / 2).toBeLessThan(n);
        const order = standardSeedOrder(size);
        const byeHolders: number[] = [];
        for (let i = 0; i < size; i += 2) {
          const [a, b] = [order[i] as number, order[i + 1] as number];
          expect(a + b).toBe(size + 1);
          expect(a > n && b > n).toBe(false);
          if (a > n) byeHolders.push(b);
          if (b > n) byeHolders.push(a);
        }
        expect(byeHolders.sort((x, y) => x - y)).toEqual(Array.from({ length: size - n }, (_, i) => i + 1));
      }),
    );
  });
});

describe('seedEntrants', () => {
  it('seeds by rating, highest first, ties in the given order', () => {
    const seeded = seedEntrants([
      { id: 'a', rating: 1400 },
      { id: 'b', rating: 1700 },
      { id: 'c', rating: 1400 },
    ]);
    expect(seeded.map((e) => [e.id, e.seed])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('seeds by hand, unseeded entrants after by rating', () => {
    const seeded = seedEntrants(
      [
        { id: 'a', rating: 1900 },
        { id: 'b', seed: 2 },
        { id: 'c', seed: 1, rating: 1000 },
        { id: 'd', rating: 1200 },
      ],
      'hand',
    );
    expect(seeded.map((e) => e.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('refuses duplicate ids and duplicate seeds', () => {
    expect(() => seedEntrants([{ id: 'a' }, { id: 'a' }])).toThrow(/duplicate/);
    expect(() =>
      seedEntrants(
        [
          { id: 'a', seed: 1 },
          { id: 'b', seed: 1 },
        ],
        'hand',
      ),
    ).toThrow(/seed/);
  });
});
