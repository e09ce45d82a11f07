import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPracticeRow } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

// More matches than the count cap (1,000): the total says "at least", and paging goes on past it.
const practiceCount = 1_030;
const gardensEvery = 3;

let t: TestApp;

interface Results {
  items: { id: string; topics: string[] }[];
  total: number;
  totalIsLowerBound: boolean;
}

async function search(query: string): Promise<Results> {
  const response = await t.app.inject({ method: 'GET', url: `/api/practices?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Results;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const now = '2026-11-01T10:00:00.000Z';
  // Written straight into the tables and indexed in bulk, as a migration of an old library would be.
  for (let start = 0; start < practiceCount; start += 100) {
    const numbers = Array.from({ length: Math.min(100, practiceCount - start) }, (_, i) => start + i);
    await db
      .insertInto('practices')
      .values(
        numbers.map((n) =>
          publishedPracticeRow({
            id: `scale-${String(n).padStart(4, '0')}`,
            title: { fi: `Kasvimaa numero ${n}` },
            summary: { fi: 'Asukkaat viljelevät yhdessä.' },
            body: { fi: 'Talkoot lauantaisin.' },
            language: 'fi',
            cityId: n % 2 === 0 ? 'espoo' : 'osan',
            at: now,
          }),
        ),
      )
      .execute();
    await db
      .insertInto('practice_topics')
      .values(
        numbers.map((n) => ({
          practice_id: `scale-${String(n).padStart(4, '0')}`,
          topic_id: n % gardensEvery === 0 ? 'resident-gardens' : 'wellbeing',
        })),
      )
      .execute();
  }
  await t.app.silta.services.practices.rebuildSearchIndex();
}, 120_000);
afterAll(async () => t.close());

describe('a search with more than 1,000 matches', () => {
  it('counts up to 1,000 and says the total is a lower bound', async () => {
    const first = await search('q=kasvimaalla&lang=fi&limit=50');
    expect(first.total).toBe(1_000);
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.items).toHaveLength(50);
  });

  it('pages past the 1,000th match to the last one, each practice once', async () => {
    const seen = new Set<string>();
    for (let offset = 0; ; offset += 50) {
      const page = await search(`q=kasvimaa&lang=fi&limit=50&offset=${offset}`);
      for (const item of page.items) seen.add(item.id);
      if (page.items.length < 50) break;
      expect(offset).toBeLessThan(practiceCount);
    }
    expect(seen.size).toBe(practiceCount);
  });

  it('counts exactly again when a filter brings the matches under the cap', async () => {
    const gardens = await search('q=kasvimaa&lang=fi&topic=resident-gardens&city=osan&limit=50');
    // Odd numbers (Osan) that are multiples of three: 3, 9, 15, … below 1,030.
    const expected = Array.from({ length: practiceCount }, (_, n) => n).filter(
      (n) => n % 2 === 1 && n % gardensEvery === 0,
    ).length;
    expect(gardens.total).toBe(expected);
    expect(gardens.totalIsLowerBound).toBe(false);
    expect(gardens.items.every((item) => item.topics.includes('resident-gardens'))).toBe(true);
  });
});
