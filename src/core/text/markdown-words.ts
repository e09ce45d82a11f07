// Link and image destinations, autolinks and raw HTML tags: Markdown that is not prose.
const destinations = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const autolinks = /<(?:https?|mailto):[^>\s]*>/gi;
const htmlTags = /<\/?[a-z][^>]*>/gi;
const bareUrls = /\bhttps?:\/\/\S+/gi;

/**
 * The words of a Markdown text for indexing, without parsing it: the analyser splits at
 * punctuation, so emphasis, headings and list marks vanish by themselves; only what is not prose
 * (link targets, URLs, HTML tags) has to go. Much cheaper than rendering the Markdown, which a
 * rebuild of the index would do for every practice in every language.
 *
 * @example
 * markdownWords('## Paja\n\n- **3D** [kirjasto](https://espoo.fi/k)') // '## Paja\n\n- **3D** [kirjasto '
 */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(destinations, ' ')
    .replace(autolinks, ' ')
    .replace(htmlTags, ' ')
    .replace(bareUrls, ' ');
}

const links = /!?\[([^\]]*)\]\([^)]*\)/g;
const headingMarks = /^[ \t]{0,3}#{1,6}[ \t]+/gm;
const blockMarks = /^[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm;
const fences = /^[ \t]*(?:```|~~~).*$/gm;
const emphasis = /(\*\*|__|~~|`|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}]))/gu;

/**
 * Readable plain text of a Markdown text for result snippets, without parsing it: link labels
 * without their targets, no heading, list, quote or emphasis marks, no HTML tags. Snippets are
 * shown as text (never as HTML), so a mark this misses is only a stray character, and it is many
 * times cheaper than rendering twenty bodies for one page of results.
 *
 * @example
 * markdownPlainText('## Paja\n\n- **3D** [kirjasto](https://espoo.fi)') // 'Paja 3D kirjasto'
 */
export function markdownPlainText(markdown: string): string {
  return markdown
    .replace(fences, ' ')
    .replace(links, '$1')
    .replace(autolinks, ' ')
    .replace(htmlTags, ' ')
    .replace(headingMarks, '')
    .replace(blockMarks, '')
    .replace(emphasis, '')
    .replace(/\s+/g, ' ')
    .trim();
}
