import { gradationRoot } from './finnish-gradation.js';
import type { StemmingLanguage } from './text-language.js';

/** Shortest head and tail of a compound: työ+paja is the shortest Finnish compound worth splitting. */
const minimumPart = 3;
/** Longest tail kept: past this, a tail is a compound of its own and its own tails cover it. */
const maximumTail = 16;

/**
 * The possible last parts of a Finnish or Swedish compound stem, so that a search for "paja"
 * finds "kirjastopaja" and "bibliotek" finds "stadsbibliotek". Without a dictionary every split
 * point is a candidate; most tails are noise that no query ever meets. Finnish tails are reduced
 * to gradation roots, like the query words they must meet. English writes compounds apart.
 *
 * @example
 * compoundTails('työpaj', 'fi') // ['paj']
 * compoundTails('stadsbibliotek', 'sv').includes('bibliotek') // true
 */
export function compoundTails(stem: string, language: StemmingLanguage): string[] {
  if (language === 'en' || stem.length < minimumPart * 2) return [];
  const tails: string[] = [];
  for (let split = minimumPart; split <= stem.length - minimumPart; split++) {
    const tail = stem.slice(split);
    if (tail.length > maximumTail) continue;
    tails.push(language === 'fi' ? gradationRoot(tail) : tail);
  }
  return tails;
}
