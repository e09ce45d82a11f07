import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Headings in user text start at h2: the page's own title is the h1. */
function shiftHeadings() {
  return (tree: Root) => {
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'heading') {
        const heading = node as Heading;
        heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
      }
      for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
    };
    visit(tree);
  };
}

// GitHub's sanitising schema (what rehype-sanitize defaults to), with links limited to http, https
// and mailto, no images (alt text per language is the practice's own field), and links that never
// pass a referrer or authority to the target.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !['img', 'picture', 'source', 'input'].includes(tag),
  ),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

const processor = unified()
  .use(remarkParse)
  .use(shiftHeadings)
  // Raw HTML in the source is not passed through (allowDangerousHtml stays off)…
  .use(remarkRehype)
  // …and what Markdown itself produces is sanitised all the same.
  .use(rehypeSanitize, schema)
  .use(() => (tree) => {
    const visit = (node: {
      type: string;
      tagName?: string;
      properties?: Record<string, unknown>;
      children?: unknown[];
    }) => {
      if (node.type === 'element' && node.tagName === 'a' && node.properties !== undefined) {
        node.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
      }
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(tree as unknown as Parameters<typeof visit>[0]);
  })
  .use(rehypeStringify);

/**
 * Renders user Markdown to safe HTML on the server (remark → rehype → rehype-sanitize): raw HTML is
 * dropped, link targets are limited to http, https and mailto, headings start at h2.
 *
 * @example
 * renderMarkdown('**Paja** <script>alert(1)</script>[x](javascript:alert(1))')
 * // '<p><strong>Paja</strong> <a rel="nofollow noopener noreferrer">x</a></p>'
 */
export function renderMarkdown(source: string): string {
  return String(processor.processSync(source)).trim();
}

const parser = unified().use(remarkParse);

/**
 * The plain text of Markdown, for search indexing and snippets: no markup, no raw HTML.
 *
 * @example
 * markdownToText('## Otsikko\n\n- **yksi** [linkki](https://x.test)') // 'Otsikko yksi linkki'
 */
export function markdownToText(source: string): string {
  const tree = parser.parse(source) as Root;
  const blocks: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'html') return;
    if (['paragraph', 'heading', 'tableCell', 'code'].includes(node.type)) {
      blocks.push(mdastToString(node as Parameters<typeof mdastToString>[0], { includeHtml: false }));
      return;
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}
