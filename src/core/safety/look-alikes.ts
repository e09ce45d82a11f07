import { asciiNetworkNames } from './contact-networks.js';
import { type MappedText, rewriteMatches } from './mapped-text.js';

// Cyrillic and Greek letters that look like Latin ones; a name typed with them reads the same.
const homoglyphs: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  һ: 'h',
  ь: 'b',
  г: 'r',
  п: 'n',
  д: 'd',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԁ: 'D',
  Ӏ: 'l',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ү: 'Y',
  ү: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ɩ: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ʟ: 'l',
  ո: 'n',
  օ: 'o',
  ս: 'u',
};

// Dots, dashes and slashes from other blocks ("example。com", "010–1234"); the bullet of the
// placeholder is deliberately not a dot.
const dots = '\u3002\uFF61\u00B7\u2027\u30FB\uFF65\u2219\u22C5\u2E31\u0701\u0702\u06D4\u2024';
const dashes = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\u02D7\u2796\u30FC';
const slashes = '\u2044\u2215\u29F8\u2571';
const foldable = new RegExp(
  `[${Object.keys(homoglyphs).join('')}${dots}${dashes}${slashes}]|(?![0-9])\\p{Nd}`,
  'gu',
);

/**
 * Folds Cyrillic and Greek look-alikes to Latin letters, other dots, dashes and slashes to ".", "-"
 * and "/", and decimal digits of any script to ASCII digits; one unit for one unit.
 *
 * @example
 * foldLookAlikes(mappedText('kаkао')).text // 'kakao' (the a's and o were Cyrillic)
 */
export function foldLookAlikes(source: MappedText): MappedText {
  return rewriteMatches(source, foldable, ([char]) => {
    if (char === undefined) return undefined;
    const letter = homoglyphs[char];
    if (letter !== undefined) return letter;
    if (dots.includes(char)) return '.';
    if (dashes.includes(char)) return '-';
    if (slashes.includes(char)) return '/';
    const value = digitValue(char);
    return value === undefined ? undefined : String(value);
  });
}

// Decimal digits come in runs of ten from zero; a digit's value is its distance from the run's start.
function digitValue(char: string): number | undefined {
  const code = char.codePointAt(0);
  if (code === undefined) return undefined;
  let zero = code;
  for (let steps = 0; steps < 60 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)); steps += 1) zero -= 1;
  return (code - zero) % 10;
}

const digitLike: Record<string, string> = {
  o: '0',
  O: '0',
  l: '1',
  I: '1',
  '|': '1',
  i: '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
  З: '3',
};

/**
 * In a run of digits, letters that stand for digits become digits: "o4o 123 4567" → "040 123 4567",
 * "O1O" → "010". A token needs a real digit, so "lol" and "Oslo" stay.
 *
 * @example
 * foldDigitLookAlikes(mappedText('o4o 123 4567')).text // '040 123 4567'
 */
export function foldDigitLookAlikes(source: MappedText): MappedText {
  return rewriteMatches(
    source,
    /(?<![\p{L}\p{N}|])(?=([0-9oOlI|iSsBZzЗ]+))\1(?![\p{L}\p{N}|])/gu,
    ([token]) =>
      token !== undefined && isDigitRun(token)
        ? [...token].map((char) => digitLike[char] ?? char).join('')
        : undefined,
  );
}

// "o4o", "O1O", "l0l" (letters that only look like 0 and 1) or "4S67" (more digits than letters).
function isDigitRun(token: string): boolean {
  const digits = token.replace(/[^0-9]/g, '').length;
  if (digits === 0 || digits === token.length) return false;
  return digits > token.replace(/[^SsBZz]/g, '').length;
}

// Each leetspeak character, and the letters it can stand for.
const leet: Record<string, string> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '|': 'il',
  '!': 'i',
};

/**
 * Restores a network name written in leetspeak ("d1scord", "1nsta", "kak4o", "1ine"), keeping any
 * ending ("d1scordissa" → "discordissa"). Other words are left as they are.
 *
 * @example
 * foldNetworkLeetspeak(mappedText('d1scord: liisa_k')).text // 'discord: liisa_k'
 */
export function foldNetworkLeetspeak(source: MappedText): MappedText {
  return rewriteMatches(source, /(?<![\p{L}\p{N}_@$|!])[\p{L}\p{N}@$|!]{3,40}/gu, ([token]) => {
    if (token === undefined || !/[0-9@$|!]|[^\p{ASCII}]/u.test(token) || !/\p{L}/u.test(token))
      return undefined;
    const lower = withoutAccents(token.toLowerCase());
    if (lower.length !== token.length) return undefined;
    for (const name of asciiNetworkNames) {
      if (lower.length >= name.length && matchesLeet(lower, name)) return name + token.slice(name.length);
    }
    return undefined;
  });
}

// "dïscord", "ínsta": accents off, except on ä, ö and å, which are letters of their own in fi and sv.
function withoutAccents(word: string): string {
  return word.replace(/[^\p{ASCII}äöå]/gu, (char) => char.normalize('NFD').replace(/\p{M}+/gu, ''));
}

function matchesLeet(token: string, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) {
    const char = token[i] ?? '';
    const wanted = name[i] ?? '';
    if (char !== wanted && !(leet[char] ?? '').includes(wanted)) return false;
  }
  return true;
}
