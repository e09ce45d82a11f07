import { applyEdits, type MappedText, type TextEdit } from './mapped-text.js';

/** What a group of digits is part of, once read in context. */
type Reading = 'date' | 'time' | 'year' | 'loose';

interface Group {
  start: number;
  end: number;
  digits: string;
}

interface Unit {
  first: number;
  last: number;
  reading: Reading;
  /** A date without a four-digit year ("28.3", "4-5-20"): weaker evidence than "2027-03-28". */
  weak?: boolean;
}

// What people put between the digits of one phone number: "(040) 123 4567", "040/123/4567",
// "040.123.4567", "040_123_4567", "82 10 1234 5678"; a lone comma or colon ("040:123:4567") too.
const joiner = /^(?:[\s.\-/\\_()[\]{}*~+=']{1,8}|[,:])$/u;

/**
 * Removes the separators inside runs of digits, so a phone number written "0 1 0 - 1 2 3 4 - 5 6 7 8"
 * or "(040) 123 4567" reads as one run of digits. Dates, times and years keep their separators,
 * in every form people write them: "2027-03-28", "28.3.2027", "2027. 3. 28.", "klo 15.30", "10:00",
 * "09.30-10.30", "2026–2027". A date glued to more digits ("04.01.23.45.67") is not a date.
 *
 * @example
 * joinDigitRuns(mappedText('soita (040) 123 4567')).text // 'soita (0401234567'
 * joinDigitRuns(mappedText('28.3.2027 klo 15.30')).text // '28.3.2027 klo 15.30'
 */
export function joinDigitRuns(source: MappedText): MappedText {
  const text = source.text;
  const edits: TextEdit[] = [];
  let chain: Group[] = [];
  const flush = () => {
    if (chain.length > 1) edits.push(...joinChain(text, chain));
    chain = [];
  };
  const digits = /[0-9]+/g;
  for (let match = digits.exec(text); match !== null; match = digits.exec(text)) {
    const group = { start: match.index, end: match.index + match[0].length, digits: match[0] };
    const previous = chain[chain.length - 1];
    if (previous !== undefined && !joiner.test(text.slice(previous.end, group.start))) flush();
    chain.push(group);
  }
  flush();
  return applyEdits(source, edits);
}

function joinChain(text: string, groups: readonly Group[]): TextEdit[] {
  const gap = (i: number) => text.slice(groups[i]?.end ?? 0, groups[i + 1]?.start ?? 0);
  const units = readUnits(groups, gap);
  // A date or time is only believed when whitespace or a range dash sets it apart, and when it is
  // not the middle or tail of something longer that starts like a phone number ("040 123 12.30",
  // "010 9/2 72147") or holds a long run ("04.02 730721").
  for (let changed = true; changed; ) {
    changed = false;
    if (hidesPhoneNumber(text, groups, units)) {
      for (const unit of units) unit.reading = 'loose';
      break;
    }
    for (let u = 0; u < units.length; u += 1) {
      const unit = units[u];
      if (unit === undefined || unit.reading === 'loose') continue;
      const before = units[u - 1];
      const after = units[u + 1];
      if (
        (before !== undefined && !isApart(unit, before, gap(unit.first - 1))) ||
        (after !== undefined && !isApart(unit, after, gap(unit.last)))
      ) {
        unit.reading = 'loose';
        changed = true;
      }
    }
  }
  const unitOf: (Unit | undefined)[] = new Array(groups.length);
  for (const unit of units) for (let i = unit.first; i <= unit.last; i += 1) unitOf[i] = unit;
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < groups.length; i += 1) {
    if (unitOf[i]?.reading === 'loose' && unitOf[i + 1]?.reading === 'loose') {
      edits.push({ start: groups[i]?.end ?? 0, end: groups[i + 1]?.start ?? 0, text: '' });
    }
  }
  return edits;
}

function isApart(unit: Unit, other: Unit, between: string): boolean {
  if (/\s/u.test(between)) return true;
  return other.reading !== 'loose' && /^\.?\s?-\s?$/u.test(between) && sameKind(unit.reading, other.reading);
}

// A chain that starts like a phone number ("04", "+", "82", "358") and has seven digits in all, or
// has nine in all with a short loose run beside five loose digits, another loose run, or a date
// without a four-digit year ("07/03 4-5-20 302"), is a number split up, not dates and times. Loose
// runs of seven digits are masked anyway and do not count.
function hidesPhoneNumber(text: string, groups: readonly Group[], units: readonly Unit[]): boolean {
  if (!units.some((unit) => unit.reading !== 'loose')) return false;
  const total = groups.reduce((sum, group) => sum + group.digits.length, 0);
  const short = units.filter((unit) => unit.reading === 'loose' && digitsOf(groups, unit).length < 7);
  if (short.length === 0) return false;
  const first = units[0];
  const lead = first !== undefined && short.includes(first) ? digitsOf(groups, first) : '';
  const plus = text[(groups[0]?.start ?? 0) - 1] === '+';
  const longest = Math.max(...short.map((unit) => digitsOf(groups, unit).length));
  const weakDates = units.filter((unit) => unit.reading === 'date' && unit.weak === true).length;
  const readings = units.filter((unit) => unit.reading !== 'loose').length;
  return (
    ((plus || /^(?:0[0-9]|82|358)/.test(lead)) && total >= 7) ||
    ((longest >= 5 || short.length >= 2 || (weakDates >= 1 && readings >= 2)) && total >= 9)
  );
}

function digitsOf(groups: readonly Group[], unit: Unit): string {
  return groups
    .slice(unit.first, unit.last + 1)
    .map((group) => group.digits)
    .join('');
}

function sameKind(a: Reading, b: Reading): boolean {
  return a === b || (a === 'year' && b === 'date') || (a === 'date' && b === 'year');
}

// Reads the groups left to right, longest reading first; runs of loose groups become one unit.
function readUnits(groups: readonly Group[], gap: (i: number) => string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < groups.length) {
    const size = readingAt(groups, gap, i);
    if (size === undefined) {
      const previous = units[units.length - 1];
      if (previous?.reading === 'loose' && previous.last === i - 1) previous.last = i;
      else units.push({ first: i, last: i, reading: 'loose' });
      i += 1;
    } else {
      units.push({ first: i, last: i + size[0] - 1, reading: size[1], weak: size[2] });
      i += size[0];
    }
  }
  return units;
}

