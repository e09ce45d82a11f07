// The practices module end to end on SQLite (in memory, migrated): practices saved through the
// service (validation, analysis, FTS5 index, translation queue, revision, one transaction each),
// then searched through the service (analysis, vocabulary expansion, FTS5 rank with LIMIT, merge by
// practice, snippets). Ceilings from issue 4: search p95 < 10 ms, indexing ≥ 2,000 practices/s.
// Ratios are figure ÷ ceiling: below 1 is good for p95, above 1 is good for throughput.
// BENCH_PRACTICES scales the corpus (default 50,000).
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDatabase } from '../src/server/db/seed.js';
import { ratio } from './support.js';

const practiceCount = Number(process.env.BENCH_PRACTICES ?? 50_000);
const searchP95CeilingMs = 10;
const indexingFloorPerSecond = 2_000;

type Language = 'fi' | 'sv' | 'en' | 'ko';
const languages: Language[] = ['fi', 'sv', 'en', 'ko'];
const words: Record<Language, string[]> = {
  fi: 'kirjasto kirjastossa kirjastoon kirjastopaja kirjastopajoissa paja pajoissa työpaja nuoret nuorten oppiminen kestävä kehitys hyvinvointi digitaalinen e-urheilu pelaaminen kaupunki kauppa kaupassa puutarha tilat opettaja yhteistyö harrastus valmentaja turnaus koulu asukas'.split(
    ' ',
  ),
  sv: 'bibliotek biblioteket verkstad verkstäder ungdomar lärande hållbar utveckling välbefinnande digital trädgård lokaler staden samarbete fritid turnering skola invånare tränare kurs lärare'.split(
    ' ',
  ),
  en: 'library libraries workshop workshops maker young people learning sustainable development wellbeing digital esports gaming city gardens premises leisure study teachers coaching tournament school residents'.split(
    ' ',
  ),
  ko: '오산시 오산시에서 도서관 도서관에서 메이커스페이스 메이커 청소년 청소년들이 평생학습 학습 지속가능한 발전 디지털 웰빙 이스포츠 대학교 정원 정원을 시민 공간 교사 코치 대회 학교 협력'.split(
    ' ',
  ),
};
const syllables: Record<Language, string[]> = {
  fi: ['ka', 'ta', 'lo', 'mi', 'sä', 'nen', 'ris', 'tu', 'pe', 'hy', 'vä', 'ko'],
  sv: ['ka', 'ste', 'lin', 'bo', 'gå', 'ren', 'sk', 'to', 'ra', 'vik', 'ter', 'hus'],
  en: ['com', 'pro', 'ta', 'ble', 'ment', 'ing', 'ver', 'sta', 'ri', 'on', 'ex', 'lo'],
  ko: ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '하'],
};
const topics = [
  'sustainable-development',
  'digital-learning',
  'wellbeing',
  'maker-spaces',
  'resident-gardens',
  'esports',
];
const queries: [string, Language][] = [
  ['kirjastopajoissa', 'fi'],
  ['paja', 'fi'],
  ['kaupassa', 'fi'],
  ['hyvinvointi nuoret', 'fi'],
  ['kirjsto', 'fi'],
  ['biblioteket', 'sv'],
  ['trädgård', 'sv'],
  ['libraries', 'en'],
  ['sustainable gardens', 'en'],
  ['workshpos', 'en'],
  ['ㅇㅅ', 'ko'],
  ['ㅁㅇㅋ', 'ko'],
  ['메이커스페이스를', 'ko'],
  ['정원을', 'ko'],
  ['e-urheilu', 'fi'],
];

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const fillers = Object.fromEntries(
  languages.map((language) => [
    language,
    Array.from({ length: 5_000 }, () => {
      const parts = syllables[language];
      let word = '';
      const length = 2 + Math.floor(random() * 3);
      for (let i = 0; i < length; i += 1) word += parts[Math.floor(random() * parts.length)];
      return word;
    }),
  ]),
) as Record<Language, string[]>;
function sentence(language: Language, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const pool = random() < 0.2 ? words[language] : fillers[language];
    // Zipf-like: low indexes far more often.
    out.push(pool[Math.floor(pool.length * random() ** 3)] ?? '');
  }
  return out.join(' ');
}

const database = openDatabase({ file: ':memory:' });
await migrateToLatest(database.db);
const app = await buildApp({
  config: loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123', AUTH_RATE_LIMIT: '0' }),
  database,
  logger: false,
});
await seedDatabase(app.silta.services, { demo: false });
const admin = await app.silta.services.accounts.createByOperator({
  email: 'bench@silta.test',
  password: 'bench password 1',
  role: 'admin',
});
const actor = { userId: admin.id, cityId: 'espoo', roles: [{ role: 'admin' as const, cityId: null }] };
const practices = app.silta.services.practices;

const started = performance.now();
for (let index = 0; index < practiceCount; index += 1) {
  const language = languages[index % 4] ?? 'fi';
  const other = languages[(index + 1) % 4] ?? 'en';
  const translated = index % 3 === 0;
  await practices.create(
    actor,
    {
      title: { [language]: sentence(language, 6), ...(translated ? { [other]: sentence(other, 6) } : {}) },
      summary: {
        [language]: sentence(language, 20),
        ...(translated ? { [other]: sentence(other, 20) } : {}),
      },
      body: { [language]: sentence(language, 80) },
      originalLanguage: language,
      cityId: index % 2 === 0 ? 'espoo' : 'osan',
      topics: [topics[index % topics.length] ?? 'wellbeing'],
    },
    'en',
  );
}
const indexingSeconds = (performance.now() - started) / 1000;
const perSecond = practiceCount / indexingSeconds;

// Warm the vocabulary once (it is loaded at first search and kept).
await practices.search({ q: 'paja', lang: 'fi' }, 'fi');
const timings: number[] = [];
let results = 0;
for (let round = 0; round < 20; round += 1) {
  for (const [q, lang] of queries) {
    const t0 = performance.now();
    const found = await practices.search(
      { q, lang, ...(round % 4 === 3 ? { topic: 'maker-spaces' } : {}) },
      lang,
    );
    timings.push(performance.now() - t0);
    results += found.total;
  }
}
timings.sort((a, b) => a - b);
const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;
const p50 = timings[Math.floor(timings.length * 0.5)] ?? 0;

console.info(
  `practices: ${practiceCount.toLocaleString('en')} in four languages (a third with a human translation)`,
);
console.info(
  `save + index through the service: ${perSecond.toFixed(0)} practices/s (floor ${indexingFloorPerSecond}) → ${ratio(perSecond, indexingFloorPerSecond)}`,
);
console.info(
  `search through the service: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (ceiling ${searchP95CeilingMs} ms) → ${ratio(p95, searchP95CeilingMs)}; ${timings.length} searches, ${(results / timings.length).toFixed(0)} matches on average`,
);
await app.close();
await database.close();
