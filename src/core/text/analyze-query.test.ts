import { describe, expect, it } from 'vitest';
import { analyzeQuery, maximumQueryTerms } from './analyze-query.js';
import type { SearchQuery } from './search-query.js';

function alternatives(query: SearchQuery, index = 0) {
  return (query.terms[index]?.alternatives ?? []).map(
    (alternative) => `${alternative.kind}:${alternative.tokens.join('+')}${alternative.prefix ? '*' : ''}`,
  );
}

describe('analyzeQuery', () => {
  it('offers stems in every language (reader first), root and prefixes, not the inflected form', () => {
    expect(alternatives(analyzeQuery('kaupassa', 'fi'))).not.toContain('word:kaupassa');
    expect(alternatives(analyzeQuery('kaupassa', 'fi'))).toEqual(
      expect.arrayContaining(['stem:kaupa', 'root:kauv', 'prefix:kaupa*', 'prefix:kaupassa*']),
    );
    const english = analyzeQuery('libraries', 'fi').terms[0]?.alternatives.find(
      (a) => a.tokens[0] === 'librari',
    );
    expect(english).toMatchObject({ kind: 'stem', weight: 0.8 });
  });

  it('turns typed consonants into a marked choseong prefix', () => {
    expect(alternatives(analyzeQuery('ㅁㅇㅋ', 'ko'))).toEqual(['word:ㅁㅇㅋ', 'choseong:ㆍㅁㅇㅋ*']);
    expect(alternatives(analyzeQuery('오ㅅ', 'ko'))).toContain('choseong:ㆍㅇㅅ*');
  });

  it('searches a Hangul word without its particle, as its noun and as syllable pairs', () => {
    // The noun's only pair is the noun itself: one alternative, not two.
    expect(alternatives(analyzeQuery('정원을', 'ko'))).toEqual(['word:정원']);
    expect(alternatives(analyzeQuery('오산시에서', 'ko'))).toEqual(['word:오산시', 'ngram:오산+산시']);
  });

  it('drops stopwords unless nothing else is left', () => {
    expect(analyzeQuery('the library of Espoo', 'en').terms.map((term) => term.text)).toEqual([
      'library',
      'Espoo',
    ]);
    expect(analyzeQuery('the', 'en').terms).toHaveLength(1);
  });

  it('bounds the number of terms', () => {
    expect(analyzeQuery('sana '.repeat(40), 'fi').terms).toHaveLength(maximumQueryTerms);
  });

  it('has no terms for a query without words', () => {
    expect(analyzeQuery(' "*" () : ', 'fi').terms).toEqual([]);
  });
});
