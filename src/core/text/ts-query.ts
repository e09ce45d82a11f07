import type { MatchMode } from './match-tokens.js';
import type { QueryAlternative, SearchQuery } from './search-query.js';

/**
 * A PostgreSQL tsquery for an analysed query, or null when nothing is left to search. Every
 * lexeme is single-quoted (quotes and backslashes escaped), so `&`, `|`, `!`, `<->`, `:`,
 * parentheses and quotes from user input are never operators. Bind it as `$1::tsquery`
 * against a tsvector of `analyzeDocument` tokens (`array_to_tsvector(string_to_array(t, ' '))`);
 * `to_tsquery('simple', $1)` also works since every token is letters and digits.
 *
 * @example
 * toTsQuery(analyzeQuery('paja', 'fi'))
 * // "('paja' | 'paj' | 'paja':*)"
 * toTsQuery(analyzeQuery('paja', 'fi'), 'all', 'AB') // matches in weights A and B only: "('paja':AB | …)"
 */
export function toTsQuery(query: SearchQuery, mode: MatchMode = 'all', weights = ''): string | null {
  const terms = query.terms
    .map((term) =>
      group(
        term.alternatives.map((alternative) => alternativeExpression(alternative, weights)),
        ' | ',
      ),
    )
    .filter((expression) => expression !== '');
  return terms.length === 0 ? null : terms.join(mode === 'all' ? ' & ' : ' | ');
}

function alternativeExpression(alternative: QueryAlternative, weights: string): string {
  const suffix = `${alternative.prefix ? '*' : ''}${weights}`;
  const lexemes = alternative.tokens
    .filter((token) => token !== '')
    .map(
      (token) =>
        `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${suffix === '' ? '' : `:${suffix}`}`,
    );
  return group(lexemes, ' & ');
}

function group(parts: readonly string[], operator: string): string {
  const present = parts.filter((part) => part !== '');
  if (present.length <= 1) return present[0] ?? '';
  return `(${present.join(operator)})`;
}
