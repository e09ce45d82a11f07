// A deterministic generator of practice texts in four languages for the search benchmarks. Each
// practice has a topic: its topic's words are common in it and rare elsewhere, a few words of the
// partnership's vocabulary appear in every topic (the common tokens that match a large part of the
// corpus), and the rest are pseudo-words drawn Zipf-like from 5,000 per language, so that
// vocabulary size and term frequencies look like prose rather than like a word list.
import type { TextLanguage } from '../../src/core/text/index.js';

export const benchLanguages: TextLanguage[] = ['fi', 'sv', 'en', 'ko'];

export const benchTopics = [
  'maker-spaces',
  'resident-gardens',
  'esports',
  'wellbeing',
  'digital-learning',
  'open-premises',
] as const;
export type BenchTopic = (typeof benchTopics)[number];

const topicWords: Record<BenchTopic, Record<TextLanguage, string>> = {
  'maker-spaces': {
    fi: 'kirjasto kirjastossa kirjastoon kirjastopaja kirjastopajoissa paja pajoissa työpaja työpajassa 3D-tulostus ompelu laitteet',
    sv: 'bibliotek biblioteket biblioteken stadsbibliotek verkstad verkstäder makerspace 3D-utskrift sömnad verktyg',
    en: 'library libraries workshop workshops maker makers 3D printing sewing tools equipment',
    ko: '도서관 도서관에서 메이커스페이스 메이커스페이스를 메이커 공방 공방을 3D 프린터 재봉틀 장비',
  },
  'resident-gardens': {
    fi: 'puutarha puutarhoissa viljelypalsta palstat asukaspuutarha kompostointi sato kasvimaa',
    sv: 'trädgård trädgårdar trädgården odlingslott kompost skörd grönsaksland',
    en: 'garden gardens gardening allotment compost harvest vegetables',
    ko: '정원 정원을 텃밭 텃밭에서 퇴비 수확 모종 정원사',
  },
  esports: {
    fi: 'e-urheilu pelaaminen turnaus turnauksessa joukkue valmentaja pelit harjoitus',
    sv: 'e-sport spel turnering turneringen lag tränare träning',
    en: 'esports e-sports gaming tournament team coaching coach players',
    ko: '이스포츠 게임 대회 대회에서 팀 코치 선수 훈련',
  },
  wellbeing: {
    fi: 'hyvinvointi hyvinvoinnin liikunta terveys jaksaminen uni mielenterveys',
    sv: 'välbefinnande hälsa motion sömn ork psykisk',
    en: 'wellbeing health exercise sleep mental resilience',
    ko: '웰빙 건강 운동 수면 마음건강 휴식',
  },
  'digital-learning': {
    fi: 'digitaalinen digitaalisen verkkokurssi etäopetus ohjelmointi tietokone sovellus',
    sv: 'digital digitala nätkurs distansundervisning programmering dator app',
    en: 'digital online course remote teaching programming computer app',
    ko: '디지털 온라인 강좌 원격 수업 코딩 컴퓨터 앱',
  },
  'open-premises': {
    fi: 'tilat tiloissa koulu koulussa kokoushuone avoimet vapaa-aika opintopiiri',
    sv: 'lokaler lokalerna skola skolan mötesrum fritid studiecirkel',
    en: 'premises school schools meeting rooms leisure study circle',
    ko: '공간 공간에서 시청 회의실 학교 동아리 주말 저녁',
  },
};

/** Words of the partnership itself, in every topic: the common tokens. */
const commonWords: Record<TextLanguage, string> = {
  fi: 'nuoret nuorten oppiminen oppimisen kaupunki kaupungissa kauppa kaupassa yhteistyö asukas asukkaiden opettaja opettajien kestävä kehitys',
  sv: 'ungdomar ungdomarna lärande staden samarbete invånare lärare hållbar utveckling kurs kurser',
  en: 'young people learning city cooperation residents teachers sustainable development partnership course',
  ko: '오산시 오산시에서 청소년 청소년들이 평생학습 학습 시민 교사 협력 지속가능한 발전',
};

const syllables: Record<TextLanguage, string[]> = {
  fi: ['ka', 'ta', 'lo', 'mi', 'sä', 'nen', 'ris', 'tu', 'pe', 'hy', 'vä', 'ko'],
  sv: ['ka', 'ste', 'lin', 'bo', 'gå', 'ren', 'sk', 'to', 'ra', 'vik', 'ter', 'hus'],
  en: ['com', 'pro', 'ta', 'ble', 'ment', 'ing', 'ver', 'sta', 'ri', 'on', 'ex', 'lo'],
  ko: ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '하'],
};

export interface GeneratedPractice {
  language: TextLanguage;
  topic: BenchTopic;
  cityId: 'espoo' | 'osan';
  /** Texts by language: the original, and for a third of practices a human translation of title and summary. */
  title: Partial<Record<TextLanguage, string>>;
  summary: Partial<Record<TextLanguage, string>>;
  body: Partial<Record<TextLanguage, string>>;
}

/**
 * `count` practices, the same ones on every run: languages in turn, topics at random.
 *
 * @example
 * generatePractices(4).map((p) => p.language) // ['fi', 'sv', 'en', 'ko']
 */
export function generatePractices(count: number, seed = 42): GeneratedPractice[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const fillers = Object.fromEntries(
    benchLanguages.map((language) => {
      const parts = syllables[language];
      return [
        language,
        Array.from({ length: 5_000 }, (_, index) => {
          let word = '';
          for (let n = index + 1; n > 0; n = Math.floor(n / parts.length)) word += parts[n % parts.length];
          return word;
        }),
      ];
    }),
  ) as Record<TextLanguage, string[]>;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const text = (
    language: TextLanguage,
    topic: BenchTopic,
    length: number,
    topical: number,
    common: number,
  ) => {
    const topicList = topicWords[topic][language].split(' ');
    const commonList = commonWords[language].split(' ');
    const filler = fillers[language];
    return Array.from({ length }, () => {
      const roll = random();
      if (roll < topical) return pick(topicList);
      if (roll < topical + common) return pick(commonList);
      return filler[Math.floor(filler.length * random() ** 3)];
    }).join(' ');
  };
  return Array.from({ length: count }, (_, index) => {
    const language = benchLanguages[index % benchLanguages.length] ?? 'fi';
    const other = benchLanguages[(index + 1) % benchLanguages.length] ?? 'en';
    const topic = pick(benchTopics);
    const translated = index % 3 === 0;
    const titleIn = (l: TextLanguage) => text(l, topic, 6, 0.35, 0.15);
    const summaryIn = (l: TextLanguage) => text(l, topic, 25, 0.15, 0.1);
    return {
      language,
      topic,
      cityId: index % 2 === 0 ? 'espoo' : 'osan',
      title: { [language]: titleIn(language), ...(translated ? { [other]: titleIn(other) } : {}) },
      summary: { [language]: summaryIn(language), ...(translated ? { [other]: summaryIn(other) } : {}) },
      body: { [language]: text(language, topic, 120, 0.1, 0.08) },
    };
  });
}
