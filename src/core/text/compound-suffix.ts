import { gradationRoot } from './finnish-gradation.js';
import type { StemmingLanguage } from './text-language.js';

/**
 * Prefix of compound-suffix tokens. A Hangul letter (U+318E, araeae, unused in modern Korean):
 * FTS5 and PostgreSQL keep it inside the token, and typed text cannot produce it (NFKC turns it
 * into a conjoining jamo), so no other word or prefix query ever meets these tokens.
 */
export const suffixMarker = 'ㆎ';

/** Shortest head and tail of a compound: työ+paja is the shortest Finnish compound worth splitting. */
export const minimumCompoundPart = 3;

/**
 * The word's stem as compounds end, in Finnish reduced past consonant gradation like every
 * Finnish query word.
 */
function compoundEnd(stem: string, language: StemmingLanguage): string {
  return language === 'fi' ? gradationRoot(stem) : stem;
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/**
 * One index token that lets a query find a Finnish or Swedish compound by its last part
 * ("paja" finds "kirjastopaja", "bibliotek" finds "stadsbibliotek"): the stem written backwards
 * behind a marker (less the shortest possible head), so that "ends with paj" becomes the prefix
 * query `ㆎjap*`, which FTS5's prefix
 * index and PostgreSQL's `:*` answer without scanning. One token per word, where listing every
 * possible tail cost up to a dozen. English writes compounds apart: undefined.
 *
 * @example
 * compoundSuffixToken('kirjastopaj', 'fi') // 'ㆎjapotsaj' (kirjastopaj without its first three letters)
 * compoundSuffixToken('paj', 'fi') // undefined (too short to be a compound)
 */
export function compoundSuffixToken(stem: string, language: StemmingLanguage): string | undefined {
  if (language === 'en') return undefined;
  const end = compoundEnd(stem, language);
  if (end.length < minimumCompoundPart * 2) return undefined;
  // Without the shortest head: the word itself is found by its stem, and its suffix token would
  // only put every occurrence in the suffix query's posting lists a second time.
  return suffixMarker + reversed(end.slice(minimumCompoundPart));
}

/**
 * The prefix query token that finds compounds ending with a query word's stem, or undefined
 * when the stem is too short to be the tail of a compound.
 *
 * @example
 * compoundTailQuery('paja', 'fi') // 'ㆎjap' (as a prefix: every stem ending in "paj")
 */
export function compoundTailQuery(stem: string, language: StemmingLanguage): string | undefined {
  if (language === 'en') return undefined;
  const end = compoundEnd(stem, language);
  return end.length < minimumCompoundPart ? undefined : suffixMarker + reversed(end);
}
