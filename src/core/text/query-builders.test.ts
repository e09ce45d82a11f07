import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.js';
import { toFts5Match, withoutSubsumed } from './fts5-match.js';
import { matchesTokens } from './match-tokens.js';
import type { SearchQuery } from './search-query.js';
import { toTsQuery } from './ts-query.js';

const query = (terms: [string, boolean][][]): SearchQuery => ({
  readerLanguage: 'fi',
  terms: terms.map((alternatives) => ({
    text: 'x',
    script: 'latin',
    alternatives: alternatives.map(([token, prefix]) => ({
      tokens: [token],
      prefix,
      kind: 'word',
      weight: 1,
    })),
  })),
});

// The only shapes the builders may produce: quoted strings, their prefix marks, parentheses and
// the builders' own operators. Anything a user typed must sit inside quotes.
function isWellFormedFts5(expression: string): boolean {
  const rest = expression.replace(/"(?:[^"]|"")*"\*?/g, 'T').replace(/ (AND|OR) /g, '&');
  return isBalanced(rest) && /^[T&()]*$/.test(rest) && !/&&|\(&|&\)|^&|&$|TT|\(\)/.test(rest);
}

function isWellFormedTsQuery(expression: string): boolean {
  const rest = expression.replace(/'(?:[^'\\]|''|\\.)*'(?::\*)?/g, 'T').replace(/ [&|] /g, '&');
  return isBalanced(rest) && /^[T&()]*$/.test(rest) && !/&&|\(&|&\)|^&|&$|TT|\(\)/.test(rest);
}

function isBalanced(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '(') depth++;
    if (character === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '"',
        "'",
        '*',
        'NEAR',
        'AND',
        'OR',
        'NOT',
        '(',
        ')',
        ':',
        '\\',
        '&',
        '|',
        '!',
        '<->',
        ' ',
        'a',
        'ä',
        '오',
        'ㅇ',
      ),
    )
    .map((parts) => parts.join('')),
);

describe('toFts5Match', () => {
  it('quotes every token and groups alternatives', () => {
    expect(
      toFts5Match(
        query([
          [
            ['paja', false],
            ['pajo', true],
          ],
          [['오산', false]],
        ]),
      ),
    ).toBe('("paja" OR "pajo"*) AND "오산"');
    expect(toFts5Match(query([[['a', false]], [['b', false]]]), 'any')).toBe('"a" OR "b"');
  });

  it('escapes quotes even in hand-made queries', () => {
    expect(toFts5Match(query([[['a"b', false]]]))).toBe('"a""b"');
  });

  it('answers null when there is nothing to match', () => {
    expect(toFts5Match(analyzeQuery('"*()', 'fi'))).toBeNull();
    expect(toFts5Match(query([[['', false]]]))).toBeNull();
  });

  it('neutralises query syntax typed by a user', () => {
    const match = toFts5Match(analyzeQuery('kirjasto" OR NEAR(paja*) NOT x: (', 'fi')) ?? '';
    expect(isWellFormedFts5(match)).toBe(true);
    expect(match).toContain('"near"');
  });

  it('never emits unbalanced quotes or operators from any input', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('fi', 'sv', 'en', 'ko'), (input, language) => {
        const match = toFts5Match(analyzeQuery(input, language));
        expect(match === null || isWellFormedFts5(match)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays well formed for hand-made tokens with any characters', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.string(), fc.boolean()))), (terms) => {
        const match = toFts5Match(query(terms));
        expect(match === null || isWellFormedFts5(match)).toBe(true);
      }),
    );
  });
});

describe('withoutSubsumed (alternatives an FTS5 expression leaves out)', () => {
  it('leaves out exact and prefix alternatives inside a shorter prefix', () => {
    const nuoret = query([
      [
        ['nuore', false],
        ['nuor', false],
        ['nuore', true],
        ['nuoret', false],
        ['nuoret', true],
      ],
    ]);
    expect(toFts5Match(nuoret)).toBe('("nuor" OR "nuore"*)');
  });

  it('matches exactly the same documents as every alternative together', () => {
    const token = fc.stringMatching(/^[abc]{1,4}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(token, fc.boolean()), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(token, { maxLength: 8 }),
        fc.constantFrom('all' as const, 'any' as const),
        (terms, documentTokens, mode) => {
          const full = query(terms);
          const reduced: SearchQuery = {
            ...full,
            terms: full.terms.map((term) => ({ ...term, alternatives: withoutSubsumed(term.alternatives) })),
          };
          expect(matchesTokens(reduced, documentTokens, mode)).toBe(
            matchesTokens(full, documentTokens, mode),
          );
          for (const term of reduced.terms) expect(term.alternatives.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('toTsQuery', () => {
  it('quotes every lexeme and groups alternatives', () => {
    expect(
      toTsQuery(
        query([
          [
            ['paja', false],
            ['paj', true],
          ],
          [['오산', false]],
        ]),
      ),
    ).toBe("('paja' | 'paj':*) & '오산'");
  });

  it('escapes quotes and backslashes', () => {
    expect(toTsQuery(query([[["o'neil\\", false]]]))).toBe("'o''neil\\\\'");
  });

  it('answers null when there is nothing to match', () => {
    expect(toTsQuery(analyzeQuery("'&|!", 'fi'))).toBeNull();
  });

  it('never emits unbalanced quotes or operators from any input', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('fi', 'sv', 'en', 'ko'), (input, language) => {
        const tsquery = toTsQuery(analyzeQuery(input, language));
        expect(tsquery === null || isWellFormedTsQuery(tsquery)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays well formed for hand-made tokens with any characters', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.string(), fc.boolean()))), (terms) => {
        const tsquery = toTsQuery(query(terms));
        expect(tsquery === null || isWellFormedTsQuery(tsquery)).toBe(true);
      }),
    );
  });
});
