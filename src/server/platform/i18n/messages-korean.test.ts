import { describe, expect, it } from 'vitest';
import { serverCatalog, t } from './messages.js';

// Same rule as the web catalog's test: the form of a particle depends on the word before it.
const particleAfterPlaceholder = /\}\s?(은|는|이|가|을|를|과|와|으로|로|에서|에게|의|도|만)/;

const entries = Object.entries(serverCatalog.ko);

describe('Korean server texts (e-mails, errors)', () => {
  it('never put a particle right after an interpolated name, number or time', () => {
    const offenders = entries.filter(([, text]) => particleAfterPlaceholder.test(text)).map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('write the product name Silta in Latin letters, never 실타', () => {
    expect(entries.filter(([, text]) => text.includes('실타')).map(([key]) => key)).toEqual([]);
  });

  it('name the Korean law in the guardian consent mail', () => {
    const body = t('ko', 'mail.youth.consent.body', {
      child: 'A',
      cities: 'B',
      city: '오산',
      hours: 72,
      link: 'L',
    });
    expect(body).toContain('개인정보 보호법');
    expect(body).not.toContain('오산 법');
  });
});

describe('mail sign-off', () => {
  it('does not repeat the word the partnership name already ends with', () => {
    const names = {
      fi: 'Espoon ja Osanin jatkuvan oppimisen kumppanuus',
      sv: 'Esbos och Osans partnerskap för kontinuerligt lärande',
      en: 'Espoo–Osan partnership for continuous learning',
      ko: '에스포–오산 평생학습 협력',
    } as const;
    for (const locale of ['fi', 'sv', 'en', 'ko'] as const) {
      const signature = t(locale, 'mail.signature', { partnership: names[locale] });
      const words = signature.split(/[\s,—–]+/).filter((word) => word.length > 2);
      // "kumppanuus … kumppanuus", "partnerskapet … partnerskap": one word, twice.
      const repeated = words.filter((word, i) =>
        words.some((other, j) => j !== i && other.toLowerCase().startsWith(word.toLowerCase())),
      );
      expect(repeated, signature).toEqual([]);
      expect(signature).toContain('Silta');
    }
  });
});
