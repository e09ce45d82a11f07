/**
 * Changes whenever `analyzeDocument` would give different tokens for the same text, so that an
 * index built with other tokens is rebuilt rather than searched with queries that cannot meet it.
 *
 * @example
 * if (storedVersion !== analyzerVersion) await rebuildIndex();
 */
export const analyzerVersion = 'silta-text-2';