function readingAt(
  groups: readonly Group[],
  gap: (i: number) => string,
  i: number,
): [number, Reading, boolean] | undefined {
  const a = groups[i]?.digits ?? '';
  const b = groups[i + 1]?.digits;
  const c = groups[i + 2]?.digits;
  const g1 = gap(i);
  const g2 = gap(i + 1);
  if (b !== undefined && c !== undefined && isDateSeparator(g1) && g1.trim() === g2.trim()) {
    if (isDayMonth(a, b) && (c.length === 4 ? isYear(c) : c.length === 2)) return [3, 'date', c.length === 2];
    if (isDayMonth(b, a) && (c.length === 4 ? isYear(c) : c.length === 2)) return [3, 'date', c.length === 2];
    if (isYear(a) && isDayMonth(c, b)) return [3, 'date', false];
  }
  // "12.–16.7.2027": a day that opens a range of dates.
  if (b !== undefined && /^\.?\s?-\s?$/u.test(g1) && a.length <= 2 && Number(a) >= 1 && Number(a) <= 31) {
    if (readingAt(groups, gap, i + 1)?.[1] === 'date') return [1, 'date', true];
  }
  if (b !== undefined && /^[.:]$/.test(g1) && isTime(a, b)) {
    if (c !== undefined && g2 === ':' && c.length === 2 && Number(c) <= 59) return [3, 'time', false];
    return [2, 'time', false];
  }
  if (b !== undefined && /^[./]$/.test(g1) && isDayMonth(a, b)) return [2, 'date', true];
  if (b !== undefined && isYear(a) && /^\s?[-/]\s?$/u.test(g1) && (isYear(b) || b.length === 2)) {
    return [2, 'year', false];
  }
  if (isYear(a)) return [1, 'year', false];
  return undefined;
}

function isDateSeparator(gap: string): boolean {
  return /^[./-] ?$/.test(gap);
}

function isDayMonth(day: string, month: string): boolean {
  return (
    day.length <= 2 &&
    month.length <= 2 &&
    Number(day) >= 1 &&
    Number(day) <= 31 &&
    Number(month) >= 1 &&
    Number(month) <= 12
  );
}

function isTime(hours: string, minutes: string): boolean {
  return hours.length <= 2 && Number(hours) <= 24 && minutes.length === 2 && Number(minutes) <= 59;
}

function isYear(digits: string): boolean {
  return digits.length === 4 && Number(digits) >= 1900 && Number(digits) <= 2099;
}
