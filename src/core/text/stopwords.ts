// Words so common in fi, sv and en that requiring them would only lose results, mostly
// across languages (a Finnish translation has no "the"). Kept small and shared: "on" and "i"
// are stopwords in more than one language.
const stopwords = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'att',
  'av',
  'de',
  'den',
  'det',
  'en',
  'ett',
  'for',
  'i',
  'med',
  'och',
  'om',
  'pa',
  'som',
  'till',
  'ar',
  'ei',
  'etta',
  'ja',
  'kun',
  'myos',
  'ne',
  'oli',
  'ovat',
  'se',
  'seka',
  'tai',
]);

/**
 * Whether a folded word is too common to require in a query.
 *
 * @example
 * isStopword('och') // true
 * isStopword('kirjasto') // false
 */
export function isStopword(foldedWord: string): boolean {
  return stopwords.has(foldedWord);
}
