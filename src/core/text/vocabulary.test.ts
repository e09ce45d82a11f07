import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinOneEdit } from './edit-distance.js';
import { createVocabulary } from './vocabulary.js';

// Reference: optimal string alignment distance by dynamic programming.
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row !== undefined) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
const longWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k'), minLength: 4, maxLength: 9 });

describe('isWithinOneEdit', () => {
  it.each([
    ['kirjasto', 'kirjssto', true],
    ['kirjasto', 'kirjasrto', true],
    ['kirjasto', 'kirjsto', true],
    ['kirjasto', 'kirjsato', true],
    ['kirjasto', 'krijsato', false],
    ['abc', 'abcde', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
  });

  it('agrees with the dynamic-programming distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isWithinOneEdit(a, b)).toBe(osaDistance(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('createVocabulary', () => {
  it('finds exactly the terms one edit away, like a scan of every term would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(longWord, { maxLength: 40 }), longWord, (terms, query) => {
        const vocabulary = createVocabulary(terms);
        const expected = terms.filter((term) => term !== query && osaDistance(term, query) <= 1).sort();
        expect(vocabulary.closeTerms(query)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores non-Latin and short terms for typos but remembers them', () => {
    const vocabulary = createVocabulary(['오산시', 'paja', 'kirjasto', 'kirjasto']);
    expect(vocabulary.size).toBe(3);
    expect(vocabulary.has('오산시')).toBe(true);
    expect(vocabulary.closeTerms('paj')).toEqual([]);
    expect(vocabulary.closeTerms('kirjsto')).toEqual(['kirjasto']);
  });
});
