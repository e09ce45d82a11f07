import { createHash } from 'node:crypto';
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
  /** Machine translations, kept apart from what people wrote; used only where no person wrote one. */
  machine?: Partial<Record<Locale, MachineText>>;
}

export interface MachineText {
  text: string;
  /** The provider that made it ("libretranslate", "deepl"). */
  provider: string;
  /** `contentHash` of the original it was made from. */
  sourceHash: string;
  outdated?: boolean;
}

/**
 * The state of one language of a text, as the translation queue and the reader's badge see it:
 * `outdated` when the original changed after the translation was made.
 */
export type TranslationState = 'original' | 'human' | 'machine' | 'outdated' | 'missing';

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
  const machine: Partial<Record<Locale, MachineText>> = {};
  for (const [language, entry] of Object.entries(current.machine ?? {}) as [Locale, MachineText][]) {
    machine[language] = originalChanged ? { ...entry, outdated: true } : entry;
  }
  const texts: Partial<Record<Locale, TranslatedText>> = {};
  for (const language of locales) {
    const given = edit.texts[language];
    const old = current.texts[language];
    if (given !== undefined) texts[language] = given;
    else if (old !== undefined)
      texts[language] = originalChanged && language !== current.original ? { ...old, outdated: true } : old;
  }
  return { original: current.original, texts, ...(Object.keys(machine).length > 0 ? { machine } : {}) };
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

/** Languages a reader is taken to understand besides their own, until they say otherwise. */
export const defaultUnderstood: readonly Locale[] = ['en'];

/**
 * The best text for a reader, in this order: what a person wrote in the reader's language; what a
 * person wrote in a language the reader understands (English unless they chose otherwise); a machine
 * translation into the reader's language (always labelled by its source); the original. A Finnish
 * reader of a Korean session with an English title reads the English one, not the Korean.
 *
 * @example
 * readIn({ original: 'ko', texts: { ko: { text: '메이커 워크숍', source: 'original' }, en: { text: 'Maker workshop', source: 'human' } } }, 'fi')
 * // { text: 'Maker workshop', language: 'en', source: 'human', outdated: false }
 */
export function readIn(
  value: TranslatableText,
  locale: Locale,
  understood: readonly Locale[] = defaultUnderstood,
): ReadText {
  const original = value.texts[value.original];
  const written = [locale, ...understood.filter((language) => language !== locale)].find(
    (language) => value.texts[language] !== undefined && !value.texts[language]?.outdated,
  );
  const machine = value.machine?.[locale];
  const chosen =
    value.texts[locale] !== undefined
      ? { entry: value.texts[locale], language: locale }
      : written !== undefined
        ? { entry: value.texts[written], language: written }
        : machine !== undefined && original !== undefined
          ? {
              entry: { text: machine.text, source: 'machine' as const, outdated: machine.outdated },
              language: locale,
            }
          : { entry: original, language: value.original };
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

/**
 * A short fingerprint of a text, kept with each machine translation and translation job, so that a
 * translation made from an older original is never stored as current.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/**
 * Where one language of a text stands.
 *
 * @example
 * translationState(createTranslatable({ fi: 'Paja' }, 'fi', 'title'), 'ko') // 'missing'
 */
export function translationState(value: TranslatableText, language: Locale): TranslationState {
  if (language === value.original) return 'original';
  const human = value.texts[language];
  if (human !== undefined) return human.outdated ? 'outdated' : 'human';
  const machine = value.machine?.[language];
  if (machine !== undefined) return machine.outdated ? 'outdated' : 'machine';
  return 'missing';
}

/** A person's translation into `language`; it replaces any machine translation there. An empty text removes it. */
export function withHumanTranslation(
  value: TranslatableText,
  language: Locale,
  text: string,
): TranslatableText {
  if (language === value.original) throw new AppError('TRANSLATION_OF_ORIGINAL');
  const texts = { ...value.texts };
  const trimmed = text.trim();
  if (trimmed === '') delete texts[language];
  else texts[language] = { text: trimmed, source: 'human' };
  const machine = { ...value.machine };
  if (trimmed !== '') delete machine[language];
  return { original: value.original, texts, ...(Object.keys(machine).length > 0 ? { machine } : {}) };
}

/**
 * A machine translation into `language`, made from the original whose hash is `sourceHash`. Ignored
 * (undefined) when a person has translated it meanwhile or the original has changed since.
 */
export function withMachineTranslation(
  value: TranslatableText,
  language: Locale,
  machine: MachineText,
): TranslatableText | undefined {
  const original = value.texts[value.original];
  if (language === value.original || original === undefined) return undefined;
  if (value.texts[language] !== undefined && !value.texts[language]?.outdated) return undefined;
  if (contentHash(original.text) !== machine.sourceHash) return undefined;
  return { ...value, machine: { ...value.machine, [language]: { ...machine, outdated: false } } };
}

/** The original text (empty when the field is optional and was left empty). */
export function originalText(value: TranslatableText): string {
  return value.texts[value.original]?.text ?? '';
}
