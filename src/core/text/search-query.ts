import type { WordScript } from './split-words.js';
import type { TextLanguage } from './text-language.js';

/**
 * How an alternative was derived, strongest first. A repository may rank by it; the builders
 * only need the tokens.
 */
export type AlternativeKind =
  | 'word'
  | 'stem'
  | 'ngram'
  | 'choseong'
  | 'root'
  | 'compound'
  | 'prefix'
  | 'typo';

/** One way a query word can be present in a document: all of `tokens` (each a prefix if `prefix`). */
export interface QueryAlternative {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
  readonly kind: AlternativeKind;
  /** 1 for the word itself, less for looser matches. */
  readonly weight: number;
}

/** A query word: the document must match at least one of its alternatives. */
export interface QueryTerm {
  /** The word as the reader typed it. */
  readonly text: string;
  readonly script: WordScript;
  /** Folded Latin words and their stems in every language, for typo and compound expansion. */
  readonly latin?: {
    readonly folded: string;
    readonly stems: readonly string[];
    /** The stems in the reader's language, the only ones split as compounds. */
    readonly readerStems: readonly string[];
  };
  /** A Hangul word's noun (without its particle), for compound expansion. */
  readonly hangul?: { readonly noun: string };
  readonly alternatives: readonly QueryAlternative[];
}

/** An analysed search: every term must match (or any, if the caller asks for it). */
export interface SearchQuery {
  readonly readerLanguage: TextLanguage;
  readonly terms: readonly QueryTerm[];
}

/**
 * Drops empty and repeated alternatives, keeping the first place and the highest weight.
 *
 * @example
 * dedupeAlternatives([
 *   { tokens: ['paja'], prefix: false, kind: 'stem', weight: 0.8 },
 *   { tokens: ['paja'], prefix: false, kind: 'word', weight: 1 },
 * ]) // [{ tokens: ['paja'], prefix: false, kind: 'word', weight: 1 }]
 */
export function dedupeAlternatives(alternatives: readonly QueryAlternative[]): QueryAlternative[] {
  const seen = new Map<string, QueryAlternative>();
  for (const alternative of alternatives) {
    if (alternative.tokens.length === 0 || alternative.tokens.some((token) => token === '')) continue;
    const key = `${alternative.prefix ? '*' : '='}${alternative.tokens.join(' ')}`;
    const existing = seen.get(key);
    if (existing === undefined || existing.weight < alternative.weight) seen.set(key, alternative);
  }
  return [...seen.values()];
}
