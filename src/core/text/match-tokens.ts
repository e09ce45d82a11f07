import type { QueryAlternative, SearchQuery } from './search-query.js';

/** How a query's terms combine: every term must match, or any one is enough. */
export type MatchMode = 'all' | 'any';

/**
 * Whether document tokens satisfy a query, exactly as the SQL built by `toFts5Match` and
 * `toTsQuery` would decide: an in-memory search for small lists (instant search in the browser)
 * and the reference that tests hold the database builders to.
 *
 * @example
 * matchesTokens(analyzeQuery('kirjastoon', 'fi'), analyzeDocument('Kirjastossa', 'fi')) // true
 */
export function matchesTokens(
  query: SearchQuery,
  tokens: Iterable<string>,
  mode: MatchMode = 'all',
): boolean {
  const present = tokens instanceof Set ? (tokens as ReadonlySet<string>) : new Set(tokens);
  if (query.terms.length === 0) return false;
  const termMatches = (alternatives: readonly QueryAlternative[]) =>
    alternatives.some((alternative) => alternativeMatches(alternative, present));
  return mode === 'all'
    ? query.terms.every((term) => termMatches(term.alternatives))
    : query.terms.some((term) => termMatches(term.alternatives));
}

/**
 * Whether one alternative is present among the tokens.
 *
 * @example
 * alternativeMatches({ tokens: ['kirjas'], prefix: true, kind: 'prefix', weight: 0.5 }, new Set(['kirjasto'])) // true
 */
export function alternativeMatches(alternative: QueryAlternative, present: ReadonlySet<string>): boolean {
  return alternative.tokens.every((token) => {
    if (!alternative.prefix) return present.has(token);
    for (const candidate of present) if (candidate.startsWith(token)) return true;
    return false;
  });
}
