import { joinDigitRuns } from './digit-runs.js';
import { foldDigitLookAlikes, foldLookAlikes, foldNetworkLeetspeak } from './look-alikes.js';
import { type MappedText, mappedText, rewriteMatches } from './mapped-text.js';
import { numberWordsToDigits } from './number-words.js';
import {
  joinSpacedOutLetters,
  repairLinkSchemes,
  spelledAtsToAts,
  spelledDotsToDots,
} from './obfuscated-punctuation.js';

// Characters that show nothing: zero-width spaces and joiners, the soft hyphen, word joiners,
// bidirectional controls, variation selectors, Hangul fillers and tag characters.
const invisible =
  /(?:\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|\u180F|\p{Variation_Selector}|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{1D173}-\u{1D17A}])+/gu;

// NFKC works on a character with its combining marks and conjoining jamo, never across them.
const segment = /\P{ASCII}[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*|\p{ASCII}\p{M}+/gu;

/**
 * Removes invisible characters and applies NFKC, so full-width "０１０－" and "ｋａｋａｏ：" and styled
 * letters read as ASCII; combining marks left on ASCII letters ("k̲a̲k̲a̲o̲") go too.
 *
 * @example
 * cleanUnicode(mappedText('０４０\u200B１２３')).text // '040123'
 */
export function cleanUnicode(source: MappedText): MappedText {
  const visible = rewriteMatches(source, invisible, () => '');
  const composed = rewriteMatches(visible, segment, ([chars]) => {
    if (chars === undefined) return undefined;
    const normal = chars.normalize('NFKC');
    return /^\p{ASCII}\p{M}+$/u.test(normal) ? normal.replace(/\p{M}+/gu, '') : normal;
  });
  // NFKC can produce new invisible characters or marks only in odd cases; sweep once more.
  return rewriteMatches(composed, invisible, () => '');
}

/**
 * The text as the detector reads it, mapped back to the original: Unicode cleaned up (NFKC,
 * invisible and bidi characters out), look-alikes folded, spaced-out letters joined, spelled-out
 * "." and "@" restored, leetspeak network names restored, digits written in words or Hangul turned
 * into digits, and separators inside digit runs removed (dates and times keep theirs).
 *
 * @example
 * normaliseForMasking('０ ４ ０ - １２３ ４５６７').text // '0401234567'
 * normaliseForMasking('liisa (at) gmail (dot) com').text // 'liisa@gmail.com'
 */
export function normaliseForMasking(text: string): MappedText {
  let mapped = mappedText(typeof text === 'string' ? text : '');
  for (const stage of stages) mapped = stage(mapped);
  return mapped;
}

const stages: readonly ((source: MappedText) => MappedText)[] = [
  cleanUnicode,
  foldLookAlikes,
  joinSpacedOutLetters,
  repairLinkSchemes,
  spelledDotsToDots,
  spelledAtsToAts,
  foldDigitLookAlikes,
  foldNetworkLeetspeak,
  numberWordsToDigits,
  joinDigitRuns,
];
