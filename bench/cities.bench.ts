// Issue 2: GET /api/cities at 32 connections must reach ≥ 50 % of a bare Fastify hello-world's
// requests/s measured in the same run, with p99 < 20 ms.
import { type LoadResult, load, median, ratio, startBenchApp, startHelloWorld } from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const hello = await startHelloWorld();
const helloUrl = hello.url;
const { app, close } = await startBenchApp();
await app.listen({ port: 0, host: '127.0.0.1' });
const citiesUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/cities`;

// Warm both up, then measure them in alternating rounds on the same machine and take medians, so
// that a burst of other work on this noisy machine hits both alike.
await load(helloUrl, { seconds: 1 });
await load(citiesUrl, { seconds: 1 });
const bareRuns: LoadResult[] = [];
const citiesRuns: LoadResult[] = [];
for (let round = 0; round < rounds; round += 1) {
  bareRuns.push(await load(helloUrl, { seconds }));
  citiesRuns.push(await load(citiesUrl, { seconds }));
}
const summarise = (runs: LoadResult[]): LoadResult => ({
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
});
const bare = summarise(bareRuns);
const cities = summarise(citiesRuns);
console.info(`medians of ${rounds} alternating rounds of ${seconds} s at 32 connections`);

console.info(`bare Fastify hello-world: ${bare.requestsPerSecond.toFixed(0)} req/s, p99 ${bare.p99Ms} ms`);
console.info(
  `GET /api/cities: ${cities.requestsPerSecond.toFixed(0)} req/s, p99 ${cities.p99Ms} ms, errors ${cities.errors}, non-2xx ${cities.non2xx}`,
);
const share = cities.requestsPerSecond / bare.requestsPerSecond;
console.info(
  `ratio to hello-world: ${ratio(cities.requestsPerSecond, bare.requestsPerSecond)} (target ≥ 0.50 ×) ${share >= 0.5 ? 'OK' : 'BELOW TARGET'}`,
);
console.info(
  `p99 against the 20 ms ceiling: ${ratio(cities.p99Ms, 20)} ${cities.p99Ms < 20 ? 'OK' : 'ABOVE CEILING'}`,
);

await close();
await hello.close();
if (cities.errors > 0 || cities.non2xx > 0) process.exitCode = 1;
