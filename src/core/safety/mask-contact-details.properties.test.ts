import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benignCorpus } from './benign-corpus.js';
import { contactPlaceholder, maskContactDetails } from './mask-contact-details.js';
import { normaliseForMasking } from './normalise-for-masking.js';
import { obfuscationCorpus } from './obfuscation-corpus.js';

const sevenDigits = /[0-9]{7}/;

// Ways to write one digit: plain, full-width, mathematical bold, a word in fi/sv/en, or Hangul.
const digitSpellings: readonly (readonly string[])[] = [
  ['0', '０', '𝟎', 'zero', 'oh', 'nolla', 'noll', '공', '영', 'o', 'O'],
  ['1', '１', '𝟏', 'one', 'yksi', 'ett', '일', 'l', 'I'],
  ['2', '２', '𝟐', 'two', 'kaksi', 'två', '이'],
  ['3', '３', '𝟑', 'three', 'kolme', 'tre', '삼'],
  ['4', '４', '𝟒', 'four', 'neljä', 'fyra', '사'],
  ['5', '５', '𝟓', 'five', 'viisi', 'fem', '오'],
  ['6', '６', '𝟔', 'six', 'kuusi', 'sex', '육'],
  ['7', '７', '𝟕', 'seven', 'seitsemän', 'sju', '칠'],
  ['8', '８', '𝟖', 'eight', 'kahdeksan', 'åtta', '팔'],
  ['9', '９', '𝟗', 'nine', 'yhdeksän', 'nio', '구'],
];
const separator = fc.constantFrom(
  '',
  '',
  ' ',
  '-',
  '.',
  '/',
  '_',
  ' - ',
  '\u200B',
  '\u2060',
  '－',
  '–',
  '(',
  ')',
  '  ',
);

/** A Finnish or Korean mobile number, each digit spelled one of many ways, random separators between. */
const obfuscatedPhone = fc
  .tuple(
    fc.constantFrom('040', '050', '045', '010', '070'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 8 }),
  )
  .chain(([prefix, rest]) => {
    const digits = [...prefix].map(Number).concat(rest);
    return fc.tuple(
      ...digits.map((digit) => fc.constantFrom(...(digitSpellings[digit] ?? ['0']))),
      fc.array(separator, { minLength: digits.length, maxLength: digits.length }),
      fc.constantFrom('', ' ', '\u200B'),
    );
  })
  .map((parts) => {
    const gaps = parts[parts.length - 2] as string[];
    const spelled = parts.slice(0, -2) as string[];
    // Words need a separator between them, or they run into one word ("fivesix" is still read).
    return spelled
      .map((digit, i) => {
        const gap = gaps[i] ?? '';
        return /\p{L}/u.test(digit) && gap === '' ? `${digit} ` : `${digit}${gap}`;
      })
      .join('');
  });

const sentence = fc.constantFrom(...benignCorpus, 'soita', 'ring', 'call me', '전화해', 'numero:', '');
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...'0123456789 -./()_+@:oOlI０１２\u200B'), maxLength: 60 }),
  fc
    .array(fc.oneof(fc.constantFrom(...obfuscationCorpus.map(([text]) => text)), sentence, obfuscatedPhone), {
      maxLength: 6,
    })
    .map((parts) => parts.join(' ')),
);

// Generous time limits: these runs share a busy machine, and speed is measured in bench/, not here.
const slow = 120_000;

describe('maskContactDetails invariants', () => {
  it(
    'masks every generated obfuscated phone number, alone and in a sentence',
    () => {
      fc.assert(
        fc.property(sentence, obfuscatedPhone, sentence, (head, phone, tail) => {
          const alone = maskContactDetails(phone);
          expect(alone.masked).toContain('phone');
          expect(normaliseForMasking(alone.text).text).not.toMatch(sevenDigits);
          const inSentence = maskContactDetails(`${head} ${phone} ${tail}`).text;
          expect(normaliseForMasking(inSentence).text).not.toMatch(sevenDigits);
        }),
        { numRuns: 400 },
      );
    },
    slow,
  );

  it(
    'never throws, is idempotent, leaves no seven digits and stays bounded on any text',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = maskContactDetails(text);
          expect(maskContactDetails(once.text)).toEqual({ text: once.text, masked: [] });
          expect(normaliseForMasking(once.text).text).not.toMatch(sevenDigits);
          expect(once.text.length).toBeLessThanOrEqual(Math.max(text.length, 1) * contactPlaceholder.length);
        }),
        { numRuns: 600 },
      );
    },
    slow,
  );

  it('handles lone surrogates and odd input without throwing', () => {
    for (const text of [
      '\uD800',
      '\uDC00040 123 4567',
      'a\uD83D',
      '\u0000\uFFFF',
      'ｋ\u0301ａ',
      undefined,
      null,
      42,
    ]) {
      const once = maskContactDetails(text as string);
      expect(typeof once.text).toBe('string');
      expect(maskContactDetails(once.text).text).toBe(once.text);
    }
  });

  it(
    'masks long texts whole, in windows',
    () => {
      const filler = 'Tavataan klo 15.30 kirjastossa. '.repeat(1_500);
      const text = `${filler}soita 040 123 4567 ${filler}kakao: minji_07 ${filler}`;
      const result = maskContactDetails(text);
      expect(result.masked).toEqual(['phone', 'handle']);
      expect(result.text).toBe(
        `${filler}soita ${contactPlaceholder} ${filler}kakao: ${contactPlaceholder} ${filler}`,
      );
    },
    slow,
  );

  it(
    'gets through a very long run of digits and separators',
    () => {
      const text = '1 '.repeat(30_000);
      const result = maskContactDetails(text);
      expect(result.masked).toEqual(['phone']);
      expect(normaliseForMasking(result.text).text).not.toMatch(sevenDigits);
    },
    slow,
  );
});
