import type { Locale } from '../../../core/i18n/locales.js';
import type { Clock } from '../../platform/clock.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { KitItemBody, ProfileBody } from './youth.schema.js';
import type { Actor, YouthService } from './youth.service.js';

/** Phrase cards and culture notes every installation starts with (romanization is computed). */
export const demoKitItems: KitItemBody[] = [
  {
    kind: 'phrase',
    hangul: '안녕하세요',
    originalLanguage: 'en',
    title: { en: 'Hello', fi: 'Hei', sv: 'Hej' },
  },
  {
    kind: 'phrase',
    hangul: '감사합니다',
    originalLanguage: 'en',
    title: { en: 'Thank you', fi: 'Kiitos', sv: 'Tack' },
  },
  {
    kind: 'phrase',
    hangul: '만나서 반가워요',
    originalLanguage: 'en',
    title: { en: 'Nice to meet you', fi: 'Hauska tavata', sv: 'Trevligt att träffas' },
  },
  {
    kind: 'phrase',
    hangul: '핀란드에서 왔어요',
    originalLanguage: 'en',
    title: { en: 'I am from Finland', fi: 'Olen Suomesta', sv: 'Jag kommer från Finland' },
  },
  {
    kind: 'note',
    originalLanguage: 'en',
    title: { en: 'Seollal and Chuseok', fi: 'Seollal ja Chuseok', ko: '설날과 추석' },
    body: {
      en: 'Korea’s two great holidays follow the lunar calendar: Seollal (New Year) and Chuseok (harvest). Families gather, bow to elders and share food such as tteokguk and songpyeon.',
      ko: '설날과 추석은 음력을 따르는 한국의 큰 명절이에요. 가족이 모여 어른께 인사드리고 떡국과 송편 같은 음식을 나눠요.',
    },
  },
  {
    kind: 'note',
    originalLanguage: 'en',
    title: { en: 'Sauna and everyman’s right', fi: 'Sauna ja jokaisenoikeus', ko: '사우나와 자연 이용권' },
    body: {
      en: 'Finns go to the sauna together, often by a lake. Everyman’s right lets anyone walk, camp for a night and pick berries in nature, with respect for others.',
      fi: 'Saunassa käydään yhdessä, usein järven rannalla. Jokaisenoikeus antaa kaikille luvan liikkua, yöpyä ja poimia marjoja luonnossa muita kunnioittaen.',
    },
  },
  {
    kind: 'note',
    originalLanguage: 'en',
    title: {
      en: 'School life in Espoo and Osan',
      fi: 'Koulupäivä Espoossa ja Osanissa',
      ko: '에스포와 오산의 학교생활',
    },
    body: {
      en: 'In Espoo school days are short and lunch is free for everyone; in Osan many pupils stay for evening study or hagwon. Ask each other about a normal Tuesday!',
    },
  },
];

const espooNames = ['Aino', 'Eetu', 'Linnea', 'Onni', 'Saga'];
const osanNames = ['서연', '민준', '지우', '하준', '수아'];

function birthDateAged(clock: Clock, years: number, index: number): string {
  const now = clock.now();
  return `${now.getUTCFullYear() - years - 1}-0${1 + (index % 9)}-1${index % 9}`;
}

/**
 * Demo youth of both cities (ages 14–17, so nobody waits for a guardian), vetted facilitators of
 * each city, matched circles and the culture kit. Needs the demo coordinators. Adults in demo data only
 * run it: the young people are fictional.
 */
export async function seedDemoYouth(
  youth: YouthService,
  accounts: AccountsService,
  coordinators: { espoo: Actor; osan: Actor },
  clock: Clock,
  password: string,
): Promise<void> {
  if ((await youth.kits.countItems()) === 0) {
    for (const item of demoKitItems) await youth.kits.create(coordinators.espoo, item, 'en');
  }
  const people: {
    cityId: 'espoo' | 'osan';
    name: string;
    locale: Locale;
    profile: ProfileBody;
    index: number;
  }[] = [];
  espooNames.forEach((name, index) => {
    people.push({
      cityId: 'espoo',
      name,
      locale: index % 2 === 0 ? 'fi' : 'sv',
      index,
      profile: {
        nativeLanguages: index % 2 === 0 ? ['fi'] : ['sv', 'fi'],
        learning: [{ language: 'ko', level: index < 3 ? 'A1' : 'A2' }],
        interests: ['e-sports', 'music', index % 2 === 0 ? 'k-pop' : 'nature'],
        availability: [
          { weekday: 6, from: '09:00', to: '12:00' },
          { weekday: 3, from: '10:00', to: '12:00' },
        ],
      },
    });
  });
  osanNames.forEach((name, index) => {
    people.push({
      cityId: 'osan',
      name,
      locale: 'ko',
      index,
      profile: {
        nativeLanguages: ['ko'],
        learning: [
          { language: index % 2 === 0 ? 'fi' : 'en', level: 'A1' },
          { language: 'fi', level: 'A1' },
        ],
        interests: ['e-sports', index % 2 === 0 ? 'k-pop' : 'cooking', 'music'],
        availability: [{ weekday: 6, from: '16:00', to: '19:00' }],
      },
    });
  });
  for (const person of people) {
    const me = await accounts.register(
      {
        birthDate: birthDateAged(clock, person.index < 3 ? 14 : 16, person.index),
        email: `youth.${person.cityId}.${person.index + 1}@demo.silta.test`,
        password,
        displayName: person.name,
        cityId: person.cityId,
        locale: person.locale,
      },
      person.locale,
    );
    await youth.circles.saveProfile({ userId: me.id, roles: me.roles }, person.profile);
  }
  for (const [cityId, coordinator, method] of [
    ['espoo', coordinators.espoo, 'criminal_record_extract'],
    ['osan', coordinators.osan, 'sex_offence_record_check'],
  ] as const) {
    const facilitator = await accounts.createByOperator({
      email: `youth.facilitator.${cityId}@demo.silta.test`,
      password,
      role: 'member',
      cityId,
      displayName: cityId === 'espoo' ? 'Mikko Nieminen' : '이지은',
      locale: cityId === 'espoo' ? 'fi' : 'ko',
    });
    const today = clock.now().toISOString().slice(0, 10);
    await youth.consent.vet(coordinator, { userId: facilitator.id, cityId, method, checkedOn: today });
  }
  await youth.circles.runMatching(coordinators.espoo, { dryRun: false });
}
