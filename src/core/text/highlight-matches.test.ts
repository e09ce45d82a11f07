import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.js';
import { highlightMatches, snippetMatches } from './highlight-matches.js';

const marked = (segments: { text: string; matched: boolean }[]) =>
  segments.filter((segment) => segment.matched).map((segment) => segment.text);

describe('highlightMatches', () => {
  it('marks inflected forms, compounds, Hangul with particles and choseong', () => {
    const text = 'Pajoissa ja kirjastopajassa <b>tehdään</b>. 오산시에서 메이커 모임.';
    expect(marked(highlightMatches(text, analyzeQuery('paja', 'fi'), 'fi'))).toEqual([
      'Pajoissa',
      'kirjastopajassa',
    ]);
    expect(marked(highlightMatches(text, analyzeQuery('오산', 'ko'), 'fi'))).toEqual(['오산시에서']);
    expect(marked(highlightMatches(text, analyzeQuery('ㅁㅇㅋ', 'ko'), 'fi'))).toEqual(['메이커']);
  });

  it('keeps markup as plain text for the UI to escape', () => {
    const segments = highlightMatches('<script>paja</script>', analyzeQuery('paja', 'fi'), 'fi');
    expect(segments).toEqual([
      { text: '<script>', matched: false },
      { text: 'paja', matched: true },
      { text: '</script>', matched: false },
    ]);
  });

  it('gives back the text exactly, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (text, query) => {
        const segments = highlightMatches(text, analyzeQuery(query, 'fi'), 'fi');
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
      }),
    );
  });
});

describe('snippetMatches', () => {
  it('cuts a window around the first match at word boundaries', () => {
    const text = `${'alku '.repeat(60)}Kirjastopajoissa tehdään kaikkea. ${'loppu '.repeat(60)}`;
    const segments = snippetMatches(text, analyzeQuery('paja', 'fi'), 'fi', 80);
    const joined = segments.map((segment) => segment.text).join('');
    expect(joined.startsWith('… alku')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(84);
    expect(marked(segments)).toEqual(['Kirjastopajoissa']);
  });

  it('returns short texts whole', () => {
    expect(snippetMatches('paja', analyzeQuery('paja', 'fi'), 'fi')).toEqual([
      { text: 'paja', matched: true },
    ]);
  });
});
