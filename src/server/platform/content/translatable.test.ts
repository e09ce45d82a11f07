import { describe, expect, it } from 'vitest';
import { readIn, type TranslatableText } from './translatable.js';

const koreanWithEnglish: TranslatableText = {
  original: 'ko',
  texts: {
    ko: { text: '메이커 워크숍', source: 'original' },
    en: { text: 'Maker workshop', source: 'human' },
  },
  machine: { fi: { text: 'Valmistajan työpaja', provider: 'test', sourceHash: 'x' } },
};

describe('readIn: the language a reader gets', () => {
  it('gives a reader their own language when a person wrote it', () => {
    expect(readIn(koreanWithEnglish, 'ko')).toMatchObject({ text: '메이커 워크숍', language: 'ko' });
    expect(readIn(koreanWithEnglish, 'en')).toMatchObject({ text: 'Maker workshop', source: 'human' });
  });

  it('prefers a human translation in an understood language (English) to a machine one, and to the original', () => {
    expect(readIn(koreanWithEnglish, 'fi')).toMatchObject({
      text: 'Maker workshop',
      language: 'en',
      source: 'human',
    });
    expect(readIn(koreanWithEnglish, 'sv')).toMatchObject({ text: 'Maker workshop', language: 'en' });
  });

  it('falls back to the machine translation, then the original, when nothing understood was written', () => {
    const finnish: TranslatableText = {
      original: 'fi',
      texts: { fi: { text: 'Kirjaston pajat', source: 'original' } },
      machine: { ko: { text: '도서관 작업장', provider: 'test', sourceHash: 'x' } },
    };
    expect(readIn(finnish, 'ko')).toMatchObject({ text: '도서관 작업장', source: 'machine', language: 'ko' });
    expect(readIn(finnish, 'sv')).toMatchObject({
      text: 'Kirjaston pajat',
      language: 'fi',
      source: 'original',
    });
    // A reader who says they understand Finnish gets it before any machine translation.
    expect(readIn(finnish, 'ko', ['fi'])).toMatchObject({ text: 'Kirjaston pajat', language: 'fi' });
  });

  it('does not pass over a machine translation for an outdated human one in another language', () => {
    const outdated: TranslatableText = {
      original: 'ko',
      texts: {
        ko: { text: '새 제목', source: 'original' },
        en: { text: 'Old title', source: 'human', outdated: true },
      },
      machine: { fi: { text: 'Uusi otsikko', provider: 'test', sourceHash: 'y' } },
    };
    expect(readIn(outdated, 'fi')).toMatchObject({ text: 'Uusi otsikko', source: 'machine' });
  });
});
