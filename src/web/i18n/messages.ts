import { type Locale, locales } from '../../core/i18n/locales.js';
import { type Catalog, createTranslator, type MessageValues } from '../../core/i18n/translator.js';
import { en, type MessageKey } from './messages/en.js';
import { fi } from './messages/fi.js';
import { ko } from './messages/ko.js';
import { sv } from './messages/sv.js';

export type { MessageKey };

/** Every UI string in every UI language. */
export const catalog: Catalog<MessageKey> = { en, fi, sv, ko };

/** Translates a key in a locale, with ICU plurals. */
export const translate = createTranslator(catalog);

/** A translator bound to one locale, as components use it. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translatorFor(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

export { locales };
