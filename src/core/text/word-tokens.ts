import { boundedCache } from './bounded-cache.js';
import { characterBigrams } from './character-ngrams.js';
import { compoundSuffixToken } from './compound-suffix.js';
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
 * Index tokens of a Latin-script word as written (all its parts), cached per word: a corpus says
 * the same words again and again, and this is the hot path of indexing.
 *
 * @example
 * writtenLatinTokens('Kirjastopajoissa', 'fi') // ['kirjastopaj', 'ㆎjapotsaj']
 */
export function writtenLatinTokens(original: string, language: StemmingLanguage): readonly string[] {
  return cachedWrittenLatinTokens[language](original);
}

const cachedWrittenLatinTokens: Record<StemmingLanguage, (original: string) => readonly string[]> = {
  fi: boundedCache((original) => latinWords(original).flatMap((part) => latinTokens(part, 'fi')), 50_000),
  sv: boundedCache((original) => latinWords(original).flatMap((part) => latinTokens(part, 'sv')), 50_000),
  en: boundedCache((original) => latinWords(original).flatMap((part) => latinTokens(part, 'en')), 50_000),
};

/**
 * Index tokens of one Latin word: its stems, its Finnish gradation root and, for Finnish and
 * Swedish, one compound-suffix token. The inflected form itself is not indexed: every query
 * word is stemmed the same way, so it would only double the index.
 *
 * @example
 * latinTokens({ lower: 'kirjastopajoissa', folded: 'kirjastopajoissa' }, 'fi')
 * // ['kirjastopaj', 'ㆎjapotsaj']
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
  if (digitsOnly.test(word.folded)) return [word.folded];
  const stems = foldedStems(word, language);
  const tokens = [...stems];
  if (language === 'fi') for (const stem of stems) tokens.push(gradationRoot(stem));
  const shortest = stems.at(-1);
  const suffix = shortest === undefined ? undefined : compoundSuffixToken(shortest, language);
  if (suffix !== undefined) tokens.push(suffix);
  return unique(tokens.length > 0 ? tokens : [word.folded]);
}

/**
 * Index tokens of a run of Hangul words written with spaces between them: each word's noun
 * (without its particle), syllable pairs (also across the spaces, because Korean spacing of
 * compounds varies: 메이커 스페이스 / 메이커스페이스), the last syllable (so that a
 * one-syllable prefix query meets every syllable), and the marked choseong suffixes of each
 * word, so a prefix query on typed consonants finds any place in a word (ㅅㅍㅇㅅ finds
 * 메이커스페이스). Choseong stops at spaces: across them every pair of neighbouring words would
 * be a new index term. The word with its particle is not indexed: queries strip particles too.
 *
 * @example
 * hangulRunTokens(['오산']) // ['오산', '산', 'ㆍㅇㅅ']
 */
export function hangulRunTokens(run: readonly string[]): string[] {
  const tokens: string[] = [];
  let previousLast: string | undefined;
  for (const original of run) {
    const word = hangulWord(original);
    if (word === undefined) continue;
    if (previousLast !== undefined) tokens.push(previousLast + word.first);
    for (const token of word.tokens) tokens.push(token);
    previousLast = word.last;
  }
  return tokens;
}

/** A Hangul word's own tokens (everything but the pair across the space before it), cached. */
interface HangulWord {
  tokens: readonly string[];
  first: string;
  last: string;
}

const hangulWord = boundedCache((original): HangulWord | undefined => {
  const word = cleanToken(normalizeHangul(original));
  const characters = [...word];
  const first = characters[0];
  const last = characters.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const tokens: string[] = [];
  const noun = stripKoreanParticle(word) ?? word;
  const bigrams = characters.length > 1 ? characterBigrams(word) : [];
  if (noun !== bigrams[0]) tokens.push(noun);
  tokens.push(...bigrams);
  if (characters.length > 1) tokens.push(last);
  const choseong = [...choseongOf(word)];
  const starts = Math.max(1, choseong.length - 1);
  for (let start = 0; start < Math.min(starts, choseong.length); start++) {
    tokens.push(choseongMarker + choseong.slice(start, start + choseongTokenLength).join(''));
  }
  return { tokens, first, last };
}, 50_000);

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
