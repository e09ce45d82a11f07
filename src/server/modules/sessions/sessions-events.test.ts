import { readFile } from 'node:fs/promises';
import jsonld, { type JsonLdDocument, type Options } from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, staffMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { fixedClock } from '../../platform/clock.js';
import { eventFeedNamespace } from './sessions-events.service.js';

/**
 * The open event feed read as JSON-LD, the way a calendar aggregator or search engine reads it:
 * expanded by jsonld.js against schema.org's context. The context is a vendored subset of the real
 * one (test/fixtures/README.md); the document loader serves it and refuses every other URL, so the
 * test never goes to the network and a context URL the feed starts to use fails it.
 */
const schemaOrgContext = JSON.parse(
  await readFile(new URL('../../../../test/fixtures/schemaorg-context.jsonld', import.meta.url), 'utf8'),
) as { '@context': Record<string, unknown> };

const schema = 'http://schema.org/';

/** Every schema.org IRI the vendored context defines a term for: the vocabulary the feed may use. */
const schemaOrgTerms = new Set(
  Object.values(schemaOrgContext['@context']).flatMap((definition) => {
    const id =
      typeof definition === 'object' && definition !== null
        ? (definition as { '@id'?: unknown })['@id']
        : undefined;
    return typeof id === 'string' && id.startsWith('schema:')
      ? [`${schema}${id.slice('schema:'.length)}`]
      : [];
  }),
);

type RemoteDocument = Awaited<ReturnType<NonNullable<Options.Expand['documentLoader']>>>;

async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url !== 'https://schema.org' && url !== 'https://schema.org/') {
    throw new Error(`the feed test loads no context but schema.org's, asked for ${url}`);
  }
  return { documentUrl: url, document: schemaOrgContext as RemoteDocument['document'] };
}

/** The feed expanded by jsonld.js, schema.org's context served from the vendored copy. */
async function expand(feed: unknown): Promise<Expanded[]> {
  return (await jsonld.expand(feed as JsonLdDocument, { documentLoader })) as Expanded[];
}

type Expanded = Record<string, unknown>;

const clock = fixedClock('2026-11-26T08:00:00Z');
let t: TestApp;
let coordinator: { id: string; cookie: string };
let namespace: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  coordinator = await staffMember(t.app, 'coordinator', 'espoo', 'coordinator-espoo');
  namespace = eventFeedNamespace(t.config.publicUrl);
});
afterAll(async () => t.close());

/** The keys and types of an expanded document that are not JSON-LD keywords, at every depth. */
function vocabularyUsed(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) vocabularyUsed(item, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type' && !('@value' in node)) {
        for (const type of [value].flat()) found.add(String(type));
      } else if (!key.startsWith('@')) {
        found.add(key);
      }
      if (key !== '@value') vocabularyUsed(value, found);
    }
  }
  return found;
}

