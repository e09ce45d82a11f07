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
 * // '("paja" OR "paj"*)'
 * toFts5Match(analyzeQuery('"', 'fi')) // null
 *
 * An alternative inside a shorter prefix alternative (`paja` and `paja*` beside `paj*`) is left
 * out: it matches nothing more, and FTS5 walks each phrase's whole posting list when bm25 reads
 * its document frequency. (The relevance benchmark ranks the same with and without them.)
 */
export function toFts5Match(query: SearchQuery, mode: MatchMode = 'all'): string | null {
  const terms = query.terms
    .map((term) => group(withoutSubsumed(term.alternatives).map(alternativeExpression), ' OR '))
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

/**
 * The alternatives that add matches: an alternative of one token is left out when a prefix
 * alternative of one token already covers it (`paja` and `paja*` inside `paj*`), so the OR of
 * what is left matches exactly the same documents.
 *
 * @example
 * withoutSubsumed([exact('nuoret'), prefix('nuore'), prefix('nuoret')]) // [prefix('nuore')]
 */
export function withoutSubsumed(alternatives: readonly QueryAlternative[]): QueryAlternative[] {
  const prefixes = alternatives.flatMap((alternative, index) =>
    alternative.prefix && alternative.tokens.length === 1 && alternative.tokens[0]
      ? [{ token: alternative.tokens[0], index }]
      : [],
  );
  return alternatives.filter((alternative, index) => {
    if (alternative.tokens.length !== 1) return true;
    const token = alternative.tokens[0] ?? '';
    return !prefixes.some(
      (prefix) =>
        prefix.index !== index &&
        token.startsWith(prefix.token) &&
        // Of two equal prefixes the first stays.
        !(alternative.prefix && prefix.token === token && prefix.index > index),
    );
  });
}
