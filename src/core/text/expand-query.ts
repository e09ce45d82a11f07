import { gradationRoot } from './finnish-gradation.js';
import {
  dedupeAlternatives,
  type QueryAlternative,
  type QueryTerm,
  type SearchQuery,
} from './search-query.js';
import { minimumTypoLength, type Vocabulary } from './vocabulary.js';

/** Bounds the OR list one misspelt word can add to the database query. */
const maximumTypoAlternatives = 16;
const minimumCompoundPart = 3;

/**
 * Adds what only the indexed vocabulary can tell: terms one typo away from a Latin word of five
 * letters or more (from the word itself and from its stems), and, for a compound the index does
 * not hold whole, its known head and tail (kirjastopajoissa → kirjasto AND paj) so that texts
 * that speak of both apart are found too.
 *
 * @example
 * const vocabulary = createVocabulary(analyzeDocument('Kirjasto ja paja', 'fi'));
 * expandQuery(analyzeQuery('kirjastpo', 'fi'), vocabulary) // + typo alternative 'kirjasto'
 * expandQuery(analyzeQuery('kirjastopajoissa', 'fi'), vocabulary) // + compound ['kirjasto', 'paj']
 */
export function expandQuery(query: SearchQuery, vocabulary: Vocabulary): SearchQuery {
  return { ...query, terms: query.terms.map((term) => expandTerm(term, vocabulary)) };
}

function expandTerm(term: QueryTerm, vocabulary: Vocabulary): QueryTerm {
  if (term.hangul !== undefined) return expandHangulTerm(term, term.hangul.noun, vocabulary);
  const latin = term.latin;
  if (latin === undefined) return term;
  const added: QueryAlternative[] = [];
  const exact = new Set(term.alternatives.filter((a) => !a.prefix).flatMap((a) => a.tokens));
  // A word the index knows was typed right: looking for its neighbours would only add noise (and
  // cost: every alternative is one more posting list to rank).
  const known = [...exact].some((token) => vocabulary.has(token));
  if (!known && latin.folded.length >= minimumTypoLength) {
    const close = new Set<string>();
    for (const form of [latin.folded, ...latin.stems]) {
      for (const candidate of vocabulary.closeTerms(form)) {
        if (!exact.has(candidate)) close.add(candidate);
      }
    }
    for (const candidate of [...close].sort().slice(0, maximumTypoAlternatives)) {
      added.push({ tokens: [candidate], prefix: false, kind: 'typo', weight: 0.4 });
    }
  }
  // Split even when the index holds the compound whole, so that texts that write it apart are
  // found too ("kirjastopajoissa" finds "kirjaston paja" as well as "kirjastopajat"). Only the
  // reader's own stems: another language's stem of the word is no compound of it (the English
  // stem of "hållbar" would split into hall + bar and find "håller ... bara").
  for (const stem of latin.readerStems) {
    const parts = splitCompound(stem, vocabulary);
    if (parts !== undefined) added.push({ tokens: parts, prefix: false, kind: 'compound', weight: 0.5 });
  }
  if (added.length === 0) return term;
  return { ...term, alternatives: dedupeAlternatives([...term.alternatives, ...added]) };
}

/** Korean compound parts: at least this many syllables each, so that a part is a word, not a pair. */
const minimumHangulPart = 3;

/**
 * A long Korean noun the index may hold only in parts or in part: its longest known head and
 * tail each become a looser alternative of their own (메이커스페이스 → 메이커 | 스페이스), so
 * a text about a 메이커 공방 is found, below texts that have the whole word.
 */
function expandHangulTerm(term: QueryTerm, noun: string, vocabulary: Vocabulary): QueryTerm {
  const syllables = [...noun];
  if (syllables.length < minimumHangulPart * 2) return term;
  const added: QueryAlternative[] = [];
  for (let split = syllables.length - minimumHangulPart; split >= minimumHangulPart; split--) {
    const head = syllables.slice(0, split).join('');
    if (vocabulary.has(head)) {
      added.push({ tokens: [head], prefix: false, kind: 'compound', weight: 0.5 });
      break;
    }
  }
  for (let split = minimumHangulPart; split <= syllables.length - minimumHangulPart; split++) {
    const tail = syllables.slice(split).join('');
    if (vocabulary.has(tail)) {
      added.push({ tokens: [tail], prefix: false, kind: 'compound', weight: 0.5 });
      break;
    }
  }
  if (added.length === 0) return term;
  return { ...term, alternatives: dedupeAlternatives([...term.alternatives, ...added]) };
}

/** The split with the longest known head whose tail (or its Finnish root) is known too. */
function splitCompound(stem: string, vocabulary: Vocabulary): string[] | undefined {
  for (let split = stem.length - minimumCompoundPart; split >= minimumCompoundPart; split--) {
    const head = stem.slice(0, split);
    if (!vocabulary.has(head)) continue;
    const tail = stem.slice(split);
    if (vocabulary.has(tail)) return [head, tail];
    const root = gradationRoot(tail);
    if (vocabulary.has(root)) return [head, root];
  }
  return undefined;
}
