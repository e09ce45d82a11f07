/**
 * The number of bracket positions for n entrants: the next power of two (at least 2). The
 * difference is filled with byes.
 *
 * @example
 * bracketSize(12) // 16
 * bracketSize(16) // 16
 */
export function bracketSize(entrantCount: number): number {
  let size = 2;
  while (size < entrantCount) size *= 2;
  return size;
}

/**
 * Seeds in bracket order for a power-of-two bracket, so that consecutive pairs are the first-round
 * matches: 1 meets the lowest seed, 1 and 2 can only meet in the final, and seeds beyond the number
 * of entrants (byes) always face top seeds, so two byes never meet.
 *
 * @example
 * standardSeedOrder(8) // [1, 8, 4, 5, 2, 7, 3, 6]
 * standardSeedOrder(16).slice(0, 4) // [1, 16, 8, 9]
 */
export function standardSeedOrder(size: number): number[] {
  if (size < 2 || (size & (size - 1)) !== 0)
    throw new RangeError(`bracket size ${size} is not a power of two`);
  let order = [1, 2];
  while (order.length < size) {
    const next = order.length * 2 + 1;
    order = order.flatMap((seed) => [seed, next - seed]);
  }
  return order;
}
