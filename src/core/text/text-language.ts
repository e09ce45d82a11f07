import type { Locale } from '../i18n/locales.js';

/** A language that text analysis knows: the four UI languages. */
export type TextLanguage = Locale;

/** The languages with a Snowball stemmer: words in Latin script are stemmed in one of these. */
export type StemmingLanguage = Exclude<TextLanguage, 'ko'>;

/** Every stemming language, so a query can meet documents written in any of them. */
export const stemmingLanguages: readonly StemmingLanguage[] = ['fi', 'sv', 'en'];

/**
 * The stemmer for Latin-script words in a text of this language. Latin words inside Korean text
 * are nearly always English (names of tools, "maker", "e-sports").
 *
 * @example
 * stemmingLanguageOf('ko') // 'en'
 * stemmingLanguageOf('sv') // 'sv'
 */
export function stemmingLanguageOf(language: TextLanguage): StemmingLanguage {
  return language === 'ko' ? 'en' : language;
}
