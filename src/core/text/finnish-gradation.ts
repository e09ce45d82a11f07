const vowels = /[aeiouyäöå]+$/;
const doubledFinal = /([^aeiouyäöå])\1$/;

// Strong grade → weak grade at the end of a stem. Snowball undoubles consonants itself, so
// the weak grade is the only form both sides of an alternation can agree on.
const weakGrade: readonly [RegExp, string][] = [
  [/nt$/, 'n'],
  [/lt$/, 'l'],
  [/rt$/, 'r'],
  [/mp$/, 'm'],
  [/nk$/, 'ng'],
  [/ht$/, 'hd'],
  [/([aeiouyäöå])t$/, '$1d'],
  [/([aeiouyäöå])p$/, '$1v'],
];

/**
 * A Finnish stem reduced past consonant gradation and stem-vowel changes, so that forms
 * Snowball stems apart meet again: kauppa/kaupassa, paja/pajoissa, katu/kadulla,
 * kaupunki/kaupungissa. Words that merely look alike may meet too: that is why the root is a
 * looser match than the stem.
 *
 * @example
 * gradationRoot('katu') // 'kad'
 * gradationRoot('kadu') // 'kad'
 * gradationRoot('pajo') // 'paj'
 */
export function gradationRoot(stem: string): string {
  let root = stem.replace(vowels, '');
  if (root.length < 3) return stem;
  root = root.replace(doubledFinal, '$1');
  for (const [pattern, replacement] of weakGrade) {
    if (pattern.test(root)) {
      root = root.replace(pattern, replacement);
      break;
    }
  }
  return root.length >= 3 ? root : stem;
}
