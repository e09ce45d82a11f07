import { locales } from '../../core/i18n/locales.js';
import { type Catalog, createTranslator, type MessageValues } from '../../core/i18n/translator.js';
import { en, type MessageKey } from './messages/en.js';
import { fi } from './messages/fi.js';
import { ko } from './messages/ko.js';
import { sv } from './messages/sv.js';

export type { MessageKey };

// The web app loads one language at a time (load-messages.ts); this module holds them all, for tests and
// checks that compare languages. Only its types may be imported by the web app.

/** Every UI string in every UI language. */
export const catalog: Catalog<MessageKey> = { en, fi, sv, ko };

/** Translates a key in a locale, with ICU plurals. */
export const translate = createTranslator(catalog);

/** A translator bound to one locale, as components use it. */
export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** Whether a key built at run time (`youth.interest.${code}`) exists. */
  has(key: string): key is MessageKey;
}

export { locales };
