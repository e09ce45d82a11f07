// Judged queries over bench/corpus/practice-documents.ts (indexes into benchDocuments): what a
// librarian, teacher or youth worker in Espoo or Osan would type, with the practices that answer
// it, 2 for a direct answer and 1 for a related one. Judged by reading the practices, not by
// running any engine. Kinds: inflected Finnish, Swedish definite forms, English, one-letter typos
// in words of five letters or more, Korean with particles, Korean initial consonants (초성),
// and cross-language queries that only translations can answer.
import type { TextLanguage } from '../../src/core/text/index.js';

export type QueryKind = 'finnish' | 'swedish' | 'english' | 'typo' | 'korean' | 'choseong' | 'cross-language';

export interface JudgedQuery {
  q: string;
  lang: TextLanguage;
  kind: QueryKind;
  /** Index into benchDocuments → grade (2 answers it, 1 is related). */
  relevant: Record<number, 1 | 2>;
}

const library = { 0: 2, 14: 2, 16: 2, 23: 2, 1: 2, 12: 2, 3: 1, 21: 1 } as const;
const gardens = { 2: 2, 15: 2, 27: 2, 28: 1, 11: 1 } as const;
const makers = { 0: 2, 3: 2, 29: 2, 1: 1, 12: 1, 34: 1 } as const;
const esports = { 5: 2, 6: 2, 17: 2, 18: 2, 26: 2 } as const;

