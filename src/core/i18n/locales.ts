/** The UI languages. Finnish and Swedish are both first-class (Espoo is officially bilingual). */
export const locales = ['fi', 'sv', 'en', 'ko'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language's own name, as a language switcher shows it. */
export const localeNames: Record<Locale, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
  ko: '한국어',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header (or a list of browser languages).
 *
 * @example
 * negotiateLocale('ko-KR,ko;q=0.9,en;q=0.8') // 'ko'
 * negotiateLocale('de-DE') // undefined
 */
export function negotiateLocale(accepted: string | readonly string[] | undefined): Locale | undefined {
  if (accepted === undefined) return undefined;
  const ranges = typeof accepted === 'string' ? parseAcceptLanguage(accepted) : accepted;
  for (const range of ranges) {
    const primary = range.trim().toLowerCase().split('-')[0];
    // Norwegian and Danish readers understand Swedish better than English.
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
