import { boundedCache } from './bounded-cache.js';
import { alternativeMatches } from './match-tokens.js';
import type { SearchQuery } from './search-query.js';
import { splitWords, type TextWord } from './split-words.js';
import { type StemmingLanguage, stemmingLanguageOf, type TextLanguage } from './text-language.js';
import { hangulRunTokens, hanTokens, latinTokens, latinWords } from './word-tokens.js';

/** A piece of the original text; the UI renders `text` as text (never as HTML) and marks `matched`. */
export interface TextSegment {
  text: string;
  matched: boolean;
}

/**
 * Splits a text into segments, marking the words that match the query the way the index would
 * match them (inflected forms, compounds, choseong, typos already expanded into the query).
 * Concatenating the segments gives back the text exactly.
 *
 * @example
 * highlightMatches('Pajoissa tehdään.', analyzeQuery('paja', 'fi'), 'fi')
 * // [{ text: 'Pajoissa', matched: true }, { text: ' tehdään.', matched: false }]
 */
export function highlightMatches(text: string, query: SearchQuery, language: TextLanguage): TextSegment[] {
  return segmentsOf(text, 0, text.length, matchedWords(splitWords(text), query, language));
}

/** Segments of text[start, end) with the given words (inside it, in order) marked. */
function segmentsOf(text: string, start: number, end: number, matched: readonly TextWord[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = start;
  for (const word of matched) {
    if (word.start < start || word.end > end) continue;
    if (word.start > position) push(segments, text.slice(position, word.start), false);
    push(segments, text.slice(word.start, word.end), true);
    position = word.end;
  }
  if (position < end) push(segments, text.slice(position, end), false);
  return segments;
}

/**
 * A window of about `length` characters around the first match (or the start of the text), cut
 * at word boundaries, with an ellipsis where text was left out.
 *
 * @example
 * snippetMatches(longBody, analyzeQuery('정원', 'ko'), 'ko', 160)
 * // [{ text: '… ', matched: false }, { text: '정원을', matched: true }, ...]
 */
export function snippetMatches(
  text: string,
  query: SearchQuery,
  language: TextLanguage,
  length = 200,
): TextSegment[] {
  const words = splitWords(text);
  const matched = matchedWords(words, query, language);
  if (text.length <= length) return segmentsOf(text, 0, text.length, matched);
  const first = matched[0];
  let start = Math.max(0, (first?.start ?? 0) - Math.floor(length / 4));
  start = words.find((word) => word.end > start)?.start ?? 0;
  let end = Math.min(text.length, start + length);
  end = words.findLast((word) => word.start < end && word.end <= end)?.end ?? end;
  const inner = segmentsOf(text, start, end, matched);
  return [
    ...(start > 0 ? [{ text: '… ', matched: false }] : []),
    ...inner,
    ...(end < text.length ? [{ text: ' …', matched: false }] : []),
  ];
}

function matchedWords(words: readonly TextWord[], query: SearchQuery, language: TextLanguage): TextWord[] {
  const isMatch = wordMatcher(query, language);
  return words.filter((word) => isMatch(word));
}

/**
 * Whether a word matches the query, remembered per query and language: a page of results repeats
 * the same words from snippet to snippet, and each word costs a stemming and an alternative scan.
 */
const matchers = new WeakMap<SearchQuery, Map<TextLanguage, (word: TextWord) => boolean>>();
function wordMatcher(query: SearchQuery, language: TextLanguage): (word: TextWord) => boolean {
  const byLanguage = matchers.get(query) ?? new Map<TextLanguage, (word: TextWord) => boolean>();
  matchers.set(query, byLanguage);
  const known = byLanguage.get(language);
  if (known !== undefined) return known;
  const stemming = stemmingLanguageOf(language);
  const alternatives = query.terms.flatMap((term) => term.alternatives);
  // Most alternatives are one exact token: a set lookup per word token instead of a scan.
  const exact = new Set(
    alternatives.filter((a) => !a.prefix && a.tokens.length === 1).flatMap((a) => a.tokens),
  );
  const others = alternatives.filter((a) => a.prefix || a.tokens.length !== 1);
  const answers = new Map<string, boolean>();
  const matcher = (word: TextWord) => {
    const remembered = answers.get(word.original);
    if (remembered !== undefined) return remembered;
    const tokens =
      word.script === 'hangul'
        ? hangulWordTokens(word.original)
        : word.script === 'han'
          ? new Set(hanTokens(word.original))
          : latinWordTokens(word.original, stemming);
    let matched = false;
    for (const token of tokens) if (exact.has(token)) matched = true;
    matched ||= others.some((alternative) => alternativeMatches(alternative, tokens));
    if (answers.size < 10_000) answers.set(word.original, matched);
    return matched;
  };
  byLanguage.set(language, matcher);
  return matcher;
}

const hangulWordTokens = boundedCache((word) => new Set(hangulRunTokens([word])), 20_000);
const latinWordTokenCaches: Record<StemmingLanguage, (word: string) => ReadonlySet<string>> = {
  fi: boundedCache((word) => new Set(latinWords(word).flatMap((part) => latinTokens(part, 'fi'))), 20_000),
  sv: boundedCache((word) => new Set(latinWords(word).flatMap((part) => latinTokens(part, 'sv'))), 20_000),
  en: boundedCache((word) => new Set(latinWords(word).flatMap((part) => latinTokens(part, 'en'))), 20_000),
};
function latinWordTokens(word: string, language: StemmingLanguage): ReadonlySet<string> {
  return latinWordTokenCaches[language](word);
}

function push(segments: TextSegment[], text: string, matched: boolean): void {
  const last = segments.at(-1);
  if (last !== undefined && last.matched === matched) last.text += text;
  else segments.push({ text, matched });
}
