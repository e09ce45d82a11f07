// Issue 3: GET /api/sessions (50 items, localized) at 32 connections must reach ≥ 50 % of a bare
// Fastify hello-world's requests/s measured in the same run, with p99 < 20 ms.
import {
  type LoadResult,
  load,
  loadWithWrk,
  median,
  ratio,
  startBenchApp,
  startHelloWorld,
  wrkPath,
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const hello = await startHelloWorld();
const helloUrl = hello.url;
const { app, database, close } = await startBenchApp({ demo: true });
// The demo year has about two dozen sessions; add more so that a page holds 50.
const coordinator = (await app.silta.services.accounts.me(
  (
    await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'coordinator.espoo@demo.silta.test')
      .executeTakeFirstOrThrow()
  ).id,
)) as { id: string; cityId: string; roles: { role: 'coordinator'; cityId: string }[] };
for (let index = 0; index < 40; index += 1) {
  await app.silta.services.sessions.create(
    { userId: coordinator.id, cityId: coordinator.cityId, roles: coordinator.roles },
    {
      title: { fi: `Työpaja ${index}`, en: `Workshop ${index}` },
      description: { fi: 'Kuvaus' },
      originalLanguage: 'fi',
      startsAt: new Date(Date.now() + (index + 2) * 86_400_000).toISOString(),
      durationMinutes: 60,
      anchorTimeZone: 'Europe/Helsinki',
      mode: 'online',
      audience: 'everyone',
      seats: { espoo: 10, osan: 10 },
      topics: ['digital-learning'],
    },
    'fi',
  );
}
await app.listen({ port: 0, host: '127.0.0.1' });
const listUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/sessions?limit=50&lang=fi`;
const items = ((await (await fetch(listUrl)).json()) as { items: unknown[] }).items.length;
// What a browser sends: the listing then goes out compressed (kept compressed with the listing).
const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const sizeOf = async (headers: Record<string, string>) =>
  Number((await fetch(listUrl, { headers })).headers.get('content-length'));
const plainBytes = await sizeOf({ 'accept-encoding': 'identity' });
const compressedBytes = await sizeOf(browser);

type Loader = typeof load;
const summarise = (runs: LoadResult[]): LoadResult => ({
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
});

/** Alternating rounds of hello-world, the plain listing and the compressed one, with one generator. */
async function measure(name: string, loader: Loader, verdict: boolean) {
  await loader(helloUrl, { seconds: 1 });
  await loader(listUrl, { seconds: 1 });
  const bareRuns: LoadResult[] = [];
  const listRuns: LoadResult[] = [];
  const browserRuns: LoadResult[] = [];
  for (let round = 0; round < rounds; round += 1) {
    bareRuns.push(await loader(helloUrl, { seconds }));
    listRuns.push(await loader(listUrl, { seconds }));
    browserRuns.push(await loader(listUrl, { seconds, headers: browser }));
  }
  const bare = summarise(bareRuns);
  console.info(
    `${name}: bare Fastify hello-world ${bare.requestsPerSecond.toFixed(0)} req/s, p99 ${bare.p99Ms} ms`,
  );
  for (const [label, runs] of [
    [`no compression asked, ${plainBytes} bytes`, listRuns],
    [`as a browser asks, ${compressedBytes} bytes`, browserRuns],
  ] as const) {
    const list = summarise(runs);
    const rate = list.requestsPerSecond / bare.requestsPerSecond;
    console.info(
      `${name}: GET /api/sessions (50, fi), ${label}: ${list.requestsPerSecond.toFixed(0)} req/s, p99 ${list.p99Ms.toFixed(2)} ms, errors ${list.errors + list.non2xx}`,
    );
    console.info(
      `  ratio to hello-world: ${ratio(list.requestsPerSecond, bare.requestsPerSecond)}` +
        (verdict ? ` (target ≥ 0.50 ×) ${rate >= 0.5 ? 'OK' : 'BELOW TARGET'}` : ' (for reference)') +
        `; p99 against the 20 ms ceiling: ${ratio(list.p99Ms, 20)} ${list.p99Ms < 20 ? 'OK' : 'ABOVE CEILING'}`,
    );
  }
}

console.info(
  `medians of ${rounds} alternating rounds of ${seconds} s at 32 connections; ${items} items per page`,
);
if (wrkPath !== undefined) {
  // The figure: wrk, a load generator that does not decode answers, in its own process.
  await measure('wrk', loadWithWrk, true);
  console.info(
    'autocannon for reference: it decodes every answer body into a string, so on a 32 KB answer the load ' +
      'generator runs out of CPU first (profiled: 45 % of its time in Buffer.toString, the server ~70 % idle)',
  );
  await measure('autocannon', load, false);
} else {
  console.info(
    'wrk is missing (apt-get install wrk); autocannon alone, whose own body decoding limits the plain row',
  );
  await measure('autocannon', load, true);
}
await close();
await hello.close();
