import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery, maximumQueryLength } from './analyze-query.js';
import { foldAccents, lowerWord } from './fold-latin.js';
import { matchesTokens } from './match-tokens.js';
import { splitWords } from './split-words.js';
import type { TextLanguage } from './text-language.js';
import { latinWords } from './word-tokens.js';

const latinWordCount = (original: string) => latinWords(original).length;

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

  it('keeps the index small: a few tokens per Latin word, about two per Hangul syllable', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        let bound = 0;
        for (const word of splitWords(text)) {
          const length = [...word.original].length;
          // Latin: stems, root, suffix, and the joined form after a hyphen (2).
          bound +=
            word.script === 'latin' ? 6 * length : word.script === 'hangul' ? 2 * length + 2 : 2 * length;
        }
        expect(analyzeDocument(text, lang).length).toBeLessThanOrEqual(bound);
        for (const word of splitWords(text).filter((w) => w.script === 'latin')) {
          expect(analyzeDocument(word.original, lang).length).toBeLessThanOrEqual(
            4 * latinWordCount(word.original),
          );
        }
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
