import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery, maximumQueryLength } from './analyze-query.js';
import { foldAccents, lowerWord } from './fold-latin.js';
import { matchesTokens } from './match-tokens.js';
import type { TextLanguage } from './text-language.js';

const language = fc.constantFrom<TextLanguage>('fi', 'sv', 'en', 'ko');

// Every UTF-16 code unit, lone surrogates included, plus words and symbols this project meets.
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.integer({ min: 0, max: 0xffff })).map((units) => String.fromCharCode(...units)),
  fc
    .array(
      fc.constantFrom(
        'kirjastopajoissa',
        'Åland',
        'käyttö',
        '오산시에서',
        'ㅇㅅ',
        '메이커 스페이스를',
        '😀',
        '👩‍👩‍👧',
        '\ud800',
        '\udfff',
        '2021년',
        'ＫＩＲＪＡ',
        'e-urheilu',
        '東京',
        ' ',
        '-',
        '"',
        'a\u0301',
        'ﬁ',
        '㈜',
      ),
    )
    .map((parts) => parts.join('')),
);

describe('analysis properties', () => {
  it('never throws and emits only letters and digits', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        for (const token of analyzeDocument(text, lang)) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
        analyzeQuery(text, lang);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        expect(analyzeDocument(text, lang)).toEqual(analyzeDocument(text, lang));
        expect(analyzeQuery(text, lang)).toEqual(analyzeQuery(text, lang));
      }),
    );
  });

  it('is idempotent on its output: re-analysing the index text keeps every token', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        const tokens = analyzeDocument(text, lang);
        const again = new Set(analyzeDocument(tokens.join(' '), lang));
        for (const token of tokens) expect(again).toContain(token);
      }),
      { numRuns: 300 },
    );
  });

  it('folds idempotently', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (word) => {
        const folded = foldAccents(lowerWord(word));
        expect(foldAccents(lowerWord(folded))).toBe(folded);
      }),
    );
  });

  it('finds a text with its own words as the query', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        fc.pre(text.length <= maximumQueryLength);
        const query = analyzeQuery(text, lang);
        fc.pre(query.terms.length > 0);
        expect(matchesTokens(query, analyzeDocument(text, lang))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
