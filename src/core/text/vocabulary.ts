import { isWithinOneEdit } from './edit-distance.js';

/** Typo tolerance is for Latin-script words of five letters or more (issue 4). */
export const minimumTypoLength = 5;
const maximumTypoLength = 32;
const latinToken = /^[a-z0-9]+$/;

/**
 * The indexed terms, kept by whoever indexes (from FTS5's fts5vocab table, PostgreSQL's
 * ts_stat, or while indexing), so that a query can be expanded to terms that really exist.
 */
export interface Vocabulary {
  readonly size: number;
  add(term: string): void;
  has(term: string): boolean;
  /** Indexed terms one edit away from `term` (not `term` itself), sorted. */
  closeTerms(term: string): string[];
}

/**
 * Builds a vocabulary with a deletion-neighbourhood index (SymSpell with distance 1): every
 * term is filed under itself and under each form with one letter deleted; two words one edit
 * apart always share such a key, so a lookup costs (length + 1) map reads. Memory grows with
 * about (average length + 1) keys per Latin term of four letters or more: some 10 MB for
 * 50,000 terms.
 *
 * @example
 * const vocabulary = createVocabulary(['kirjasto', 'kirjastossa', 'paja']);
 * vocabulary.closeTerms('kirjsto') // ['kirjasto']
 * vocabulary.closeTerms('kirjastosa') // ['kirjastossa']
 */
export function createVocabulary(terms: Iterable<string> = []): Vocabulary {
  const known = new Set<string>();
  const byDeletion = new Map<string, string[]>();

  const vocabulary: Vocabulary = {
    get size() {
      return known.size;
    },
    add(term) {
      if (known.has(term)) return;
      known.add(term);
      if (!isTypoCandidate(term, minimumTypoLength - 1)) return;
      for (const key of deletionKeys(term)) {
        const filed = byDeletion.get(key);
        if (filed === undefined) byDeletion.set(key, [term]);
        else if (filed.at(-1) !== term) filed.push(term);
      }
    },
    has(term) {
      return known.has(term);
    },
    closeTerms(term) {
      if (!isTypoCandidate(term, minimumTypoLength - 1)) return [];
      const close = new Set<string>();
      for (const key of deletionKeys(term)) {
        for (const candidate of byDeletion.get(key) ?? []) {
          if (candidate !== term && isWithinOneEdit(term, candidate)) close.add(candidate);
        }
      }
      return [...close].sort();
    },
  };
  for (const term of terms) vocabulary.add(term);
  return vocabulary;
}

function isTypoCandidate(term: string, minimumLength: number): boolean {
  return term.length >= minimumLength && term.length <= maximumTypoLength && latinToken.test(term);
}

// A doubled letter gives the same key twice; lookups deduplicate, so filing twice is harmless.
function deletionKeys(term: string): string[] {
  const keys = [term];
  for (let index = 0; index < term.length; index++) keys.push(term.slice(0, index) + term.slice(index + 1));
  return keys;
}
