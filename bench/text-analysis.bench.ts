// Text analysis alone (src/core/text), the CPU half of indexing: analyzeDocument over the same
// generated practices as bench/practices-search.bench.ts, per language, and analyzeQuery +
// expandQuery over the benchmark's queries. Issue 4 asks for indexing ≥ 2,000 practices/s, a
// budget of 500 µs per practice for analysis and the index write together; the ratio printed is
// analysis time ÷ that budget (below 1 leaves the rest for the database). CPU time, since the
// machines here are shared. BENCH_PRACTICES scales the corpus (default 20,000).
import {
  analyzeDocument,
  analyzeQuery,
  createVocabulary,
  expandQuery,
  markdownWords,
  type TextLanguage,
} from '../src/core/text/index.js';
import { benchLanguages, generatePractices } from './corpus/generated-practices.js';
import { median, ratio } from './support.js';

const practiceCount = Number(process.env.BENCH_PRACTICES ?? 20_000);
const budgetMicroseconds = 1_000_000 / 2_000;
const practices = generatePractices(practiceCount);
const fields = ['title', 'summary', 'body'] as const;

function cpuMicroseconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

// One cold pass fills the per-word caches as a rebuild's first pages would; the timed passes
// after it are what the rest of a 50,000-practice rebuild costs.
const vocabulary = createVocabulary();
let tokens = 0;
let words = 0;
const perLanguage = new Map<TextLanguage, { tokens: number; words: number; microseconds: number }>();
const passes: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  passes.push(
    cpuMicroseconds(() => {
      for (const practice of practices) {
        for (const field of fields) {
          for (const [language, text] of Object.entries(practice[field]) as [TextLanguage, string][]) {
            const start = pass === 2 ? process.cpuUsage() : undefined;
            const analysed = analyzeDocument(field === 'body' ? markdownWords(text) : text, language);
            if (pass !== 2 || start === undefined) continue;
            const used = process.cpuUsage(start);
            const entry = perLanguage.get(language) ?? { tokens: 0, words: 0, microseconds: 0 };
            entry.tokens += analysed.length;
            entry.words += text.split(' ').length;
            entry.microseconds += used.user + used.system;
            perLanguage.set(language, entry);
            tokens += analysed.length;
            words += text.split(' ').length;
            for (const token of analysed) vocabulary.add(token);
          }
        }
      }
    }),
  );
}
// Pass 2 also times each call and fills the vocabulary: pass 1 is the clean warm figure.
const warm = (passes[1] ?? 0) / practiceCount;

const queries: [string, TextLanguage][] = [
  ['kirjastopajoissa', 'fi'],
  ['hyvinvointi nuoret', 'fi'],
  ['kirjsto', 'fi'],
  ['biblioteket', 'sv'],
  ['workshpos', 'en'],
  ['ㅁㅇㅋ', 'ko'],
  ['메이커스페이스를', 'ko'],
  ['e-urheilu', 'fi'],
];
const queryTimes: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const [q, lang] of queries) {
    queryTimes.push(cpuMicroseconds(() => expandQuery(analyzeQuery(q, lang), vocabulary)));
  }
}

console.info(
  `practices: ${practiceCount.toLocaleString('en')}; cold pass (caches filling) ${((passes[0] ?? 0) / practiceCount).toFixed(0)} µs per practice`,
);
for (const language of benchLanguages) {
  const entry = perLanguage.get(language);
  if (entry === undefined) continue;
  console.info(
    `  ${language}: ${(entry.tokens / entry.words).toFixed(2)} tokens per word, ${((entry.microseconds / entry.words) * 1000).toFixed(0)} ns per word (with the timer's own cost)`,
  );
}
console.info(
  `analysis per practice (all its languages, warm): ${warm.toFixed(0)} µs CPU; ${(tokens / practiceCount).toFixed(0)} tokens; budget ${budgetMicroseconds} µs (2,000/s) → ${ratio(warm, budgetMicroseconds)}`,
);
console.info(
  `query analysis + expansion over a ${vocabulary.size.toLocaleString('en')}-term vocabulary: median ${median(queryTimes).toFixed(0)} µs CPU`,
);
console.info(`(${words.toLocaleString('en')} words analysed per pass)`);
