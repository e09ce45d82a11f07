import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery } from './analyze-query.js';
import { normalizeHangul } from './hangul-choseong.js';
import { stripKoreanParticle } from './korean-particles.js';
import { matchesTokens } from './match-tokens.js';
import type { QueryTerm } from './search-query.js';
import { splitWords } from './split-words.js';
import { isStopword } from './stopwords.js';
import type { TextLanguage } from './text-language.js';
import { cleanToken, latinWords } from './word-tokens.js';

/** A topic and its name in each language it has one. */
export interface TopicNames {
  readonly id: string;
  readonly names: Partial<Record<TextLanguage, string>>;
}

/**
 * A topic a query names: `byName` when it says the name (all its words, or at least half and two),
 * not when it is one word that only this topic's names hold, which a text may mean otherwise.
 */
export interface TopicMatch {
  readonly id: string;
  readonly byName: boolean;
}

/** A word of a topic's name: its index tokens (Latin) or its noun (Hangul). */
interface NameWord {
  readonly tokens: ReadonlySet<string>;
  readonly noun?: string;
}

/** Hangul words sharing this many first syllables are one word inflected (지속가능한, 지속가능발전). */
const sharedHangulPrefix = 3;
/** Latin stems sharing this many first letters (and all but one of the shorter's) are one word. */
const minimumSharedStem = 5;
const maximumStemDifference = 2;

/**
 * The topics a search names: the query is, or contains, a topic's name in any language, inflected
 * or not (kestävää kehitystä, hållbara, sustainability, 지속 가능한). A topic matches when the
 * query meets at least half the words of one of its names and two of them at least (or all of a
 * one-word name), or when the query is a single word that only this topic's names hold
 * ("learning", in several names, names none). Korean words match by a shared head, since
 * compounds are written whole or apart (지속가능 → 지속가능발전).
 *
 * @example
 * const topics = [{ id: 'sustainable-development', names: { fi: 'Kestävän kehityksen taidot', ko: '지속가능발전 역량' } }];
 * matchTopics('kestävää kehitystä', 'fi', topics) // [{ id: 'sustainable-development', byName: true }]
 * matchTopics('지속가능', 'ko', topics) // [{ id: 'sustainable-development', byName: false }]
 */
export function matchTopics(
  query: string,
  readerLanguage: TextLanguage,
  topics: readonly TopicNames[],
): TopicMatch[] {
  const { terms, joined } = contentTerms(query, readerLanguage);
  if (terms.length === 0) return [];
  // A Korean run written apart may be one word (지속 가능한): a single word of the query too.
  const single = terms.length === 1 ? terms[0] : joined.length === 1 ? joined[0] : undefined;
  const all = [...terms, ...joined];
  const named = topics.map((topic) => ({
    id: topic.id,
    names: Object.entries(topic.names).map(([language, name]) =>
      nameWords(name ?? '', language as TextLanguage),
    ),
  }));
  const matched: TopicMatch[] = [];
  for (const topic of named) {
    let best: TopicMatch | undefined;
    for (const words of topic.names) {
      if (words.length === 0) continue;
      const met = words.filter((word) => all.some((term) => termMeets(term, word, false)));
      if (met.length === words.length || (met.length >= 2 && met.length * 2 >= words.length)) {
        best = { id: topic.id, byName: true };
        break;
      }
      const term = single;
      if (term === undefined || words.filter((word) => termMeets(term, word, true)).length !== 1) continue;
      // One word naming this topic alone: no other topic's name has it.
      const alone = !named.some(
        (other) =>
          other.id !== topic.id && other.names.some((ws) => ws.some((word) => termMeets(term, word, true))),
      );
      if (alone) best = { id: topic.id, byName: false };
    }
    if (best !== undefined) matched.push(best);
  }
  return matched;
}

/**
 * The query's words without stopwords, and its runs of Korean words written apart joined
 * (지속 가능한 → 지속가능한), since Korean spacing of compounds varies.
 */
function contentTerms(
  query: string,
  readerLanguage: TextLanguage,
): { terms: QueryTerm[]; joined: QueryTerm[] } {
  const terms = analyzeQuery(query, readerLanguage).terms.filter(
    (term) => !(term.latin !== undefined && isStopword(term.latin.folded)),
  );
  const joined: QueryTerm[] = [];
  let run = '';
  for (const term of [...terms, undefined]) {
    if (term?.hangul !== undefined) {
      run += term.text;
      continue;
    }
    const merged = run === '' ? undefined : analyzeQuery(run, readerLanguage).terms[0];
    if (merged !== undefined) joined.push(merged);
    if (term !== undefined) joined.push(term);
    run = '';
  }
  return { terms, joined };
}

function nameWords(name: string, language: TextLanguage): NameWord[] {
  const words: NameWord[] = [];
  // Latin words joined by hyphens are one word of the name (E-urheilu, vapaa-ajan).
  let latin = '';
  const flush = () => {
    const parts = latinWords(latin).filter((part) => !isStopword(part.folded));
    if (parts.some((part) => part.folded.length > 1)) {
      words.push({ tokens: new Set(analyzeDocument(latin, language)) });
    }
    latin = '';
  };
  for (const word of splitWords(name)) {
    if (word.script === 'latin' && word.gapBefore === 'hyphen' && latin !== '') {
      latin += `-${word.original}`;
      continue;
    }
    flush();
    if (word.script === 'latin') {
      latin = word.original;
      continue;
    }
    const whole = cleanToken(normalizeHangul(word.original));
    const noun = stripKoreanParticle(whole) ?? whole;
    if (noun !== '') words.push({ tokens: new Set(analyzeDocument(word.original, language)), noun });
  }
  flush();
  return words;
}

/**
 * Whether a query word is a word of a name. `asPart`: also as the head or tail of a compound
 * (invånarna in Invånarträdgårdar, puutarha in Asukaspuutarhat), which names only part of it.
 */
function termMeets(term: QueryTerm, word: NameWord, asPart: boolean): boolean {
  if (term.hangul !== undefined) {
    if (word.noun === undefined) return false;
    return hangulWordsMeet(term.hangul.noun, word.noun);
  }
  if (word.noun !== undefined) return false;
  const alternatives = asPart
    ? term.alternatives
    : term.alternatives.filter(
        (alternative) => alternative.kind !== 'prefix' && alternative.kind !== 'compound',
      );
  if (matchesTokens({ readerLanguage: 'en', terms: [{ ...term, alternatives }] }, word.tokens)) return true;
  // Stemmers cut some forms of one word differently (hållbar → hallb, hållbara → hallbar;
  // osallisuus, osallisuutta → osallisuut): the same head, differing in the last two letters.
  return (term.latin?.stems ?? []).some((stem) =>
    [...word.tokens].some((token) => {
      const shared = sharedPrefixLength([...stem], [...token]);
      return (
        shared >= minimumSharedStem &&
        shared >= Math.min(stem.length, token.length) - 1 &&
        // An inflection, not a compound (språk is no språkcafé).
        Math.max(stem.length, token.length) - shared <= maximumStemDifference
      );
    }),
  );
}

function sharedPrefixLength(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** One is the other's head (2 syllables or more), or both start with the same 3 syllables. */
function hangulWordsMeet(a: string, b: string): boolean {
  const [shorter, longer] = [...a].length <= [...b].length ? [a, b] : [b, a];
  if ([...shorter].length >= 2 && longer.startsWith(shorter)) return true;
  return sharedPrefixLength([...a], [...b]) >= sharedHangulPrefix;
}
