// Letters that have no canonical decomposition but that readers treat as plain Latin letters.
const letterReplacements: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ſ: 's',
};
const replaceable = /[ßẞæøœłđðþıſ]/g;
const combiningMarks = /\p{M}+/gu;

/**
 * Compatibility-normalises and lower-cases a word, keeping its accents (ä, ö, å), because the
 * Finnish and Swedish stemmers need them to find endings such as -ssä.
 *
 * @example
 * lowerWord('KÄYTTÖ') // 'käyttö'
 * lowerWord('ﬁlm') // 'film'
 */
export function lowerWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().normalize('NFC');
}

/**
 * Removes accents and folds special letters, so that "aland" meets "Åland" and "kaytto" meets
 * "käyttö". Run it on lower-cased words and stems, after stemming.
 *
 * @example
 * foldAccents('åland') // 'aland'
 * foldAccents('straße') // 'strasse'
 */
export function foldAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(replaceable, (letter) => letterReplacements[letter] ?? letter)
    .normalize('NFC');
}
