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
  if (separator === ' ') return 'space';
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
  for (const match of text.matchAll(wordRun)) {
    const run = match[0];
    const runStart = match.index;
    let pieceStart = runStart;
    let pieceScript: WordScript | undefined;
    let offset = 0;
    while (offset < run.length) {
      const codePoint = run.codePointAt(offset) ?? 0;
      const size = codePoint > 0xffff ? 2 : 1;
      // Plain Latin letters and digits need no tables; a combining mark belongs to the letter
      // before it, whatever its own script.
      const isMark = codePoint >= 0x300 && mark.test(run.slice(offset, offset + size));
      const script =
        codePoint < 0x300
          ? 'latin'
          : isMark && pieceScript !== undefined
            ? pieceScript
            : scriptOf(run.slice(offset, offset + size));
      if (pieceScript !== undefined && script !== pieceScript) {
        pushWord(words, text, pieceStart, runStart + offset, pieceScript);
        pieceStart = runStart + offset;
      }
      pieceScript = script;
      offset += size;
    }
    if (pieceScript !== undefined) pushWord(words, text, pieceStart, runStart + offset, pieceScript);
  }
  return words;
}

function pushWord(words: TextWord[], text: string, start: number, end: number, script: WordScript): void {
  if (end <= start) return;
  const previousEnd = words.at(-1)?.end ?? 0;
  words.push({
    original: text.slice(start, end),
    start,
    end,
    script,
    gapBefore: gapBetween(text.slice(previousEnd, start), words.length === 0),
  });
}
