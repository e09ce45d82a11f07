import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../core/i18n/locales.js';
import type { MessageKey, Translate } from './messages.js';

/** One language's UI strings. */
export type Messages = Record<MessageKey, string>;

const loaded = new Map<Locale, Messages>();
const loading = new Map<Locale, Promise<Messages>>();

// One dynamic import per language, so each catalog is its own chunk and a reader downloads only theirs.
function importMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'fi':
      return import('./messages/fi.js').then((module) => module.fi);
    case 'sv':
      return import('./messages/sv.js').then((module) => module.sv);
    case 'en':
      return import('./messages/en.js').then((module) => module.en);
    case 'ko':
      return import('./messages/ko.js').then((module) => module.ko);
  }
}

/** A language's catalog if it has already arrived, so a switch back to it renders at once. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/**
 * Fetches a language's catalog once; a failed fetch may be tried again.
 *
 * @example
 * const messages = await loadMessages('fi');
 * translatorFor('fi', messages)('app.name') // 'Silta'
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = importMessages(locale).then(
      (messages) => {
        loaded.set(locale, messages);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Translates keys of one catalog with ICU plurals; each message is parsed once. */
export function translatorFor(locale: Locale, messages: Messages): Translate {
  const compiled = new Map<string, IntlMessageFormat>();
  const t = ((key: MessageKey, values?: Parameters<Translate>[1]) => {
    let format = compiled.get(key);
    if (format === undefined) {
      format = new IntlMessageFormat(messages[key], locale);
      compiled.set(key, format);
    }
    return String(format.format(values));
  }) as Translate;
  t.has = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  return t;
}
