import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders Markdown with headings starting at h2', () => {
    const html = renderMarkdown(
      '# Paja\n\nTeksti *kevyt* ja **vahva** ja `koodi 1 < 2`.\n\n1. yksi\n2. kaksi\n\n> lainaus',
    );
    expect(html).toContain('<h2>Paja</h2>');
    expect(html).toContain('<em>kevyt</em>');
    expect(html).toContain('<strong>vahva</strong>');
    expect(html).toContain('<code>koodi 1 &#x3C; 2</code>');
    expect(html).toMatch(/<ol>\s*<li>yksi<\/li>\s*<li>kaksi<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<blockquote>\s*<p>lainaus<\/p>\s*<\/blockquote>/);
  });

  it('drops scripts, event handlers, raw HTML and unsafe link targets', () => {
    for (const source of [
      '<script>alert(1)</script>',
      '<SCRIPT src=x>',
      '<img src=x onerror=alert(1)>',
      '![x](https://evil.test/track.png)',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:msgbox)',
      '<svg onload=alert(1)><circle/></svg>',
      '<iframe src="https://evil.test"></iframe>',
      '"><script>alert(1)</script>',
    ]) {
      const html = renderMarkdown(source).toLowerCase();
      expect(html, source).not.toMatch(
        /<script|<img|<svg|<iframe|onerror|onload|javascript:|data:|vbscript:|href="(?!https?:|mailto:)/,
      );
    }
    expect(renderMarkdown('[site](https://example.test/a?b=1&c="2")')).toBe(
      '<p><a href="https://example.test/a?b=1&#x26;c=%222%22" rel="nofollow noopener noreferrer">site</a></p>',
    );
  });

  it('gives plain text for snippets', () => {
    expect(markdownToText('## Otsikko\n\n- **yksi** [linkki](https://x.test)')).toBe('Otsikko yksi linkki');
    expect(markdownToText('Teksti <b>lihava</b> ja <script>x</script>')).not.toContain('<');
  });
});
