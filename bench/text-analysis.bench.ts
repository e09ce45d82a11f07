// Search over 50,000 generated practices in four languages, with Silta's text analysis on a real
// SQLite FTS5 index, against issue 4's ceilings: search p95 < 10 ms, indexing ≥ 2,000 practices/s.
// Both figures come from this run; the ratio is figure ÷ ceiling (below 1 for p95 is good, above
// 1 for throughput is good).
import Database from 'better-sqlite3';
import {
  analyzeDocument,
  analyzeQuery,
  createVocabulary,
  expandQuery,
  type TextLanguage,
  toFts5Match,
} from '../src/core/text/index.js';

const practiceCount = Number(process.env.BENCH_PRACTICES ?? 50_000);
const searchP95CeilingMs = 10;
const indexingFloorPerSecond = 2_000;

const words: Record<TextLanguage, string[]> = {
  fi: (
    'kirjasto kirjastossa kirjastoon kirjastopaja kirjastopajoissa paja pajoissa työpaja työpajassa nuoret nuorten ' +
    'oppiminen oppimisen kestävä kestävän kehitys hyvinvointi hyvinvoinnin digitaalinen digitaalisen e-urheilu ' +
    'pelaaminen kaupunki kaupungissa kauppa kaupassa puutarha puutarhoissa tilat tiloissa opettaja opettajien ' +
    'yhteistyö vapaa-aika harrastus valmentaja joukkue turnaus koulu koulussa asukas asukkaiden'
  ).split(' '),
  sv: (
    'bibliotek biblioteket biblioteken stadsbibliotek verkstad verkstäder ungdomar ungdomarna lärande hållbar ' +
    'utveckling välbefinnande digital trädgård trädgårdar lokaler staden samarbete fritid lag turnering skola ' +
    'invånare tränare spel makerspace kurs kurser lärare'
  ).split(' '),
  en: (
    'library libraries workshop workshops maker makers young people learning sustainable development wellbeing ' +
    'digital esports gaming city gardens garden premises leisure study teachers coaching tournament team ' +
    'school residents cooperation partnership'
  ).split(' '),
  ko: (
    '오산시 오산시에서 도서관 도서관에서 메이커스페이스 메이커 스페이스를 청소년 청소년들이 평생학습 학습 ' +
    '지속가능한 발전 디지털 웰빙 이스포츠 대학교 정원 정원을 시민 공간 공간에서 교사 코치 대회 팀 학교 협력'
  ).split(' '),
};
const languages: TextLanguage[] = ['fi', 'sv', 'en', 'ko'];
const queries: [string, TextLanguage][] = [
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
  ['tournament', 'fi'],
];

// A deterministic generator, so every run indexes the same corpus.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
// Topic words are a fifth of the text; the rest are pseudo-words drawn from a Zipf-like
// distribution over 5,000 per language, so the vocabulary and term frequencies look like prose.
const syllables: Record<TextLanguage, string[]> = {
  fi: ['ka', 'ta', 'lo', 'mi', 'sä', 'nen', 'ris', 'tu', 'pe', 'hy', 'vä', 'ko'],
  sv: ['ka', 'ste', 'lin', 'bo', 'gå', 'ren', 'sk', 'to', 'ra', 'vik', 'ter', 'hus'],
  en: ['com', 'pro', 'ta', 'ble', 'ment', 'ing', 'ver', 'sta', 'ri', 'on', 'ex', 'lo'],
  ko: ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '하'],
};
const fillers = Object.fromEntries(
  languages.map((language) => [
    language,
    Array.from({ length: 5_000 }, (_, index) => {
      const parts = syllables[language];
      let word = '';
      for (let n = index + 1; n > 0; n = Math.floor(n / parts.length)) word += parts[n % parts.length];
      return word;
    }),
  ]),
) as Record<TextLanguage, string[]>;
function sentence(language: TextLanguage, length: number): string {
  const topic = words[language];
  const filler = fillers[language];
  return Array.from({ length }, () =>
    random() < 0.2
      ? topic[Math.floor(random() * topic.length)]
      : filler[Math.floor(filler.length * random() ** 3)],
  ).join(' ');
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE practice_search USING fts5(title, summary, body, prefix='3 4')");
const insert = db.prepare('INSERT INTO practice_search (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
const vocabulary = createVocabulary();

let analysisMs = 0;
const indexStart = performance.now();
const insertBatch = db.transaction((from: number, to: number) => {
  for (let id = from; id < to; id++) {
    const language = languages[id % languages.length] ?? 'fi';
    const texts = [sentence(language, 6), sentence(language, 25), sentence(language, 120)];
    const analysisStart = performance.now();
    const fields = texts.map((text) => analyzeDocument(text, language));
    for (const tokens of fields) for (const token of tokens) vocabulary.add(token);
    analysisMs += performance.now() - analysisStart;
    insert.run(id + 1, ...fields.map((tokens) => tokens.join(' ')));
  }
});
for (let from = 0; from < practiceCount; from += 1_000)
  insertBatch(from, Math.min(practiceCount, from + 1_000));
const indexSeconds = (performance.now() - indexStart) / 1_000;
const practicesPerSecond = practiceCount / indexSeconds;

const search = db.prepare(
  'SELECT rowid FROM practice_search WHERE practice_search MATCH ? ORDER BY bm25(practice_search, 10, 3, 1) LIMIT 10',
);
const timings: number[] = [];
const slowest = new Map<string, number>();
let analysisTotalMs = 0;
let hits = 0;
for (let round = 0; round < 20; round++) {
  for (const [text, reader] of queries) {
    const start = performance.now();
    const match = toFts5Match(expandQuery(analyzeQuery(text, reader), vocabulary));
    analysisTotalMs += performance.now() - start;
    const rows = match === null ? [] : search.all(match);
    const elapsed = performance.now() - start;
    timings.push(elapsed);
    slowest.set(text, Math.max(slowest.get(text) ?? 0, elapsed));
    if (round === 0 && rows.length > 0) hits += 1;
  }
}
timings.sort((a, b) => a - b);
const p95 = percentile(timings, 0.95);

console.info(`practices: ${practiceCount}, vocabulary: ${vocabulary.size} terms`);
console.info(
  `indexing (analysis + FTS5 insert): ${practicesPerSecond.toFixed(0)} practices/s; ` +
    `ratio to the ${indexingFloorPerSecond}/s floor: ${(practicesPerSecond / indexingFloorPerSecond).toFixed(2)}`,
);
console.info(
  `search (analyse + expand + MATCH + bm25, top 10): p50 ${percentile(timings, 0.5).toFixed(2)} ms, ` +
    `p95 ${p95.toFixed(2)} ms; ratio to the ${searchP95CeilingMs} ms ceiling: ${(p95 / searchP95CeilingMs).toFixed(2)}`,
);
console.info(
  `of which text analysis: ${((analysisMs / 1_000 / indexSeconds) * 100).toFixed(0)}% of indexing time, ` +
    `${((analysisTotalMs / timings.reduce((sum, t) => sum + t, 0)) * 100).toFixed(0)}% of search time`,
);
const worst = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.info(`slowest queries: ${worst.map(([text, ms]) => `${text} ${ms.toFixed(1)} ms`).join(', ')}`);
console.info(`queries with hits: ${hits}/${queries.length}`);
