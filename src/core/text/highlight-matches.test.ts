import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery } from './analyze-query.js';
import { highlightMatches, snippetMatches } from './highlight-matches.js';
import { markdownPlainText, markdownWords } from './markdown-words.js';

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

describe('markdownWords', () => {
  it('keeps the prose of Markdown and drops link targets, URLs and HTML tags', () => {
    const text = markdownWords(
      '## Paja\n\n- **3D** [kirjasto](https://espoo.fi/k "otsikko") <https://x.test> <b>ja</b> http://y.test/z',
    );
    const words = analyzeDocument(text, 'fi');
    expect(words).toEqual(expect.arrayContaining(['paja', '3d', 'kirjasto', 'ja']));
    for (const leaked of ['https', 'espoo', 'x', 'test', 'b', 'y', 'z', 'otsikko']) {
      expect(words, leaked).not.toContain(leaked);
    }
  });
});

describe('markdownPlainText', () => {
  it('reads Markdown as plain text for snippets', () => {
    expect(
      markdownPlainText(
        '## Miten paja toimii\n\nPajat ovat **auki** _iltaisin_.\n\n- Perehdytys [kirjastossa](https://espoo.fi/k)\n1. `3D` <b>tulostus</b>\n> lainaus',
      ),
    ).toBe('Miten paja toimii Pajat ovat auki iltaisin. Perehdytys kirjastossa 3D tulostus lainaus');
    expect(markdownPlainText('snake_case_word ja 2 * 3')).toBe('snake_case_word ja 2 3');
  });
});
