import { describe, expect, it } from 'vitest';
import { chooseLocale } from './locale-choice.js';

describe('chooseLocale', () => {
  it('prefers the account setting over everything else', () => {
    expect(chooseLocale({ account: 'ko', query: 'sv', stored: 'fi', browser: ['en'] })).toBe('ko');
  });

  it('uses ?lang= when signed out, then the stored choice, then the browser', () => {
    expect(chooseLocale({ query: 'sv', stored: 'fi', browser: ['ko'] })).toBe('sv');
    expect(chooseLocale({ query: 'de', stored: 'fi', browser: ['ko'] })).toBe('fi');
    expect(chooseLocale({ stored: 'xx', browser: ['de-DE', 'ko-KR'] })).toBe('ko');
  });

  it('falls back to English', () => {
    expect(chooseLocale({ browser: ['de-DE'] })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });
});
