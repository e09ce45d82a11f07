// The 19 initial consonants in syllable order, as compatibility jamo (what a keyboard types).
const choseongs = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const firstSyllable = 0xac00;
const lastSyllable = 0xd7a3;
const syllablesPerChoseong = 588;
const firstConjoiningChoseong = 0x1100;
const firstConjoiningVowel = 0x1161;
const firstCompatibilityVowel = 0x314f;

/**
 * Prefix of choseong tokens. It is itself a Hangul letter (U+318D, arae-a, unused in modern
 * Korean), so FTS5 and PostgreSQL keep it inside the token, while no Latin or Korean word,
 * whole or as a prefix query, can ever produce a token that starts with it.
 */
export const choseongMarker = 'ㆍ';

/** Longest choseong token: long enough for any name, short enough to bound the index. */
export const choseongTokenLength = 10;

/**
 * Composes a Hangul word and turns stray conjoining jamo back into the compatibility jamo a
 * keyboard types (NFKC would do the opposite, and ㅇㅅ would stop looking like consonants).
 *
 * @example
 * normalizeHangul('ㅇㅅ'.normalize('NFKC')) // 'ㅇㅅ'
 */
export function normalizeHangul(word: string): string {
  let normalized = '';
  for (const character of word.normalize('NFKC')) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= firstConjoiningChoseong && codePoint < firstConjoiningChoseong + 19) {
      normalized += choseongs[codePoint - firstConjoiningChoseong] ?? '';
    } else if (codePoint === 0x119e) {
      normalized += choseongMarker;
    } else if (codePoint >= firstConjoiningVowel && codePoint <= 0x1175) {
      normalized += String.fromCodePoint(firstCompatibilityVowel + codePoint - firstConjoiningVowel);
    } else {
      normalized += character;
    }
  }
  return normalized;
}

/**
 * Whether a character is a consonant a person types for initial-consonant (초성) search.
 *
 * @example
 * isChoseong('ㅇ') // true
 * isChoseong('오') // false
 */
export function isChoseong(character: string): boolean {
  return character.length === 1 && choseongs.includes(character);
}

/**
 * The initial consonants of a Hangul string: syllables give their choseong, typed consonants
 * stay as they are, anything else is dropped.
 *
 * @example
 * choseongOf('메이커') // 'ㅁㅇㅋ'
 * choseongOf('오ㅅ') // 'ㅇㅅ'
 */
export function choseongOf(hangul: string): string {
  let result = '';
  for (const character of hangul) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= firstSyllable && codePoint <= lastSyllable) {
      result += choseongs[Math.floor((codePoint - firstSyllable) / syllablesPerChoseong)] ?? '';
    } else if (isChoseong(character)) {
      result += character;
    }
  }
  return result;
}
