import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.js';

/** A catalog is one flat record of ICU MessageFormat strings per locale, all with the same keys. */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

export type MessageValues = Record<string, string | number | Date>;

export interface Translator<K extends string> {
  (locale: Locale, key: K, values?: MessageValues): string;
  has(key: string): key is K;
}

/**
 * Builds a translator over a catalog. Messages use ICU MessageFormat, so plurals follow each
 * language's rules through Intl.PluralRules.
 *
 * @example
 * const t = createTranslator({ en: { seats: '{count, plural, one {# seat} other {# seats}}' }, ... });
 * t('en', 'seats', { count: 2 }) // '2 seats'
 */
export function createTranslator<K extends string>(catalog: Catalog<K>): Translator<K> {
  const compiled = new Map<string, IntlMessageFormat>();
  const translate = ((locale: Locale, key: K, values?: MessageValues): string => {
    const cacheKey = `${locale}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (format === undefined) {
      format = new IntlMessageFormat(catalog[locale][key], locale);
      compiled.set(cacheKey, format);
    }
    return String(format.format(values));
  }) as Translator<K>;
  translate.has = (key: string): key is K => Object.hasOwn(catalog.en, key);
  return translate;
}

/** Keys that some locale lacks or has in excess, compared with English. Empty when complete. */
export function catalogGaps(catalog: Record<Locale, Record<string, string>>): string[] {
  const reference = Object.keys(catalog.en);
  const gaps: string[] = [];
  for (const [locale, messages] of Object.entries(catalog)) {
    for (const key of reference) {
      const text = messages[key];
      if (text === undefined || text.trim() === '') gaps.push(`${locale}: missing ${key}`);
    }
    for (const key of Object.keys(messages)) {
      if (!reference.includes(key)) gaps.push(`${locale}: unknown ${key}`);
    }
  }
  return gaps;
}
