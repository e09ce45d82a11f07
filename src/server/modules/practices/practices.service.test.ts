import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
});

afterAll(async () => {
  await t.close();
});

const ids = async (q: string, lang: 'fi' | 'sv' | 'en' | 'ko') => {
  const found = await t.app.silta.services.practices.search({ q, lang, limit: 50 }, lang);
  return { ids: found.items.map((item) => item.id), total: found.total };
};

describe('the practices search index', () => {
  it('is recorded as built by the current analyser, so a restart does not rebuild it', async () => {
    expect(await t.app.silta.services.practices.ensureSearchIndex()).toBe(false);
  });

  it('is rebuilt from the published practices, with the same answers as saving built', async () => {
    const queries = [
      ['kirjastopajoissa', 'fi'],
      ['ㅁㅇㅋ', 'ko'],
      ['메이커스페이스를', 'ko'],
      ['biblioteket', 'sv'],
      ['gardnes', 'en'],
    ] as const;
    const before = await Promise.all(queries.map(([q, lang]) => ids(q, lang)));
    for (const result of before) expect(result.total).toBeGreaterThan(0);
    const published = await t.database.db
      .selectFrom('practices')
      .where('status', '=', 'published')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await t.app.silta.services.practices.rebuildSearchIndex({ pageSize: 7 })).toBe(
      Number(published.n),
    );
    const after = await Promise.all(queries.map(([q, lang]) => ids(q, lang)));
    expect(after).toEqual(before);
  });

  it('rebuilds when the analyser version it was built with differs, and not again after', async () => {
    await sql`update search_index_versions set version = 'silta-text-0'`.execute(t.database.db);
    expect(await t.app.silta.services.practices.ensureSearchIndex()).toBe(true);
    expect(await t.app.silta.services.practices.ensureSearchIndex()).toBe(false);
    expect((await ids('kirjastopajoissa', 'fi')).total).toBeGreaterThan(0);
  });

  it('leaves nothing of an emptied library in the index', async () => {
    await t.database.db.updateTable('practices').set({ status: 'hidden' }).execute();
    expect(await t.app.silta.services.practices.rebuildSearchIndex()).toBe(0);
    expect(await ids('kirjastopajoissa', 'fi')).toEqual({ ids: [], total: 0 });
    expect(await ids('ㅁㅇㅋ', 'ko')).toEqual({ ids: [], total: 0 });
  });
});
