import { findNumbers } from 'libphonenumber-js';
import type { ContactSpan } from './contact-detail-kind.js';

/**
 * Phone numbers in a normalised text (see normaliseForMasking): any run of seven or more digits,
 * with a "+" before it, and shorter numbers libphonenumber knows as Finnish or Korean ("+358 9 123",
 * "02 1234") when written as one run that starts like a phone number.
 *
 * @example
 * detectPhoneNumbers('soita 0401234567') // [{ start: 6, end: 16, kind: 'phone' }]
 */
export function detectPhoneNumbers(normalised: string): ContactSpan[] {
  const spans: ContactSpan[] = [];
  // Brackets around the whole number go with it: "(0401234567", "[0401234567]".
  const run = /[([{]\+?[0-9]{7,}[)\]}]?|\+?[0-9]{7,}/g;
  for (let match = run.exec(normalised); match !== null; match = run.exec(normalised)) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'phone' });
  }
  if (!/[0-9]{5}/.test(normalised)) return spans;
  for (const defaultCountry of ['FI', 'KR'] as const) {
    for (const found of safeFindNumbers(normalised, defaultCountry)) {
      const written = normalised.slice(found.startsAt, found.endsAt);
      if (/^(?:\+|0)[0-9]{5,}$/.test(written)) {
        spans.push({ start: found.startsAt, end: found.endsAt, kind: 'phone' });
      }
    }
  }
  return spans;
}

function safeFindNumbers(text: string, defaultCountry: 'FI' | 'KR'): { startsAt: number; endsAt: number }[] {
  try {
    return findNumbers(text, { defaultCountry, v2: true });
  } catch {
    // The library is only a second opinion; the digit-run rule above already holds.
    return [];
  }
}
