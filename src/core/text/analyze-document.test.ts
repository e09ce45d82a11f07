import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { gradationRoot } from './finnish-gradation.js';
import { choseongOf, normalizeHangul } from './hangul-choseong.js';
import { stripKoreanParticle } from './korean-particles.js';
import { splitWords } from './split-words.js';

describe('analyzeDocument', () => {
  it('stems Finnish inflections to one token', () => {
    for (const word of ['kirjastossa', 'kirjastoon', 'kirjastoista']) {
      expect(analyzeDocument(word, 'fi')).toContain('kirjasto');
    }
  });

  it('folds case, accents and compatibility forms after stemming', () => {
    expect(analyzeDocument('KÄYTÖSSÄ', 'fi')).toEqual(expect.arrayContaining(['kayto']));
    expect(analyzeDocument('KÄYTÖSSÄ', 'fi')).not.toContain('kaytossa');
    expect(analyzeDocument('Straße ﬁlm', 'en')).toEqual(expect.arrayContaining(['strasse', 'film']));
  });

  it('splits punctuation and keeps numbers', () => {
    expect(analyzeDocument('e-urheilu, 29.9.2021!', 'fi')).toEqual(
      expect.arrayContaining(['e', 'urheilu', 'eurheilu', '29', '9', '2021']),
    );
  });

  it('analyses each word by its script, whatever the text language', () => {
    const tokens = analyzeDocument('Osanin 오산시에서 kirjastossa', 'fi');
    expect(tokens).toEqual(expect.arrayContaining(['kirjasto', '오산', 'ㆍㅇㅅㅅㅇㅅ']));
    expect(analyzeDocument('Espoo libraries', 'ko')).toContain('librari');
  });

  it('indexes Hangul as nouns without particles, pairs (also across spaces), last syllables and choseong', () => {
    const tokens = analyzeDocument('메이커 스페이스를', 'ko');
    expect(tokens).toEqual(
      expect.arrayContaining([
        '메이커',
        '스페이스',
        '메이',
        '커스',
        '이스',
        '커',
        '를',
        'ㆍㅁㅇㅋ',
        'ㆍㅅㅍㅇㅅㄹ',
      ]),
    );
    // Neither the word with its particle nor a syllable inside a word is a token of its own.
    expect(tokens).not.toContain('스페이스를');
    expect(tokens).not.toContain('메');
  });

  it('emits Finnish gradation roots and one reversed compound-suffix token', () => {
    expect(analyzeDocument('kadulla', 'fi')).toContain('kad');
    expect(analyzeDocument('kirjastopajoissa', 'fi')).toEqual(['kirjastopaj', 'ㆎjapotsaj']);
    expect(analyzeDocument('stadsbiblioteket', 'sv')).toContain('ㆎketoilbibsd');
    expect(analyzeDocument('bookshelves', 'en').some((token) => token.startsWith('ㆎ'))).toBe(false);
  });

  it('emits only letters and digits, so database tokenizers keep every token whole', () => {
    const tokens = analyzeDocument('"NEAR(a b)" OR x* AND y:z ㈜ ½ 😀 \ud800 l\u0301a', 'en');
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('returns nothing for text without words', () => {
    expect(analyzeDocument('', 'fi')).toEqual([]);
    expect(analyzeDocument('!!! 😀 — ...', 'ko')).toEqual([]);
  });
});

describe('gradationRoot', () => {
  it.each([
    ['kaup', 'kaupa'],
    ['paja', 'pajo'],
    ['katu', 'kadu'],
    ['kaupunk', 'kaupung'],
    ['hyvinvoint', 'hyvinvoin'],
    ['rant', 'rann'],
  ])('%s and %s share a root', (strong, weak) => {
    expect(gradationRoot(strong)).toBe(gradationRoot(weak));
  });

  it('keeps short stems whole', () => {
    expect(gradationRoot('työ')).toBe('työ');
  });
});

describe('Hangul helpers', () => {
  it('reads initial consonants', () => {
    expect(choseongOf('오산')).toBe('ㅇㅅ');
    expect(choseongOf('메이커')).toBe('ㅁㅇㅋ');
  });

  it('undoes NFKC on typed consonants', () => {
    expect(normalizeHangul('ㅇㅅ')).toBe('ㅇㅅ');
    expect(normalizeHangul('ᄋ\u1161')).toBe('아');
  });

  it('strips particles but never leaves a one-syllable noun', () => {
    expect(stripKoreanParticle('오산시에서')).toBe('오산시');
    expect(stripKoreanParticle('정원을')).toBe('정원');
    expect(stripKoreanParticle('마을')).toBeUndefined();
    expect(stripKoreanParticle('오산')).toBeUndefined();
  });
});

describe('splitWords', () => {
  it('splits at script changes and records offsets and gaps', () => {
    const words = splitWords('2021년 Åland-saari');
    expect(words.map((word) => [word.original, word.script, word.gapBefore, word.start])).toEqual([
      ['2021', 'latin', 'start', 0],
      ['년', 'hangul', 'none', 4],
      ['Åland', 'latin', 'space', 6],
      ['saari', 'latin', 'hyphen', 12],
    ]);
  });
});
