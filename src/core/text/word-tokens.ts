import { boundedCache } from './bounded-cache.js';
import { characterBigrams } from './character-ngrams.js';
import { compoundTails } from './compound-tails.js';
import { gradationRoot } from './finnish-gradation.js';
import { foldAccents, lowerWord } from './fold-latin.js';
import { choseongMarker, choseongOf, choseongTokenLength, normalizeHangul } from './hangul-choseong.js';
import { stripKoreanParticle } from './korean-particles.js';
import { stemsOf } from './stem-word.js';
import type { StemmingLanguage } from './text-language.js';

/** Longest Latin token: longer runs are identifiers or pasted junk, not words to search. */
export const maximumWordLength = 64;

const notTokenCharacter = /[^\p{L}\p{N}]+/gu;
const digitsOnly = /^\p{N}+$/u;

/**
 * Strips anything a database tokenizer would split on, so one token stays one token in FTS5
 * (unicode61) and PostgreSQL alike.
 *
 * @example
 * cleanToken('a⁄b') // 'ab'
 */
export function cleanToken(token: string): string {
  return token.replace(notTokenCharacter, '');
}

/** A Latin-script word, lower-cased with accents (for stemming) and folded (for tokens). */
export interface LatinWord {
  lower: string;
  folded: string;
}

/**
 * Normalises a Latin-script word; NFKC can split one written word into several ("1½" → 1, 2),
 * hence the list.
 *
 * @example
 * latinWords('Käyttö') // [{ lower: 'käyttö', folded: 'kaytto' }]
 */
export function latinWords(original: string): readonly LatinWord[] {
  return cachedLatinWords(original);
}

const cachedLatinWords = boundedCache((original) => {
  const words: LatinWord[] = [];
  for (const part of lowerWord(original).split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const lower = part.slice(0, maximumWordLength);
    const folded = cleanToken(foldAccents(lower));
    if (folded !== '') words.push({ lower, folded });
  }
  return words;
}, 50_000);

/**
 * The folded stems of a word in one language.
 *
 * @example
 * foldedStems({ lower: 'käytössä', folded: 'kaytossa' }, 'fi') // ['kayto']
 */
export function foldedStems(word: LatinWord, language: StemmingLanguage): string[] {
  if (digitsOnly.test(word.folded)) return [word.folded];
  return stemsOf(word.lower, language)
    .map((stem) => cleanToken(foldAccents(stem)))
    .filter((stem) => stem !== '');
}

/**
 * Index tokens of one Latin word: the folded word, its stems, its Finnish gradation root and
 * the possible tails of a compound.
 *
 * @example
 * latinTokens({ lower: 'kirjastopajoissa', folded: 'kirjastopajoissa' }, 'fi')
 * // ['kirjastopajoissa', 'kirjastopaj', 'paj', ...]
 */
export function latinTokens(word: LatinWord, language: StemmingLanguage): readonly string[] {
  return cachedLatinTokens[language](`${word.folded} ${word.lower}`);
}

const cachedLatinTokens: Record<StemmingLanguage, (key: string) => readonly string[]> = {
  fi: boundedCache((key) => computeLatinTokens(keyWord(key), 'fi'), 50_000),
  sv: boundedCache((key) => computeLatinTokens(keyWord(key), 'sv'), 50_000),
  en: boundedCache((key) => computeLatinTokens(keyWord(key), 'en'), 50_000),
};

function keyWord(key: string): LatinWord {
  const space = key.indexOf(' ');
  return { folded: key.slice(0, space), lower: key.slice(space + 1) };
}

function computeLatinTokens(word: LatinWord, language: StemmingLanguage): string[] {
  const tokens = [word.folded];
  if (digitsOnly.test(word.folded)) return tokens;
  for (const stem of foldedStems(word, language)) {
    tokens.push(stem);
    if (language === 'fi') tokens.push(gradationRoot(stem));
    tokens.push(...compoundTails(stem, language));
  }
  return unique(tokens);
}

/**
 * Index tokens of a run of Hangul words written with spaces between them: each word and its
 * particle-free noun, syllables, syllable pairs (also across the spaces, because Korean
 * spacing of compounds varies: 메이커 스페이스 / 메이커스페이스), and the marked choseong
 * suffixes of each word, so a prefix query on typed consonants finds any place in a word
 * (ㅅㅍㅇㅅ finds 메이커스페이스). Choseong stops at spaces: across them every pair of
 * neighbouring words would be a new index term.
 *
 * @example
 * hangulRunTokens(['오산']) // ['오산', '오', '산', 'ㆍㅇㅅ', 'ㆍㅅ']
 */
export function hangulRunTokens(run: readonly string[]): string[] {
  const tokens: string[] = [];
  const words = run.map((word) => cleanToken(normalizeHangul(word))).filter((word) => word !== '');
  let previousLast: string | undefined;
  for (const word of words) {
    const characters = [...word];
    tokens.push(word);
    const noun = stripKoreanParticle(word);
    if (noun !== undefined) tokens.push(noun);
    tokens.push(...characters);
    if (previousLast !== undefined && characters[0] !== undefined) tokens.push(previousLast + characters[0]);
    if (characters.length > 1) tokens.push(...characterBigrams(word));
    previousLast = characters.at(-1);
  }
  for (const word of words) {
    const choseong = [...choseongOf(word)];
    for (let start = 0; start < choseong.length; start++) {
      tokens.push(choseongMarker + choseong.slice(start, start + choseongTokenLength).join(''));
    }
  }
  return tokens;
}

/**
 * Index tokens of a Chinese or Japanese word: characters and character pairs.
 *
 * @example
 * hanTokens('東京') // ['東', '京', '東京']
 */
export function hanTokens(word: string): string[] {
  const normalized = cleanToken(word.normalize('NFKC'));
  const characters = [...normalized];
  const tokens = [...characters];
  if (characters.length > 1) tokens.push(...characterBigrams(normalized));
  return tokens;
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens.filter((token) => token !== ''))];
}