export const judgedQueries: JudgedQuery[] = [
  // Finnish, inflected and compound
  { q: 'kirjastopajoissa', lang: 'fi', kind: 'finnish', relevant: { 0: 2, 3: 2, 1: 2, 12: 1, 23: 1 } },
  { q: 'kirjastoissa', lang: 'fi', kind: 'finnish', relevant: library },
  { q: 'kirjastoon', lang: 'fi', kind: 'finnish', relevant: library },
  { q: 'pajoissa', lang: 'fi', kind: 'finnish', relevant: { 0: 2, 3: 2, 1: 2, 12: 1 } },
  { q: 'paja', lang: 'fi', kind: 'finnish', relevant: { 0: 2, 3: 2, 1: 2, 12: 1 } },
  { q: 'viljelypalstoilla', lang: 'fi', kind: 'finnish', relevant: { 15: 2, 2: 1, 28: 1 } },
  { q: 'puutarhoissa', lang: 'fi', kind: 'finnish', relevant: { 15: 2, 2: 1, 27: 1 } },
  { q: 'kouluissa', lang: 'fi', kind: 'finnish', relevant: { 7: 2, 20: 2, 21: 1, 17: 1 } },
  { q: 'e-urheilu', lang: 'fi', kind: 'finnish', relevant: esports },
  { q: 'eurheilu', lang: 'fi', kind: 'finnish', relevant: esports },
  { q: 'hyvinvoinnin', lang: 'fi', kind: 'finnish', relevant: { 6: 2, 19: 1, 22: 1, 32: 1 } },
  { q: 'ohjelmointia', lang: 'fi', kind: 'finnish', relevant: { 23: 2, 1: 1, 29: 1 } },
  { q: 'koodikerhoissa', lang: 'fi', kind: 'finnish', relevant: { 23: 2 } },
  { q: 'ilmastonmuutoksesta', lang: 'fi', kind: 'finnish', relevant: { 20: 2, 8: 1, 11: 1 } },
  { q: 'korjauskahvilassa', lang: 'fi', kind: 'finnish', relevant: { 12: 2 } },
  { q: 'älypuhelimen', lang: 'fi', kind: 'finnish', relevant: { 9: 2 } },
  { q: 'ikäihmisille', lang: 'fi', kind: 'finnish', relevant: { 9: 2, 27: 1 } },
  { q: 'opintopiireille', lang: 'fi', kind: 'finnish', relevant: { 16: 2, 7: 1, 4: 1 } },
  { q: 'kulttuuripolulla', lang: 'fi', kind: 'finnish', relevant: { 21: 2 } },
  { q: 'ryhmätiloja', lang: 'fi', kind: 'finnish', relevant: { 16: 2, 4: 1, 7: 1 } },
  { q: 'nuorisotiloissa', lang: 'fi', kind: 'finnish', relevant: { 6: 2, 32: 1, 26: 1 } },
  // Swedish definite and inflected forms
  { q: 'biblioteket', lang: 'sv', kind: 'swedish', relevant: { 1: 2, 12: 2, 13: 2, 0: 1, 14: 1 } },
  { q: 'bibliotekets verkstad', lang: 'sv', kind: 'swedish', relevant: { 1: 2, 12: 2 } },
  { q: 'verkstäderna', lang: 'sv', kind: 'swedish', relevant: { 1: 2, 12: 1 } },
  { q: 'skolorna', lang: 'sv', kind: 'swedish', relevant: { 7: 2, 19: 1 } },
  { q: 'språkcaféet', lang: 'sv', kind: 'swedish', relevant: { 13: 2 } },
  { q: 'klimatet', lang: 'sv', kind: 'swedish', relevant: { 8: 2, 20: 1, 11: 1 } },
  { q: 'gymnasiet', lang: 'sv', kind: 'swedish', relevant: { 19: 2 } },
  { q: 'reparationskaféet', lang: 'sv', kind: 'swedish', relevant: { 12: 2 } },
  { q: 'invånarna', lang: 'sv', kind: 'swedish', relevant: { 7: 2, 12: 1, 8: 1, 13: 1 } },
  // English
  { q: 'libraries', lang: 'en', kind: 'english', relevant: { 0: 2, 14: 2, 3: 2, 21: 1 } },
  { q: 'gardening', lang: 'en', kind: 'english', relevant: gardens },
  { q: 'workshop', lang: 'en', kind: 'english', relevant: { 0: 2, 3: 2, 1: 1, 12: 1 } },
  { q: 'coaches', lang: 'en', kind: 'english', relevant: { 5: 2, 17: 1, 18: 1 } },
  { q: 'teenager', lang: 'en', kind: 'english', relevant: { 10: 2, 24: 1 } },
  { q: 'entrepreneurs', lang: 'en', kind: 'english', relevant: { 18: 2 } },
  { q: 'volunteer', lang: 'en', kind: 'english', relevant: { 14: 2, 12: 1, 23: 1, 13: 1 } },
  { q: 'climate ambassador', lang: 'en', kind: 'english', relevant: { 20: 2 } },
  { q: 'co-teaching', lang: 'en', kind: 'english', relevant: { 33: 2 } },
  // One typo in a word of five letters or more
  { q: 'kirjsatoissa', lang: 'fi', kind: 'typo', relevant: library },
  { q: 'hyvinvionti', lang: 'fi', kind: 'typo', relevant: { 6: 2, 19: 1, 22: 1, 32: 1 } },
  { q: 'gardnes', lang: 'en', kind: 'typo', relevant: gardens },
  { q: 'workshpos', lang: 'en', kind: 'typo', relevant: { 0: 2, 3: 2, 1: 1, 12: 1 } },
  { q: 'coachnig', lang: 'en', kind: 'typo', relevant: { 5: 2, 17: 1, 18: 1 } },
  { q: 'bibloteket', lang: 'sv', kind: 'typo', relevant: { 1: 2, 12: 2, 13: 2, 0: 1, 14: 1 } },
  { q: 'ohjelmontia', lang: 'fi', kind: 'typo', relevant: { 23: 2, 1: 1, 29: 1 } },
  { q: 'teenagres', lang: 'en', kind: 'typo', relevant: { 10: 2, 24: 1 } },
  // Korean with particles
  { q: '메이커스페이스를', lang: 'ko', kind: 'korean', relevant: makers },
  { q: '오산시에서', lang: 'ko', kind: 'korean', relevant: { 2: 2, 4: 2, 28: 2, 3: 1, 24: 1 } },
  { q: '정원을', lang: 'ko', kind: 'korean', relevant: gardens },
  { q: '도서관에서', lang: 'ko', kind: 'korean', relevant: { 0: 2, 3: 2, 30: 2, 14: 1 } },
  { q: '청소년들이', lang: 'ko', kind: 'korean', relevant: { 26: 2, 29: 2, 32: 2, 11: 2, 24: 2, 10: 2 } },
  { q: '텃밭을', lang: 'ko', kind: 'korean', relevant: { 2: 2, 15: 2, 28: 2 } },
  { q: '공방에서', lang: 'ko', kind: 'korean', relevant: { 0: 2, 3: 2, 34: 2 } },
  { q: '스마트폰으로', lang: 'ko', kind: 'korean', relevant: { 9: 2 } },
  { q: '평생학습관에서', lang: 'ko', kind: 'korean', relevant: { 25: 2, 31: 1, 3: 1 } },
  { q: '어르신들에게', lang: 'ko', kind: 'korean', relevant: { 9: 2, 27: 2 } },
  // Korean initial consonants
  { q: 'ㅁㅇㅋ', lang: 'ko', kind: 'choseong', relevant: makers },
  { q: 'ㅇㅅ', lang: 'ko', kind: 'choseong', relevant: { 2: 2, 4: 1, 3: 1, 28: 1, 24: 1, 33: 1, 25: 1 } },
  { q: 'ㅌㅂ', lang: 'ko', kind: 'choseong', relevant: { 2: 2, 15: 2, 28: 2 } },
  { q: 'ㄷㅅㄱ', lang: 'ko', kind: 'choseong', relevant: { 0: 2, 3: 2, 30: 2 } },
  { q: 'ㅊㅅㄴ', lang: 'ko', kind: 'choseong', relevant: { 26: 2, 29: 2, 32: 2, 11: 2, 24: 2, 10: 2 } },
  // Cross-language: the answer is written in another language, found through a translation
  { q: 'maker workshops', lang: 'ko', kind: 'cross-language', relevant: makers },
  { q: 'gardens', lang: 'fi', kind: 'cross-language', relevant: gardens },
  { q: '도서관 메이커', lang: 'fi', kind: 'cross-language', relevant: { 0: 2, 3: 2 } },
  { q: 'oppimispajat', lang: 'en', kind: 'cross-language', relevant: { 3: 2, 0: 1 } },
  { q: '한국어', lang: 'fi', kind: 'cross-language', relevant: { 10: 2 } },
  { q: 'digituki', lang: 'en', kind: 'cross-language', relevant: { 14: 2, 9: 1 } },
  { q: 'reparationskafé', lang: 'fi', kind: 'cross-language', relevant: { 12: 2 } },
];
