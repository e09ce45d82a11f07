// Relevance of the practices search against MiniSearch with its defaults, over the same documents
// (bench/corpus/practice-documents.ts: the 35 demo practices in their original languages with
// their human translations) and the same 70 judged queries (bench/corpus/practice-queries.ts).
// Silta runs end to end: the practices service on SQLite (analysis, FTS5, ranking). MiniSearch
// indexes each practice's title, summary and body with every language's text concatenated, and
// searches with its default options. Issue 4: nDCG@10 of Silta ≥ 1.25 × MiniSearch's.
import MiniSearch from 'minisearch';
import { benchDocuments } from './corpus/practice-documents.js';
import { type JudgedQuery, judgedQueries, type QueryKind } from './corpus/practice-queries.js';
import { ratio, startBenchApp } from './support.js';

const depth = 10;
const floor = 1.25;

/** nDCG@10 with graded gains (2^grade − 1). */
function ndcg(ranked: number[], relevant: JudgedQuery['relevant']): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked
    .slice(0, depth)
    .reduce((sum, doc, index) => sum + gain(relevant[doc] ?? 0) / Math.log2(index + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, depth)
    .reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

const { app, close } = await startBenchApp({ inMemory: true });
const admin = await app.silta.services.accounts.createByOperator({
  email: 'relevance@silta.test',
  password: 'bench password 1',
  role: 'admin',
});
const actor = { userId: admin.id, cityId: 'espoo', roles: [{ role: 'admin' as const, cityId: null }] };
const practices = app.silta.services.practices;
const indexOfId = new Map<string, number>();
for (const [index, document] of benchDocuments.entries()) {
  const created = await practices.create(actor, document, 'en');
  indexOfId.set(created.id, index);
}

const all = (texts: Partial<Record<string, string>>) => Object.values(texts).join('\n');
const miniSearch = new MiniSearch({ fields: ['title', 'summary', 'body'] });
miniSearch.addAll(
  benchDocuments.map((document, id) => ({
    id,
    title: all(document.title),
    summary: all(document.summary),
    body: all(document.body),
  })),
);

const byKind = new Map<QueryKind, { silta: number[]; peer: number[] }>();
const silta: number[] = [];
const peer: number[] = [];
for (const query of judgedQueries) {
  const found = await practices.search({ q: query.q, lang: query.lang, limit: depth }, query.lang);
  const siltaRanked = found.items.map((item) => indexOfId.get(item.id) ?? -1);
  const peerRanked = miniSearch.search(query.q).map((result) => Number(result.id));
  const scores = { silta: ndcg(siltaRanked, query.relevant), peer: ndcg(peerRanked, query.relevant) };
  silta.push(scores.silta);
  peer.push(scores.peer);
  const kind = byKind.get(query.kind) ?? { silta: [], peer: [] };
  kind.silta.push(scores.silta);
  kind.peer.push(scores.peer);
  byKind.set(query.kind, kind);
  if (process.env.BENCH_VERBOSE !== undefined) {
    console.info(
      `${query.q} (${query.lang}): Silta ${scores.silta.toFixed(2)} [${siltaRanked.join(' ')}], MiniSearch ${scores.peer.toFixed(2)} [${peerRanked.slice(0, depth).join(' ')}]`,
    );
  }
}
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

console.info(
  `documents: ${benchDocuments.length} demo practices (fixed copy), queries: ${judgedQueries.length} judged`,
);
for (const [kind, scores] of byKind) {
  console.info(
    `  ${kind.padEnd(15)} ${String(scores.silta.length).padStart(2)} queries: Silta ${mean(scores.silta).toFixed(3)}, MiniSearch ${mean(scores.peer).toFixed(3)}`,
  );
}
const siltaMean = mean(silta);
const peerMean = mean(peer);
console.info(
  `nDCG@${depth}: Silta ${siltaMean.toFixed(3)}, MiniSearch (defaults) ${peerMean.toFixed(3)} → ${ratio(siltaMean, peerMean)} (floor ${floor} ×)`,
);
await close();
