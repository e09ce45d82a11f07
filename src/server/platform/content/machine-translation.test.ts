import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../clock.js';
import { createDeepLTranslator, createLibreTranslateTranslator } from './machine-translation.js';
import { translationBackoffMs } from './translation-jobs.js';

/** A LibreTranslate-compatible server on loopback: "[ko] text", or 500 while `failing` is above 0. */
function libreTranslate() {
  const requests: Record<string, unknown>[] = [];
  let failing = 0;
  const server: Server = createServer((request, response) => {
    readJson(request).then(
      (body) => {
        requests.push({ path: request.url, auth: request.headers.authorization, ...body });
        if (failing > 0) {
          failing -= 1;
          response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"busy"}');
          return;
        }
        if (request.url === '/v2/translate') {
          const texts = body.text as string[];
          response.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              translations: texts.map((text) => ({ text: `[${String(body.target_lang)}] ${text}` })),
            }),
          );
          return;
        }
        const q = body.q as string[];
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ translatedText: q.map((text) => `[${String(body.target)}] ${text}`) }));
      },
      () => response.writeHead(400).end(),
    );
  });
  return {
    requests,
    failNext(count: number) {
      failing = count;
    },
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

const clock = fixedClock('2026-11-26T08:00:00Z');
const mt = libreTranslate();
let t: TestApp;
let coordinator: { id: string; cookie: string };
let url = '';

beforeAll(async () => {
  url = await mt.start();
  t = await createTestApp({ clock, env: { MT_URL: url, MT_API_KEY: 'secret-key' } });
  coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'mt-coordinator');
});
afterAll(async () => {
  await t.close();
  await mt.close();
});

