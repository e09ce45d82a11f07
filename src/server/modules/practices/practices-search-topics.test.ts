import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

// Issue 14, point 5: a topic's name in any language finds that topic's practices, ranked above
// loose stem matches, and the answer offers the topic as a filter. On the seeded demo library.

interface Hit {
  id: string;
  title: { text: string };
  topics: string[];
}
interface Results {
  items: Hit[];
  total: number;
  suggestedTopics: string[];
}

let demo: TestApp;
/** Every demo practice with its topics and original title. */
const practices = new Map<string, { topics: string[]; title: string }>();

async function search(query: string): Promise<Results> {
  const response = await demo.app.inject({ method: 'GET', url: `/api/practices?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Results;
}

async function find(q: string, lang: string, extra = '') {
  return search(`q=${encodeURIComponent(q)}&lang=${lang}&limit=20${extra}`);
}

function withTopic(topic: string): number {
  return [...practices.values()].filter((practice) => practice.topics.includes(topic)).length;
}

beforeAll(async () => {
  demo = await createTestApp({ demo: true });
  const all = await search('limit=50&lang=en');
  for (const item of all.items) {
    const response = await demo.app.inject({ method: 'GET', url: `/api/practices/${item.id}` });
    const practice = response.json() as {
      topics: string[];
      originalLanguage: string;
      written: { title: Record<string, string> };
    };
    practices.set(item.id, {
      topics: practice.topics,
      title: practice.written.title[practice.originalLanguage] ?? '',
    });
  }
});
afterAll(async () => demo?.close());

/** The query finds every practice of the topic, those first, and suggests the topic. */
async function expectTopicFirst(q: string, lang: string, topic: string) {
  const count = withTopic(topic);
  expect(count, topic).toBeGreaterThanOrEqual(2);
  const found = await find(q, lang);
  const leading = found.items.slice(0, count);
  expect(
    leading.map((item) => item.topics.includes(topic)),
    `${q}: ${leading.map((item) => item.title.text).join(' | ')}`,
  ).toEqual(leading.map(() => true));
  expect(leading.length, q).toBe(count);
  expect(found.suggestedTopics, q).toEqual([topic]);
  return found;
}

describe('a topic named in any language', () => {
  it('finds the ten sustainable-development practices from the issue’s queries, first', async () => {
    expect(withTopic('sustainable-development')).toBe(10);
    for (const [q, lang] of [
      ['지속가능', 'ko'],
      ['kestävä kehitys', 'fi'],
      ['hållbar utveckling', 'sv'],
    ] as const) {
      await expectTopicFirst(q, lang, 'sustainable-development');
    }
  });

  it('does not let a loose stem match (“kestävät”, to last; “håller”) outrank or replace the topic', async () => {
    const lasting = [...practices].find(([, practice]) => /kestävät/.test(practice.title) || false);
    const fi = await find('kestävä kehitys', 'fi');
    const firstLoose = fi.items.findIndex((item) => !item.topics.includes('sustainable-development'));
    expect(firstLoose === -1 || firstLoose >= 10).toBe(true);
    if (lasting !== undefined) expect(fi.items.slice(0, 10).map((item) => item.id)).not.toContain(lasting[0]);
    const sv = await find('hållbar utveckling', 'sv');
    const cafe = [...practices].find(([, practice]) => practice.title.startsWith('Språkcafé'));
    expect(cafe).toBeDefined();
    expect(sv.items.map((item) => item.id)).not.toContain(cafe?.[0]);
  });

  it('finds inflected and differently written forms in all four languages', async () => {
    for (const [q, lang] of [
      ['kestävää kehitystä', 'fi'],
      ['kestävän kehityksen', 'fi'],
      ['hållbara', 'sv'],
      ['sustainability', 'en'],
      ['sustainable development', 'en'],
      ['지속 가능한', 'ko'],
      ['지속가능성', 'ko'],
    ] as const) {
      await expectTopicFirst(q, lang, 'sustainable-development');
    }
  });

  it('works for other topics, in every language, also inside a longer query', async () => {
    for (const [q, lang, topic] of [
      ['digitaalinen oppiminen', 'fi', 'digital-learning'],
      ['digitalt lärande', 'sv', 'digital-learning'],
      ['youth participation', 'en', 'youth-participation'],
      ['nuorten osallisuutta', 'fi', 'youth-participation'],
      ['청소년 참여', 'ko', 'youth-participation'],
      ['언어와 문화', 'ko', 'language-culture'],
      ['språk och kultur', 'sv', 'language-culture'],
      ['asukaspuutarhoissa', 'fi', 'resident-gardens'],
      ['주민 정원', 'ko', 'resident-gardens'],
      ['e-sport', 'sv', 'esports'],
      ['maker spaces', 'en', 'maker-spaces'],
      ['hyvinvointi', 'fi', 'wellbeing'],
    ] as const) {
      await expectTopicFirst(q, lang, topic);
    }
  });

  it('suggests no topic for a word several topics share, and none already chosen as the filter', async () => {
    expect((await find('learning', 'en')).suggestedTopics).toEqual([]);
    expect((await find('학습', 'ko')).suggestedTopics).toEqual([]);
    const filtered = await find('hållbar utveckling', 'sv', '&topic=sustainable-development');
    expect(filtered.suggestedTopics).toEqual([]);
    expect(filtered.total).toBe(10);
    // Another filter narrows the topic's practices as it narrows any match.
    const espoo = await find('kestävä kehitys', 'fi', '&city=espoo');
    expect(espoo.items.length).toBeGreaterThan(0);
    expect(espoo.suggestedTopics).toEqual(['sustainable-development']);
    expect(espoo.total).toBeLessThan(10);
  });
});
