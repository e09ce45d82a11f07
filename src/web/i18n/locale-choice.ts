import { defaultLocale, isLocale, type Locale, negotiateLocale } from '../../core/i18n/locales.js';

/** Where the UI language can come from, strongest first. */
export interface LocaleSources {
  /** The signed-in person's setting. */
  account?: string | undefined;
  /** `?lang=` in the address. */
  query?: string | null | undefined;
  /** The choice kept in this browser. */
  stored?: string | null | undefined;
  /** navigator.languages. */
  browser?: readonly string[] | undefined;
}

/**
 * The UI language: the account's setting, else `?lang=`, else the stored choice, else the browser's
 * languages, else English.
 *
 * @example
 * chooseLocale({ query: 'sv', browser: ['ko-KR'] }) // 'sv'
 * chooseLocale({ browser: ['de-DE', 'fi'] }) // 'fi'
 */
export function chooseLocale(sources: LocaleSources): Locale {
  if (isLocale(sources.account)) return sources.account;
  if (isLocale(sources.query)) return sources.query;
  if (isLocale(sources.stored)) return sources.stored;
  return negotiateLocale(sources.browser) ?? defaultLocale;
}

export const storedLocaleKey = 'silta.locale';
