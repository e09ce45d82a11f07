import { splitWords } from './split-words.js';
import { stemmingLanguageOf, type TextLanguage } from './text-language.js';
import { hangulRunTokens, hanTokens, type LatinWord, latinTokens, latinWords } from './word-tokens.js';

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
  let previousLatin: LatinWord | undefined;
  for (const word of words) {
    if (word.script !== 'hangul' || word.gapBefore !== 'space') flushHangul();
    if (word.script === 'hangul') {
      hangulRun.push(word.original);
      previousLatin = undefined;
    } else if (word.script === 'han') {
      tokens.push(...hanTokens(word.original));
      previousLatin = undefined;
    } else {
      const parts = latinWords(word.original);
      const first = parts[0];
      // "e-urheilu" is also written "eurheilu": index the joined form too.
      if (word.gapBefore === 'hyphen' && previousLatin !== undefined && first !== undefined) {
        const joined = {
          lower: previousLatin.lower + first.lower,
          folded: previousLatin.folded + first.folded,
        };
        tokens.push(...latinTokens(joined, stemming).slice(0, 2));
      }
      for (const part of parts) tokens.push(...latinTokens(part, stemming));
      previousLatin = parts.at(-1);
    }
  }
  flushHangul();
  return tokens;

  function flushHangul() {
    if (hangulRun.length > 0) tokens.push(...hangulRunTokens(hangulRun));
    hangulRun = [];
  }
}
