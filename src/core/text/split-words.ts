/** The writing system of a word, which decides how it is analysed. */
export type WordScript = 'latin' | 'hangul' | 'han';

/** What separates a word from the one before it. */
export type WordGap = 'start' | 'none' | 'space' | 'hyphen' | 'other';

/** A word of a text, with its place in the original string (UTF-16 offsets) for highlighting. */
export interface TextWord {
  /** The word exactly as written. */
  original: string;
  start: number;
  end: number;
  /** Latin stands for every alphabetic script and for numbers: they are stemmed or kept whole. */
  script: WordScript;
  gapBefore: WordGap;
}

// Letters, numbers and the marks that belong to them; everything else (punctuation, symbols,
// emoji, lone surrogates) separates words.
const wordRun = /[\p{L}\p{N}\p{M}]+/gu;
const hanOrKana = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const mark = /\p{M}/u;

function isHangul(codePoint: number): boolean {
  return (
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0x1100 && codePoint <= 0x11ff) ||
    (codePoint >= 0x3130 && codePoint <= 0x318f) ||
    (codePoint >= 0xa960 && codePoint <= 0xa97f) ||
    (codePoint >= 0xd7b0 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xffa0 && codePoint <= 0xffdc)
  );
}

function scriptOf(character: string): WordScript {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x2e80) return codePoint >= 0x1100 && codePoint <= 0x11ff ? 'hangul' : 'latin';
  if (isHangul(codePoint)) return 'hangul';
  if (hanOrKana.test(character)) return 'han';
  return 'latin';
}

function gapBetween(separator: string, first: boolean): WordGap {
  if (first) return 'start';
  if (separator === '') return 'none';
  if (separator === '-' || separator === '‐' || separator === '‑') return 'hyphen';
  return /^\s+$/u.test(separator) ? 'space' : 'other';
}

/**
 * Splits a text into words at punctuation, spaces and changes of script, so that Korean inside
 * Finnish text ("Osanin 오산시에서") is analysed as Korean, and "2021년" is a number and a word.
 *
 * @example
 * splitWords('Åland, 오산시에서!').map((w) => [w.original, w.script])
 * // [['Åland', 'latin'], ['오산시에서', 'hangul']]
 */
export function splitWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(wordRun)) {
    const runStart = match.index;
    let pieceStart = runStart;
    let pieceScript: WordScript | undefined;
    let offset = runStart;
    const flush = (end: number) => {
      if (pieceScript === undefined || end <= pieceStart) return;
      words.push({
        original: text.slice(pieceStart, end),
        start: pieceStart,
        end,
        script: pieceScript,
        gapBefore: gapBetween(text.slice(previousEnd, pieceStart), words.length === 0),
      });
      previousEnd = end;
    };
    for (const character of match[0]) {
      // A combining mark belongs to the letter before it, whatever its own script.
      const isMark = character.charCodeAt(0) >= 0x300 && mark.test(character);
      const script = isMark && pieceScript !== undefined ? pieceScript : scriptOf(character);
      if (pieceScript !== undefined && script !== pieceScript) {
        flush(offset);
        pieceStart = offset;
      }
      pieceScript = script;
      offset += character.length;
    }
    flush(offset);
  }
  return words;
}
