import { characterBigrams } from './character-ngrams.js';
import { compoundTailQuery } from './compound-suffix.js';
import { gradationRoot } from './finnish-gradation.js';
import {
  choseongMarker,
  choseongOf,
  choseongTokenLength,
  isChoseong,
  normalizeHangul,
} from './hangul-choseong.js';
import { stripKoreanParticle } from './korean-particles.js';
import {
  type AlternativeKind,
  dedupeAlternatives,
  type QueryAlternative,
  type QueryTerm,
  type SearchQuery,
} from './search-query.js';
import { splitWords, type TextWord } from './split-words.js';
import { isStopword } from './stopwords.js';
import { stemmingLanguageOf, stemmingLanguages, type TextLanguage } from './text-language.js';
import { cleanToken, foldedStems, hanTokens, type LatinWord, latinWords } from './word-tokens.js';

/** Bounds on what one query may ask of the database. */
export const maximumQueryLength = 200;
export const maximumQueryTerms = 12;
/** Prefix matches on shorter stems would match most of the index. */
const minimumPrefixLength = 3;

/**
 * Analyses what a reader typed into a structured query: one term per word, each with the
 * alternatives that count as a match (the word, its stems in Finnish, Swedish and English with
 * the reader's language weighted first, prefixes, the Finnish gradation root, Hangul n-grams with
 * and without particles, choseong). Stopwords are dropped unless nothing else is left. Expand
 * it with `expandQuery` for typos and compounds, then build SQL with `toFts5Match` or
 * `toTsQuery`.
 *
 * @example
 * const query = analyzeQuery('kirjastopajoissa', 'fi');
 * query.terms[0]?.alternatives.map((a) => a.tokens.join('+'))
 * // ['kirjastopajoissa', 'kirjastopaj', ...]
 * analyzeQuery('ㅇㅅ', 'ko').terms[0]?.alternatives[0] // { tokens: ['ㆍㅇㅅ'], prefix: true, kind: 'choseong', ... }
 */
export function analyzeQuery(query: string, readerLanguage: TextLanguage): SearchQuery {
  const terms: QueryTerm[] = [];
  const text = query.slice(0, maximumQueryLength);
  const words = splitWords(text);
  // The last word may be half typed (instant search): it alone also matches as a prefix.
  const typing = words.at(-1)?.end === text.length;
  for (const [index, word] of words.entries()) {
    terms.push(...termsOf(word, readerLanguage, typing && index === words.length - 1));
  }
  const content = terms.filter((term) => !(term.latin !== undefined && isStopword(term.latin.folded)));
  return { readerLanguage, terms: (content.length > 0 ? content : terms).slice(0, maximumQueryTerms) };
}

function termsOf(word: TextWord, readerLanguage: TextLanguage, typing: boolean): QueryTerm[] {
  if (word.script === 'hangul') {
    const term = hangulTerm(word.original);
    return term === undefined ? [] : [term];
  }
  if (word.script === 'han') {
    const tokens = hanTokens(word.original);
    const characters = tokens.filter((token) => [...token].length === 1);
    const pairs = tokens.filter((token) => [...token].length > 1);
    const alternative = pairs.length > 0 ? pairs : characters;
    if (alternative.length === 0) return [];
    return [{ text: word.original, script: 'han', alternatives: [make(alternative, false, 'ngram', 1)] }];
  }
  return latinWords(word.original).map((part) => latinTerm(word.original, part, readerLanguage, typing));
}

