import { alternativeMatches } from './match-tokens.js';
import type { SearchQuery } from './search-query.js';
import { splitWords, type TextWord } from './split-words.js';
import { stemmingLanguageOf, type TextLanguage } from './text-language.js';
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
  const segments: TextSegment[] = [];
  let position = 0;
  for (const word of matchedWords(text, query, language)) {
    if (word.start > position) push(segments, text.slice(position, word.start), false);
    push(segments, text.slice(word.start, word.end), true);
    position = word.end;
  }
  if (position < text.length) push(segments, text.slice(position), false);
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
  if (text.length <= length) return highlightMatches(text, query, language);
  const first = matchedWords(text, query, language)[0];
  const words = splitWords(text);
  let start = Math.max(0, (first?.start ?? 0) - Math.floor(length / 4));
  start = words.find((word) => word.end > start)?.start ?? 0;
  let end = Math.min(text.length, start + length);
  end = words.findLast((word) => word.start < end && word.end <= end)?.end ?? end;
  const inner = highlightMatches(text.slice(start, end), query, language);
  return [
    ...(start > 0 ? [{ text: '… ', matched: false }] : []),
    ...inner,
    ...(end < text.length ? [{ text: ' …', matched: false }] : []),
  ];
}

function matchedWords(text: string, query: SearchQuery, language: TextLanguage): TextWord[] {
  const stemming = stemmingLanguageOf(language);
  const alternatives = query.terms.flatMap((term) => term.alternatives);
  return splitWords(text).filter((word) => {
    const tokens = new Set(
      word.script === 'hangul'
        ? hangulRunTokens([word.original])
        : word.script === 'han'
          ? hanTokens(word.original)
          : latinWords(word.original).flatMap((part) => latinTokens(part, stemming)),
    );
    return alternatives.some((alternative) => alternativeMatches(alternative, tokens));
  });
}

function push(segments: TextSegment[], text: string, matched: boolean): void {
  const last = segments.at(-1);
  if (last !== undefined && last.matched === matched) last.text += text;
  else segments.push({ text, matched });
}
