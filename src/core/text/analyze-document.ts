import { splitWords } from './split-words.js';
import { stemmingLanguageOf, type TextLanguage } from './text-language.js';
import { hangulRunTokens, hanTokens, latinTokens, latinWords, writtenLatinTokens } from './word-tokens.js';

/**
 * The index tokens of a text written in one language, in text order, repeated as often as
 * the words are (ranking counts them). Join them with spaces and store the string in an FTS5
 * column or a PostgreSQL tsvector (`array_to_tsvector(string_to_array($1, ' '))`, or
 * `to_tsvector('simple', $1)`); each token is letters and digits only. Run it once per field
 * and language; weights per field are the caller's.
 *
 * Words are analysed by their own script: Latin words are stemmed in the text's language
 * (English in Korean text), Hangul words become syllable n-grams and choseong tokens.
 *
 * @example
 * analyzeDocument('Kirjastossa on paja.', 'fi')
 * // ['kirjastossa', 'kirjasto', 'kirjast', ..., 'on', 'paja', 'paj']
 * analyzeDocument('오산시에서', 'ko').includes('오산') // true
 */
export function analyzeDocument(text: string, language: TextLanguage): string[] {
  const stemming = stemmingLanguageOf(language);
  const tokens: string[] = [];
  const words = splitWords(text);
  let hangulRun: string[] = [];
  // The Latin word before this one, if it came right before (for hyphenated compounds).
  let previousLatin: string | undefined;
  for (const word of words) {
    if (word.script !== 'hangul' || word.gapBefore !== 'space') flushHangul();
    if (word.script === 'hangul') {
      hangulRun.push(word.original);
      previousLatin = undefined;
    } else if (word.script === 'han') {
      tokens.push(...hanTokens(word.original));
      previousLatin = undefined;
    } else {
      // "e-urheilu" is also written "eurheilu": index the joined form too.
      if (word.gapBefore === 'hyphen' && previousLatin !== undefined) {
        const first = latinWords(word.original)[0];
        const before = latinWords(previousLatin).at(-1);
        if (first !== undefined && before !== undefined) {
          const joined = {
            lower: before.lower + first.lower,
            folded: before.folded + first.folded,
          };
          tokens.push(...latinTokens(joined, stemming).slice(0, 2));
        }
      }
      for (const token of writtenLatinTokens(word.original, stemming)) tokens.push(token);
      previousLatin = word.original;
    }
  }
  flushHangul();
  return tokens;

  function flushHangul() {
    if (hangulRun.length > 0) tokens.push(...hangulRunTokens(hangulRun));
    hangulRun = [];
  }
}