function latinTerm(text: string, word: LatinWord, readerLanguage: TextLanguage, typing: boolean): QueryTerm {
  const reader = stemmingLanguageOf(readerLanguage);
  const languages = [reader, ...stemmingLanguages.filter((language) => language !== reader)];
  // No alternative for the inflected form itself: documents index stems only, so it could only
  // meet a stem by chance, and every alternative is one more posting list to read.
  const alternatives: QueryAlternative[] = [];
  const stems: string[] = [];
  const readerStems: string[] = [];
  for (const language of languages) {
    for (const stem of foldedStems(word, language)) {
      stems.push(stem);
      if (language === reader) readerStems.push(stem);
      alternatives.push(make([stem], false, 'stem', language === reader ? 1 : 0.8));
      if (language === 'fi') {
        alternatives.push(make([gradationRoot(stem)], false, 'root', 0.6));
        for (const form of finnishSStems(stem, word.folded)) {
          stems.push(form);
          alternatives.push(make([form], false, 'stem', language === reader ? 1 : 0.8));
        }
      }
      // Finnish and Swedish stems as prefixes find compounds that start with them (kirjasto →
      // kirjastopaja), suffix tokens those that end with them; English writes compounds apart.
      // Only in the reader's language: each is one more posting list to merge and rank, and a
      // reader types the compounds of their own language.
      if (language !== reader) continue;
      if (language !== 'en' && stem.length >= minimumPrefixLength + 1) {
        alternatives.push(make([stem], true, 'prefix', 0.5));
      }
      const tail = compoundTailQuery(stem, language);
      if (tail !== undefined) alternatives.push(make([tail], true, 'compound', 0.5));
    }
  }
  if (typing && word.folded.length >= minimumPrefixLength) {
    alternatives.push(make([word.folded], true, 'prefix', 0.5));
  }
  return {
    text,
    script: 'latin',
    latin: { folded: word.folded, stems: unique(stems), readerStems: unique(readerStems) },
    alternatives: dedupeAlternatives(alternatives),
  };
}

/**
 * The other stems of a Finnish noun in -s, which Snowball leaves apart: kehitys, kehityksen
 * (kehityks), kehitystä (kehity). Only the forms a query word shows itself to be.
 *
 * @example
 * finnishSStems('kehitys', 'kehitys') // ['kehityks']
 * finnishSStems('kehityks', 'kehityksen') // ['kehitys']
 * finnishSStems('kehity', 'kehitysta') // ['kehitys', 'kehityks']
 */
export function finnishSStems(stem: string, folded: string): string[] {
  if (/[aeiouy]s$/.test(stem)) return [`${stem.slice(0, -1)}ks`];
  if (/[aeiouy]ks$/.test(stem)) return [`${stem.slice(0, -2)}s`];
  if (/[aeiouy]sta$/.test(folded) && folded.startsWith(stem)) {
    const nominative = folded.slice(0, -2);
    return [nominative, `${nominative.slice(0, -1)}ks`];
  }
  return [];
}

function hangulTerm(original: string): QueryTerm | undefined {
  const word = cleanToken(normalizeHangul(original));
  if (word === '') return undefined;
  const characters = [...word];
  if (characters.some(isChoseong)) {
    // Typed consonants (ㅇㅅ), or a word still being typed (오ㅅ): search by initial consonants.
    const choseong = [...choseongOf(word)].slice(0, choseongTokenLength).join('');
    const alternatives = [
      make([word], false, 'word', 1),
      make([choseongMarker + choseong], true, 'choseong', 0.9),
    ];
    return { text: original, script: 'hangul', alternatives: dedupeAlternatives(alternatives) };
  }
  // Documents index nouns without their particles, so the query does the same.
  const noun = stripKoreanParticle(word) ?? word;
  const alternatives: QueryAlternative[] = [
    make([noun], false, 'word', 1),
    make(characterBigrams(noun), false, 'ngram', 0.9),
  ];
  // One syllable: any word that has it, wherever (pairs start with it, last syllables are whole).
  if (characters.length === 1) alternatives.push(make([word], true, 'prefix', 0.5));
  return {
    text: original,
    script: 'hangul',
    hangul: { noun },
    alternatives: dedupeAlternatives(alternatives),
  };
}

function make(
  tokens: readonly string[],
  prefix: boolean,
  kind: AlternativeKind,
  weight: number,
): QueryAlternative {
  return { tokens, prefix, kind, weight };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
