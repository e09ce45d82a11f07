import { applyEdits, type MappedText, type TextEdit } from './mapped-text.js';

/** Digits written as words in fi (also spoken forms), sv and en. */
const digitWords: Record<string, string> = {
  nolla: '0',
  yksi: '1',
  yks: '1',
  kaksi: '2',
  kaks: '2',
  kolme: '3',
  neljä: '4',
  nelja: '4',
  viisi: '5',
  viis: '5',
  kuusi: '6',
  kuus: '6',
  seitsemän: '7',
  seitseman: '7',
  seittemän: '7',
  seiska: '7',
  kahdeksan: '8',
  kaheksan: '8',
  kasi: '8',
  yhdeksän: '9',
  yhdeksan: '9',
  yheksän: '9',
  ysi: '9',
  noll: '0',
  ett: '1',
  en: '1',
  två: '2',
  tva: '2',
  tre: '3',
  fyra: '4',
  fem: '5',
  sex: '6',
  sju: '7',
  åtta: '8',
  atta: '8',
  nio: '9',
  zero: '0',
  oh: '0',
  o: '0',
  l: '1',
  i: '1',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Sino-Korean digits in Hangul, the way a phone number is read aloud: 공일공 = 010. */
const hangulDigits: Record<string, string> = {
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  륙: '6',
  칠: '7',
  팔: '8',
  구: '9',
};

const longestWord = Math.max(...Object.keys(digitWords).map((word) => word.length));

interface Numeral {
  start: number;
  end: number;
  digits: string;
  /** Written as a word or in Hangul rather than in digits. */
  spelled: boolean;
}

// What may stand between two numerals of one number: the separators of phone numbers.
const joiner = /^(?:[\s.\-/\\_()[\]{}*~+=']{0,8}|[,:])$/u;

/**
 * Turns digits written in words (fi, sv, en) or in Sino-Korean Hangul into digits where they form
 * a number: three spelled digits in a row, or spelled digits next to written ones. Prose stays as
 * it is: "two cities", "오늘 이 사람" and "en två" have too few.
 *
 * @example
 * numberWordsToDigits(mappedText('nolla neljä nolla 123 4567')).text // '0 4 0 123 4567'
 * numberWordsToDigits(mappedText('공일공 일이삼사 오육칠팔')).text // '010 1234 5678'
 */
export function numberWordsToDigits(source: MappedText): MappedText {
  const numerals = findNumerals(source);
  const edits: TextEdit[] = [];
  let chain: Numeral[] = [];
  // Where the last spelled-out number ended: "noll-sju-noll, ett-två-tre" is one number read in
  // groups, so a comma between two spelled-out groups goes too.
  let lastSpelledEnd = -1;
  const flush = () => {
    let spelled = 0;
    let written = 0;
    for (const numeral of chain) {
      if (numeral.spelled) spelled += numeral.digits.length;
      else written += numeral.digits.length;
    }
    const first = chain[0];
    const last = chain[chain.length - 1];
    const afterComma =
      first !== undefined &&
      lastSpelledEnd >= 0 &&
      /^\s*[,;]\s*$/u.test(source.text.slice(lastSpelledEnd, first.start));
    const isNumber =
      spelled >= 3 ||
      (spelled >= 1 && written >= 2 && spelled + written >= 4) ||
      (afterComma && spelled >= 2);
    if (first !== undefined && last !== undefined && isNumber) {
      if (afterComma) edits.push({ start: lastSpelledEnd, end: first.start, text: '' });
      for (const numeral of chain) {
        if (numeral.spelled) edits.push({ start: numeral.start, end: numeral.end, text: numeral.digits });
      }
      lastSpelledEnd = spelled >= 2 ? last.end : -1;
    } else {
      lastSpelledEnd = -1;
    }
    chain = [];
  };
  for (const numeral of numerals) {
    const previous = chain[chain.length - 1];
    if (previous !== undefined && !joiner.test(source.text.slice(previous.end, numeral.start))) flush();
    chain.push(numeral);
  }
  flush();
  return applyEdits(source, edits);
}

function findNumerals(source: MappedText): Numeral[] {
  const text = source.text;
  const numerals: Numeral[] = [];
  const token = /[0-9]+|[\p{Script=Latin}]+|[\uAC00-\uD7A3]+/gu;
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (/^[0-9]/.test(word)) {
      numerals.push({ start, end: start + word.length, digits: word, spelled: false });
    } else if (/^[\uAC00-\uD7A3]/.test(word)) {
      numerals.push(...hangulNumerals(word, start));
    } else {
      for (const [from, to] of seams(source, start, start + word.length)) {
        const piece = text.slice(from, to);
        const glued =
          /[0-9][._\-/]{0,2}$/.test(text.slice(Math.max(0, from - 3), from)) ||
          /^[._\-/]{0,2}[0-9]/.test(text.slice(to, to + 3));
        const digits = spelledDigits(piece.toLowerCase(), glued);
        if (digits !== undefined) numerals.push({ start: from, end: to, digits, spelled: true });
      }
    }
  }
  return numerals;
}

// Where an invisible character was taken out, there were two words ("nolla\u200Bneljä").
function seams(source: MappedText, from: number, to: number): [number, number][] {
  const pieces: [number, number][] = [];
  let pieceStart = from;
  for (let i = from + 1; i < to; i += 1) {
    if ((source.end[i - 1] ?? 0) < (source.start[i] ?? 0)) {
      pieces.push([pieceStart, i]);
      pieceStart = i;
    }
  }
  pieces.push([pieceStart, to]);
  return pieces;
}

// A run of Hangul digits counts when it is a whole word ("영 10 1234 5678") or at least three
// syllables at the edge of a word ("번호는공일공", "오육칠팔로"), so "오늘", "이사" inside words stay.
function hangulNumerals(word: string, offset: number): Numeral[] {
  const numerals: Numeral[] = [];
  const run = /[공영일이삼사오육륙칠팔구]+/gu;
  for (let match = run.exec(word); match !== null; match = run.exec(word)) {
    const whole = match[0].length === word.length;
    const atEdge = match.index === 0 || match.index + match[0].length === word.length;
    if (!whole && !(atEdge && match[0].length >= 3)) continue;
    const digits = [...match[0]].map((char) => hangulDigits[char] ?? '').join('');
    numerals.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      digits,
      spelled: true,
    });
  }
  return numerals;
}

// A word that is a digit word, or made of several ("zerofourzero", "nollaneljänolla"); glued to
// digits, one-letter digits count too ("040441lyksi"), which would misread names like "Lilli" alone.
function spelledDigits(word: string, glued: boolean): string | undefined {
  const single = digitWords[word];
  if (single !== undefined) return single;
  if (word.length < (glued ? 2 : 6) || word.length > 120) return undefined;
  const shortest = glued ? 1 : 2;
  const best: (string | undefined)[] = new Array(word.length + 1).fill(undefined);
  best[0] = '';
  for (let end = 1; end <= word.length; end += 1) {
    for (let length = shortest; length <= Math.min(longestWord, end); length += 1) {
      const before = best[end - length];
      const digit = digitWords[word.slice(end - length, end)];
      if (before !== undefined && digit !== undefined) {
        best[end] = before + digit;
        break;
      }
    }
  }
  const digits = best[word.length];
  return digits !== undefined && digits.length >= (glued ? 2 : 3) ? digits : undefined;
}
