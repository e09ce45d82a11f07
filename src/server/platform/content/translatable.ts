import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import { AppError } from '../errors/app-error.js';

/** Where a text in one language came from. */
export type TextSource = 'original' | 'human' | 'machine';

export interface TranslatedText {
  text: string;
  source: TextSource;
  /** The original changed after this translation was made. */
  outdated?: boolean;
}

/**
 * A user-written text: the original language and text, human translations and machine translations
 * kept apart by their source. Stored as JSON in one column.
 */
export interface TranslatableText {
  original: Locale;
  texts: Partial<Record<Locale, TranslatedText>>;
}

/**
 * Builds a translatable text from `{ lang: text }` as an author submits it: the original language's
 * text is required, the others are the author's own (human) translations.
 *
 * @example
 * createTranslatable({ en: 'Maker workshop', fi: 'Pajatyöpaja' }, 'en', 'title')
 */
export function createTranslatable(
  input: Partial<Record<string, string>>,
  original: string,
  field: string,
  options: { maxLength?: number; required?: boolean } = {},
): TranslatableText {
  if (!isLocale(original)) throw new AppError('VALIDATION_FAILED', { field: 'originalLanguage' });
  const texts: Partial<Record<Locale, TranslatedText>> = {};
  for (const [language, raw] of Object.entries(input)) {
    if (!isLocale(language)) throw new AppError('VALIDATION_FAILED', { field: `${field}.${language}` });
    const text = (raw ?? '').trim();
    if (text.length > (options.maxLength ?? 20_000))
      throw new AppError('VALIDATION_FAILED', { field: `${field}.${language}` });
    if (text === '') continue;
    texts[language] = { text, source: language === original ? 'original' : 'human' };
  }
  if ((options.required ?? true) && texts[original] === undefined) {
    throw new AppError('ORIGINAL_TEXT_REQUIRED', { field });
  }
  return { original, texts };
}

/**
 * Applies an author's edit: changed texts replace the old ones; when the original changes, every
 * translation that was not given anew is marked outdated.
 */
export function editTranslatable(
  current: TranslatableText,
  input: Partial<Record<string, string>>,
  field: string,
): TranslatableText {
  const edit = createTranslatable(input, current.original, field, { required: false });
  const originalChanged =
    edit.texts[current.original] !== undefined &&
    edit.texts[current.original]?.text !== current.texts[current.original]?.text;
  const texts: Partial<Record<Locale, TranslatedText>> = {};
  for (const language of locales) {
    const given = edit.texts[language];
    const old = current.texts[language];
    if (given !== undefined) texts[language] = given;
    else if (old !== undefined)
      texts[language] = originalChanged && language !== current.original ? { ...old, outdated: true } : old;
  }
  return { original: current.original, texts };
}

/** The texts a person wrote (original and human translations), as `{ lang: text }`. */
export function writtenTexts(value: TranslatableText): Partial<Record<Locale, string>> {
  const result: Partial<Record<Locale, string>> = {};
  for (const language of locales) {
    const entry = value.texts[language];
    if (entry !== undefined && entry.source !== 'machine') result[language] = entry.text;
  }
  return result;
}

export interface ReadText {
  text: string;
  language: Locale;
  source: TextSource;
  outdated: boolean;
}

/**
 * The best text for a reader: the reader's language when a person wrote it, else a machine
 * translation (always labelled by its source), else the original.
 */
export function readIn(value: TranslatableText, locale: Locale): ReadText {
  const own = value.texts[locale];
  const original = value.texts[value.original];
  const chosen =
    own !== undefined ? { entry: own, language: locale } : { entry: original, language: value.original };
  const entry = chosen.entry ?? { text: '', source: 'original' as const };
  return {
    text: entry.text,
    language: chosen.language,
    source: entry.source,
    outdated: entry.outdated ?? false,
  };
}

export function parseTranslatable(json: string): TranslatableText {
  return JSON.parse(json) as TranslatableText;
}
