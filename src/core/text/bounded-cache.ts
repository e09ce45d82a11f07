/**
 * Memoises a pure function of a string. A corpus repeats the same words (Zipf), so caching
 * per-word analysis makes indexing several times faster; the cache empties itself when full
 * rather than growing without bound.
 *
 * @example
 * const slowUpper = boundedCache((word: string) => word.toUpperCase(), 1000);
 * slowUpper('paja') // 'PAJA', computed once
 */
export function boundedCache<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