describe('machine translation (LibreTranslate protocol on loopback)', () => {
  it('translates in the background after the save, labels it machine, and a person’s translation replaces it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { cookie: coordinator.cookie },
      payload: {
        title: { fi: 'Kirjaston paja' },
        summary: { fi: 'Pajassa tulostetaan.' },
        body: { fi: 'Tervetuloa **pajaan**.' },
        originalLanguage: 'fi',
        cityId: 'espoo',
        topics: ['maker-spaces'],
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    // The save did not wait for the provider: nothing was asked yet.
    expect(mt.requests).toHaveLength(0);
    expect(created.json().translations).toMatchObject({ en: 'missing', ko: 'missing' });

    const run = await t.app.silta.services.translationJobs.runDue();
    expect(run).toEqual({ translated: 9, failed: 0 }); // three fields into three languages
    expect(mt.requests[0]).toMatchObject({
      path: '/translate',
      source: 'fi',
      format: 'text',
      api_key: 'secret-key',
    });

    const korean = (await t.app.inject({ method: 'GET', url: `/api/practices/${id}?lang=ko` })).json();
    expect(korean.title).toEqual({
      text: '[ko] Kirjaston paja',
      language: 'ko',
      provenance: 'machine',
      outdated: false,
    });
    expect(korean.body).toMatchObject({
      html: '<p>[ko] Tervetuloa <strong>pajaan</strong>.</p>',
      provenance: 'machine',
    });
    expect(korean.translations).toMatchObject({
      fi: 'original',
      ko: 'machine',
      sv: 'machine',
      en: 'machine',
    });
    // Still in the queue for people, as machine-only.
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/translations/queue?lang=ko',
      headers: { cookie: coordinator.cookie },
    });
    expect(
      queue
        .json()
        .items.filter((item: { subjectId: string }) => item.subjectId === id)
        .map((item: { state: string }) => item.state),
    ).toEqual(['machine', 'machine', 'machine']);
    // Machine translations are searchable too.
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/practices?q=${encodeURIComponent('[en] Kirjaston')}&lang=en`,
    });
    expect(found.json().items.map((item: { id: string }) => item.id)).toContain(id);

    const human = await t.app.inject({
      method: 'PUT',
      url: `/api/practices/${id}/translations/ko`,
      headers: { cookie: coordinator.cookie },
      payload: { title: '도서관 공방' },
    });
    expect(human.json().title).toMatchObject({ text: '도서관 공방', provenance: 'human' });
    expect(human.json().summary).toMatchObject({ text: '[ko] Pajassa tulostetaan.', provenance: 'machine' });

    // Changing the original outdates the machine text and queues a new job.
    await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${id}`,
      headers: { cookie: coordinator.cookie },
      payload: { summary: { fi: 'Pajassa tulostetaan ja ommellaan.' } },
    });
    const outdated = (await t.app.inject({ method: 'GET', url: `/api/practices/${id}?lang=en` })).json();
    expect(outdated.summary).toMatchObject({ provenance: 'machine', outdated: true });
    await t.app.silta.services.translationJobs.runDue();
    const fresh = (await t.app.inject({ method: 'GET', url: `/api/practices/${id}?lang=en` })).json();
    expect(fresh.summary).toEqual({
      text: '[en] Pajassa tulostetaan ja ommellaan.',
      language: 'en',
      provenance: 'machine',
      outdated: false,
    });
  });

  it('retries a failing provider with backoff, without blocking saves', async () => {
    mt.failNext(3);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { cookie: coordinator.cookie },
      payload: {
        title: { sv: 'Verkstad' },
        summary: { sv: 'Kort.' },
        body: { sv: 'Lång.' },
        originalLanguage: 'sv',
        cityId: 'espoo',
      },
    });
    expect(created.statusCode).toBe(201);
    const first = await t.app.silta.services.translationJobs.runDue();
    expect(first.failed).toBeGreaterThan(0);
    const failedJobs = await t.database.db
      .selectFrom('translation_jobs')
      .selectAll()
      .where('subject_id', '=', created.json().id)
      .where('attempts', '>', 0)
      .execute();
    expect(failedJobs.length).toBe(3);
    for (const job of failedJobs) {
      expect(job.available_at).toBe(new Date(clock.now().getTime() + translationBackoffMs(1)).toISOString());
      expect(job.last_error).toContain('500');
    }
    // Not due before the backoff has passed.
    expect((await t.app.silta.services.translationJobs.runDue()).translated).toBe(0);
    clock.advance(translationBackoffMs(1));
    expect((await t.app.silta.services.translationJobs.runDue()).translated).toBe(3);
    const remaining = await t.database.db
      .selectFrom('translation_jobs')
      .selectAll()
      .where('subject_id', '=', created.json().id)
      .execute();
    expect(remaining).toEqual([]);
  });

  it('speaks DeepL’s protocol too', async () => {
    const deepl = createDeepLTranslator({ apiKey: 'key:fx', url });
    expect(await deepl.translate(['Hei', 'Moi'], 'fi', 'en')).toEqual(['[EN-GB] Hei', '[EN-GB] Moi']);
    expect(mt.requests.at(-1)).toMatchObject({
      path: '/v2/translate',
      auth: 'DeepL-Auth-Key key:fx',
      source_lang: 'FI',
    });
    const libre = createLibreTranslateTranslator({ url, apiKey: undefined });
    mt.failNext(1);
    await expect(libre.translate(['Hei'], 'fi', 'ko')).rejects.toThrow(/500/);
  });
});

describe('machine translation configuration', () => {
  it('is off without a provider: nothing is queued and the queue shows every field', async () => {
    const plain = await createTestApp();
    try {
      expect(plain.app.silta.services.translationJobs.enabled).toBe(false);
      const staff = await staffMember(plain.app, 'coordinator', 'osan', 'no-mt-coordinator');
      const created = await plain.app.inject({
        method: 'POST',
        url: '/api/practices',
        headers: { cookie: staff.cookie },
        payload: {
          title: { ko: '정원' },
          summary: { ko: '요약' },
          body: { ko: '본문' },
          originalLanguage: 'ko',
          cityId: 'osan',
        },
      });
      expect(created.statusCode).toBe(201);
      expect(await plain.database.db.selectFrom('translation_jobs').selectAll().execute()).toEqual([]);
      const queue = await plain.app.inject({
        method: 'GET',
        url: '/api/translations/queue?lang=en',
        headers: { cookie: staff.cookie },
      });
      expect(queue.json().total).toBe(3);
    } finally {
      await plain.close();
    }
  });
});
