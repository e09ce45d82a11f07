import { newStemmer, type SnowballStemmer } from 'snowball-stemmers';
import { boundedCache } from './bounded-cache.js';
import type { StemmingLanguage } from './text-language.js';

const snowballNames: Record<StemmingLanguage, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
const stemmers = new Map<StemmingLanguage, SnowballStemmer>();

function stemmerFor(language: StemmingLanguage): SnowballStemmer {
  let stemmer = stemmers.get(language);
  if (stemmer === undefined) {
    stemmer = newStemmer(snowballNames[language]);
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/**
 * The Snowball stem of a lower-cased word (accents kept: the Finnish stemmer needs ä and ö).
 * Results are cached, since a corpus repeats the same words.
 *
 * @example
 * stemWord('kirjastoista', 'fi') // 'kirjasto'
 * stemWord('libraries', 'en') // 'librari'
 */
export function stemWord(word: string, language: StemmingLanguage): string {
  return cachedStems[language](word);
}

const cachedStems: Record<StemmingLanguage, (word: string) => string> = {
  fi: boundedCache((word) => stemmerFor('fi').stem(word) || word, 50_000),
  sv: boundedCache((word) => stemmerFor('sv').stem(word) || word, 50_000),
  en: boundedCache((word) => stemmerFor('en').stem(word) || word, 50_000),
};

/**
 * Every stem a word gets in a language. Swedish Snowball leaves the definite ending -et alone
 * (biblioteket stays biblioteket), so the form without it is a second stem.
 *
 * @example
 * stemsOf('biblioteket', 'sv') // ['biblioteket', 'bibliotek']
 * stemsOf('kirjastossa', 'fi') // ['kirjasto']
 */
export function stemsOf(word: string, language: StemmingLanguage): string[] {
  const stem = stemWord(word, language);
  if (language === 'sv' && stem.length >= 6 && stem.endsWith('et') && !/[aeiouyåäö]et$/.test(stem)) {
    return [stem, stem.slice(0, -2)];
  }
  return [stem];
}
