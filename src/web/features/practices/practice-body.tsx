import { Typography } from '@mantine/core';
import type { Locale } from '../../../core/i18n/locales.js';

/**
 * A practice's body as the server rendered it from Markdown. The only place in the web app that
 * sets HTML, and safe because `body.html` never holds text as someone typed it: the server renders
 * Markdown with raw HTML switched off and passes the result through rehype-sanitize (GitHub's
 * schema, links limited to http, https and mailto; platform/content/markdown.ts), so script,
 * event-handler attributes and `javascript:` links are gone, as the API's contract tests check.
 * Nothing typed in the browser (the search box included) ever reaches this component.
 */
export function PracticeBody({ html, language }: { html: string; language: Locale }) {
  return (
    <Typography>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server, see above. */}
      <div lang={language} className="practice-body" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
