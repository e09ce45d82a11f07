import type { MatchMode } from './match-tokens.js';
import type { QueryAlternative, SearchQuery } from './search-query.js';

/**
 * An SQLite FTS5 MATCH expression for an analysed query, or null when nothing is left to search
 * (FTS5 rejects an empty MATCH). Every token is a quoted string, so quotes, `*`, `NEAR`, `AND`,
 * `OR`, `NOT`, parentheses and colons typed by a user are never syntax. Pass it as a bound
 * parameter against a column of `analyzeDocument` tokens (tokenizer unicode61; a `prefix='3 4'`
 * option keeps prefix alternatives fast).
 *
 * @example
 * toFts5Match(analyzeQuery('paja', 'fi'))
 * // '("paja" OR "paj" OR "paja"*)'
 * toFts5Match(analyzeQuery('"', 'fi')) // null
 */
export function toFts5Match(query: SearchQuery, mode: MatchMode = 'all'): string | null {
  const terms = query.terms
    .map((term) => group(term.alternatives.map(alternativeExpression), ' OR '))
    .filter((expression) => expression !== '');
  return terms.length === 0 ? null : terms.join(mode === 'all' ? ' AND ' : ' OR ');
}

function alternativeExpression(alternative: QueryAlternative): string {
  const tokens = alternative.tokens
    .filter((token) => token !== '')
    .map((token) => `"${token.replaceAll('"', '""')}"${alternative.prefix ? '*' : ''}`);
  return group(tokens, ' AND ');
}

function group(parts: readonly string[], operator: string): string {
  const present = parts.filter((part) => part !== '');
  if (present.length <= 1) return present[0] ?? '';
  return `(${present.join(operator)})`;
}
