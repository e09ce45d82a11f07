import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales.js';
import { catalogGaps, createTranslator } from './translator.js';

describe('negotiateLocale', () => {
  it('picks the best supported language by quality, then order', () => {
    expect(negotiateLocale('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(negotiateLocale('de-DE,de;q=0.9,sv;q=0.8,fi;q=0.9')).toBe('fi');
    expect(negotiateLocale('sv-FI')).toBe('sv');
    expect(negotiateLocale(['fr-FR', 'en-GB'])).toBe('en');
  });

  it('gives up on unsupported, empty, wildcard or zero-quality ranges', () => {
    expect(negotiateLocale('de-DE')).toBeUndefined();
    expect(negotiateLocale('')).toBeUndefined();
    expect(negotiateLocale('*')).toBeUndefined();
    expect(negotiateLocale('fi;q=0, de')).toBeUndefined();
    expect(negotiateLocale(undefined)).toBeUndefined();
    expect(negotiateLocale(';;;,,q=abc')).toBeUndefined();
  });
});

describe('createTranslator', () => {
  const catalog = {
    en: { seats: '{count, plural, one {# seat} other {# seats}} left in {city}' },
    fi: { seats: '{count, plural, one {# paikka} other {# paikkaa}} jäljellä: {city}' },
    sv: { seats: '{count, plural, one {# plats} other {# platser}} kvar i {city}' },
    ko: { seats: '{city}에 {count}자리 남았어요' },
  };
  const t = createTranslator(catalog);

  it('formats plurals by each language’s rules', () => {
    expect(t('en', 'seats', { count: 1, city: 'Osan' })).toBe('1 seat left in Osan');
    expect(t('fi', 'seats', { count: 3, city: 'Espoo' })).toBe('3 paikkaa jäljellä: Espoo');
    expect(t('ko', 'seats', { count: 2, city: '오산' })).toBe('오산에 2자리 남았어요');
  });

  it('finds missing, empty and unknown keys in a catalog', () => {
    expect(catalogGaps(catalog)).toEqual([]);
    const broken = { ...catalog, sv: { other: 'x' }, ko: { seats: ' ' } } as unknown as typeof catalog;
    expect(catalogGaps(broken)).toEqual(['sv: missing seats', 'sv: unknown other', 'ko: missing seats']);
  });
});
