/**
 * Whether two strings are at most one edit apart: one substitution, insertion, deletion or
 * transposition of neighbours (optimal string alignment). Linear time, no allocation.
 *
 * @example
 * isWithinOneEdit('kirjasto', 'kirjsato') // true (transposition)
 * isWithinOneEdit('kirjasto', 'kirjastoon') // false
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let first = 0;
  while (first < shorter.length && shorter[first] === longer[first]) first++;
  if (shorter.length !== longer.length) return shorter.slice(first) === longer.slice(first + 1);
  if (shorter.slice(first + 1) === longer.slice(first + 1)) return true;
  return (
    shorter[first] === longer[first + 1] &&
    shorter[first + 1] === longer[first] &&
    shorter.slice(first + 2) === longer.slice(first + 2)
  );
}
