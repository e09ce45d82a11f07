import { describe, expect, it } from 'vitest';
import { locales } from '../../core/i18n/locales.js';
import { catalogGaps } from '../../core/i18n/translator.js';
import { catalog, type MessageKey, translate } from './messages.js';

const keys = Object.keys(catalog.en) as MessageKey[];

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort();
}

describe('web messages', () => {
  it('has every key in every language, and no extra ones', () => {
    expect(catalogGaps(catalog)).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    for (const locale of locales) {
      for (const key of keys) {
        expect(placeholders(catalog[locale][key]), `${locale} ${key}`).toEqual(placeholders(catalog.en[key]));
      }
    }
  });

  it('formats every message in every language', () => {
    const values = { page: 'P', city: 'C', reference: 'R', hours: 2, years: 5, elapsed: 1, total: 5 };
    for (const locale of locales) {
      for (const key of keys) {
        const text = translate(locale, key, {
          ...values,
          ...Object.fromEntries(
            placeholders(catalog.en[key]).map((name) => [
              name,
              name in values ? values[name as keyof typeof values] : 'x',
            ]),
          ),
        });
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('chooses plural forms by language', () => {
    expect(translate('en', 'home.ahead', { city: 'Osan', reference: 'Espoo', hours: 1 })).toBe(
      'Osan is 1 hour ahead of Espoo.',
    );
    expect(translate('fi', 'home.ahead', { city: 'Osan', reference: 'Espoo', hours: 7 })).toContain(
      '7 tuntia',
    );
    expect(translate('sv', 'home.ahead', { city: 'Osan', reference: 'Espoo', hours: 1 })).toContain(
      '1 timme',
    );
  });

  it('writes Korean in one register (해요체), never 합니다체', () => {
    for (const key of keys) expect(catalog.ko[key], key).not.toMatch(/(습니다|합니다|십시오)/);
  });
});
