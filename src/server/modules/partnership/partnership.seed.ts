import type { City, Partnership } from './partnership.schema.js';

/**
 * The default configuration: the Espoo–Osan partnership signed on 29 September 2021. Nothing else in
 * the code knows these cities; another installation seeds its own.
 */
export const defaultCities: City[] = [
  {
    id: 'espoo',
    name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo', ko: '에스포' },
    country: 'FI',
    timeZone: 'Europe/Helsinki',
    languages: ['fi', 'sv'],
    consentAge: 13,
    majorityAge: 18,
    guardianVerificationRequired: false,
    latitude: 60.2055,
    longitude: 24.6559,
  },
  {
    id: 'osan',
    name: { fi: 'Osan', sv: 'Osan', en: 'Osan', ko: '오산' },
    country: 'KR',
    timeZone: 'Asia/Seoul',
    languages: ['ko'],
    consentAge: 14,
    majorityAge: 19,
    // PIPA art. 22-2 and Enforcement Decree art. 17-2: a verifiable method, not a mailed link alone.
    guardianVerificationRequired: true,
    latitude: 37.1498,
    longitude: 127.0772,
  },
];

export const defaultPartnership: Omit<Partnership, 'cities' | 'endDate'> & { cityIds: string[] } = {
  id: 'espoo-osan',
  name: {
    fi: 'Espoon ja Osanin jatkuvan oppimisen kumppanuus',
    sv: 'Esbos och Osans partnerskap för kontinuerligt lärande',
    en: 'Espoo–Osan partnership for continuous learning',
    ko: '에스포–오산 평생학습 협력',
  },
  startDate: '2021-09-29',
  termYears: 5,
  workingLanguages: ['en', 'fi', 'ko'],
  cityIds: ['espoo', 'osan'],
  topics: [
    {
      id: 'sustainable-development',
      label: {
        fi: 'Kestävän kehityksen taidot',
        sv: 'Färdigheter för hållbar utveckling',
        en: 'Sustainable development skills',
        ko: '지속가능발전 역량',
      },
    },
    {
      id: 'digital-learning',
      label: {
        fi: 'Digitaalinen oppiminen',
        sv: 'Digitalt lärande',
        en: 'Digital learning',
        ko: '디지털 학습',
      },
    },
    {
      id: 'wellbeing',
      label: {
        fi: 'Oppimisen hyvinvointi',
        sv: 'Välbefinnande i lärandet',
        en: 'Wellbeing for learning',
        ko: '학습 웰빙',
      },
    },
    {
      id: 'maker-spaces',
      label: {
        fi: 'Kirjastojen pajat',
        sv: 'Makerspace i bibliotek',
        en: 'Maker spaces',
        ko: '메이커 스페이스',
      },
    },
    {
      id: 'resident-gardens',
      label: { fi: 'Asukaspuutarhat', sv: 'Invånarträdgårdar', en: 'Resident gardens', ko: '주민 정원' },
    },
    {
      id: 'open-premises',
      label: {
        fi: 'Avoimet tilat vapaa-ajan opiskeluun',
        sv: 'Öppna lokaler för fritidsstudier',
        en: 'Premises open for leisure study',
        ko: '여가 학습 공간 개방',
      },
    },
    {
      id: 'esports',
      label: { fi: 'E-urheilu', sv: 'E-sport', en: 'E-sports', ko: 'e스포츠' },
    },
    {
      id: 'language-culture',
      label: {
        fi: 'Kieli ja kulttuuri',
        sv: 'Språk och kultur',
        en: 'Language and culture',
        ko: '언어와 문화',
      },
    },
    {
      id: 'youth-participation',
      label: {
        fi: 'Nuorten osallisuus',
        sv: 'Ungas delaktighet',
        en: 'Youth participation',
        ko: '청소년 참여',
      },
    },
  ],
};