describe('GET /api/events as JSON-LD', () => {
  it('expands every title and description to schema:name and schema:description with its language', async () => {
    const everyLanguage = {
      fi: 'Asukaspuutarhat',
      sv: 'Invånarträdgårdar',
      en: 'Resident gardens',
      ko: '주민 정원',
    };
    const gardens = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-06-15T12:00:00Z',
      mode: 'hybrid',
      venues: { espoo: 'Sello Library, Maker space' },
      title: everyLanguage,
      description: { en: 'Growing food together.', fi: 'Ruokaa yhdessä.' },
    });
    const online = await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-06-15T06:00:00Z',
      title: { en: 'Maker workshops in libraries', ko: '도서관 메이커 워크숍' },
    });

    const response = await t.app.inject({ method: 'GET', url: '/api/events?from=2027-06-15&to=2027-06-15' });
    expect(response.statusCode).toBe(200);
    const feed = response.json();
    const expanded = await expand(feed);
    const byId = new Map(expanded.map((node) => [node['@id'], node]));

    for (const [session, title] of [
      [gardens, everyLanguage],
      [online, { en: 'Maker workshops in libraries', ko: '도서관 메이커 워크숍' }],
    ] as const) {
      const item = feed['@graph'].find((event: { identifier: string }) => event.identifier === session.id);
      const node = byId.get(item['@id']);
      expect(node?.['@type']).toEqual([`${schema}Event`]);
      const names = node?.[`${schema}name`] as { '@value': string; '@language': string }[];
      expect(names.toSorted((a, b) => a['@language'].localeCompare(b['@language']))).toEqual(
        Object.entries(title)
          .map(([language, value]) => ({ '@value': value, '@language': language }))
          .toSorted((a, b) => a['@language'].localeCompare(b['@language'])),
      );
      expect(node?.[`${schema}startDate`]).toEqual([
        { '@value': item.startDate, '@type': `${schema}DateTime` },
      ]);
      expect(node?.[`${schema}endDate`]).toEqual([{ '@value': item.endDate, '@type': `${schema}DateTime` }]);
      expect(node?.[`${schema}eventStatus`]).toEqual([{ '@id': 'https://schema.org/EventScheduled' }]);
      expect(node?.[`${namespace}timeZone`]).toEqual([{ '@value': 'Europe/Helsinki' }]);
      expect(node?.[`${schema}url`]).toEqual([{ '@id': item.url }]);
    }

    const gardensNode = byId.get(`${t.config.publicUrl}/sessions/${gardens.id}`);
    expect(gardensNode?.[`${schema}description`]).toEqual(
      expect.arrayContaining([
        { '@value': 'Growing food together.', '@language': 'en' },
        { '@value': 'Ruokaa yhdessä.', '@language': 'fi' },
      ]),
    );
    expect(gardensNode?.[`${schema}eventAttendanceMode`]).toEqual([
      { '@id': 'https://schema.org/MixedEventAttendanceMode' },
    ]);
    // The venue keeps its plain name: a string under a language-map term is a plain literal.
    expect(JSON.stringify(gardensNode?.[`${schema}location`])).toContain(
      '"@value":"Sello Library, Maker space"',
    );
  });

  it('uses no term outside schema.org’s vocabulary and Silta’s own namespace', async () => {
    const cancelled = await createSession(t.app, coordinator.cookie, { startsAt: '2027-07-01T12:00:00Z' });
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${cancelled.id}/cancel`,
      headers: { cookie: coordinator.cookie },
    });
    expect(cancel.statusCode).toBeLessThan(300);
    await createSession(t.app, coordinator.cookie, {
      startsAt: '2027-07-02T12:00:00Z',
      mode: 'in_person',
      venues: { espoo: 'Entresse Library' },
    });
    const feed = (await t.app.inject({ method: 'GET', url: '/api/events' })).json();
    expect(feed['@graph'].length).toBeGreaterThan(0);
    const expanded = await expand(feed);
    const outside = [...vocabularyUsed(expanded)].filter(
      (iri) => !schemaOrgTerms.has(iri) && !iri.startsWith(namespace),
    );
    expect(outside).toEqual([]);
    expect(vocabularyUsed(expanded)).toContain(`${namespace}timeZone`);
  });

  it('is documented in the OpenAPI document as a closed schema that carries every field the service writes', async () => {
    const query = { from: '2027-06-15', to: '2027-07-02' };
    const served = (await t.app.inject({ method: 'GET', url: '/api/events', query })).json();
    expect(served['@graph'].length).toBeGreaterThan(0);
    expect(served).toEqual(await t.app.silta.services.sessions.events(query));

    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const schemaOf = document.paths['/api/events'].get.responses['200'].content['application/ld+json'].schema;
    expect(schemaOf.additionalProperties).toBe(false);
    expect(schemaOf.properties['@graph'].items.additionalProperties).toBe(false);
    expect(Object.keys(schemaOf.properties['@graph'].items.properties)).toContain('silta:timeZone');
  });
});
