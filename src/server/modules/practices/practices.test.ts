import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMember } from '../../../../test/support/factories.js';
import { createTestApp, signUp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
let espooCoordinator: { id: string; cookie: string };
let osanCoordinator: { id: string; cookie: string };
let member: { cookie: string; id: string };
let otherMember: { cookie: string; id: string };

/** A practice body as the contract shows it; override any field. */
function practiceBody(overrides: Record<string, unknown> = {}) {
  return {
    title: { fi: 'Kirjaston pajat' },
    summary: { fi: 'Kirjastossa on paja.' },
    body: { fi: 'Pajassa tulostetaan.' },
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['maker-spaces'],
    ...overrides,
  };
}

async function create(cookie: string, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/practices',
    headers: { cookie },
    payload: practiceBody(overrides),
  });
  if (response.statusCode !== 201)
    throw new Error(`create practice: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; status: string; version: number };
}

async function search(query: string) {
  const response = await t.app.inject({ method: 'GET', url: `/api/practices?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: {
      id: string;
      title: { text: string; language: string; provenance: string };
      snippet: string;
      highlights: { text: string; matched: boolean }[];
      cityId: string;
      topics: string[];
    }[];
    total: number;
    totalIsLowerBound: boolean;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  espooCoordinator = await staffMember(t.app, 'coordinator', 'espoo', 'practices-coordinator-espoo');
  osanCoordinator = await staffMember(t.app, 'coordinator', 'osan', 'practices-coordinator-osan');
  const signed = await signUp(t.app, { cityId: 'espoo', locale: 'fi' });
  member = { cookie: signed.cookie, id: signed.me.id };
  const other = await signUp(t.app, { cityId: 'osan', locale: 'ko' });
  otherMember = { cookie: other.cookie, id: other.me.id };
  await establish(member.id);
  await establish(otherMember.id);
});
afterAll(async () => t.close());

/** An account whose reports count fully: e-mail verified and made two days ago. */
async function establishedMember(cityId: string) {
  const signed = await signUp(t.app, { cityId });
  await establish(signed.me.id);
  return { cookie: signed.cookie, id: signed.me.id };
}

async function establish(userId: string) {
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
  await t.database.db
    .updateTable('users')
    .set({ email_verified_at: twoDaysAgo, created_at: twoDaysAgo })
    .where('id', '=', userId)
    .execute();
}

describe('POST /api/practices', () => {
  it('publishes a coordinator’s practice at once and keeps a member’s proposal pending', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { cookie: espooCoordinator.cookie },
      payload: practiceBody(),
    });
    expect(response.statusCode).toBe(201);
    const practice = response.json();
    expect(practice).toMatchObject({
      status: 'published',
      cityId: 'espoo',
      topics: ['maker-spaces'],
      originalLanguage: 'fi',
      title: { text: 'Kirjaston pajat', language: 'fi', provenance: 'original' },
    });
    expect(typeof practice.id).toBe('string');

    const proposal = await create(member.cookie);
    expect(proposal.status).toBe('pending');
    // A proposal is visible to its author and the city's coordinators, to nobody else.
    expect((await t.app.inject({ method: 'GET', url: `/api/practices/${proposal.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/practices/${proposal.id}`,
          headers: { cookie: member.cookie },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/practices/${proposal.id}`,
          headers: { cookie: espooCoordinator.cookie },
        })
      ).statusCode,
    ).toBe(200);
    // An Osan coordinator's practice about Espoo waits for Espoo.
    expect((await create(osanCoordinator.cookie)).status).toBe('pending');
  });

  it('answers bad input with 400 or 422 and a message in the caller’s language, never 500', async () => {
    for (const [overrides, status, code] of [
      [{ originalLanguage: 'de' }, 422, 'UNKNOWN_LANGUAGE'],
      [{ cityId: 'atlantis' }, 422, 'UNKNOWN_CITY'],
      [{ topics: ['astrology'] }, 422, 'UNKNOWN_TOPIC'],
      [{ title: { en: 'Only English' } }, 422, 'ORIGINAL_TEXT_REQUIRED'],
      [{ body: { fi: '   ' } }, 422, 'ORIGINAL_TEXT_REQUIRED'],
      [{ links: [{ url: 'javascript:alert(1)' }] }, 422, 'INVALID_LINK'],
      [{ images: [{ url: 'http://example.test/a.png', alt: { fi: 'Kuva' } }] }, 422, 'INVALID_LINK'],
      [
        { images: [{ url: 'https://example.test/a.png', alt: { en: 'Picture' } }] },
        422,
        'ORIGINAL_TEXT_REQUIRED',
      ],
      [{ relatedSessions: ['no-such-session'] }, 422, 'UNKNOWN_SESSION'],
      [{ title: { de: 'Werkstatt', fi: 'Paja' } }, 400, 'VALIDATION_FAILED'],
      [{ title: 'Paja' }, 400, 'VALIDATION_FAILED'],
      [{ cityId: undefined }, 400, 'VALIDATION_FAILED'],
      [{ status: 'published' }, 400, 'VALIDATION_FAILED'],
      [{ title: { fi: 'x'.repeat(201) } }, 400, 'VALIDATION_FAILED'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/practices',
        headers: { cookie: espooCoordinator.cookie, 'accept-language': 'ko' },
        payload: practiceBody(overrides as Record<string, unknown>),
      });
      expect(response.statusCode, JSON.stringify(overrides)).toBe(status);
      const error = response.json();
      expect(error.code, JSON.stringify(overrides)).toBe(code);
      expect(typeof error.message).toBe('string');
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { cookie: member.cookie, 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(malformed.statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/practices', payload: practiceBody() });
    expect(anonymous.statusCode).toBe(401);
  });

  it('renders Markdown on the server without script, event handlers or javascript: links', async () => {
    const created = await create(espooCoordinator.cookie, {
      body: {
        fi: '## Otsikko\n\n**Vahva** ja *kevyt* [linkki](https://example.test/x) [paha](javascript:alert(1))\n\n<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)" onclick="x()">klikkaa</a>\n\n- yksi\n- kaksi',
      },
    });
    const practice = (await t.app.inject({ method: 'GET', url: `/api/practices/${created.id}` })).json();
    const html: string = practice.body.html;
    expect(html).toContain('<h3>Otsikko</h3>');
    expect(html).toContain('<strong>Vahva</strong>');
    expect(html).toContain('<em>kevyt</em>');
    expect(html).toContain('<a href="https://example.test/x" rel="nofollow noopener noreferrer">linkki</a>');
    expect(html).toMatch(/<ul>\s*<li>yksi<\/li>\s*<li>kaksi<\/li>\s*<\/ul>/);
    // Raw HTML is not part of the Markdown we accept: it is dropped, never passed through.
    expect(html).not.toContain('klikkaa');
    expect(html.toLowerCase()).not.toMatch(/<script|onerror|onclick|javascript:|<img/);
    expect(practice.body).toMatchObject({ language: 'fi', provenance: 'original' });
  });
});

describe('translations with provenance', () => {
  it('reads in the asked language with provenance, and lists each language’s state', async () => {
    const created = await create(espooCoordinator.cookie, {
      title: { fi: 'Lukupiiri', sv: 'Läsecirkel' },
      summary: { fi: 'Luemme yhdessä.' },
      body: { fi: 'Kerran kuussa.' },
    });
    const korean = (
      await t.app.inject({ method: 'GET', url: `/api/practices/${created.id}?lang=ko` })
    ).json();
    expect(korean).toMatchObject({
      id: created.id,
      title: { text: 'Lukupiiri', language: 'fi', provenance: 'original' },
      summary: { text: 'Luemme yhdessä.', language: 'fi', provenance: 'original' },
      body: { language: 'fi', provenance: 'original' },
      cityId: 'espoo',
      topics: ['maker-spaces'],
      translations: { fi: 'original', sv: 'missing', en: 'missing', ko: 'missing' },
    });
    const swedish = (
      await t.app.inject({ method: 'GET', url: `/api/practices/${created.id}?lang=sv` })
    ).json();
    expect(swedish.title).toEqual({
      text: 'Läsecirkel',
      language: 'sv',
      provenance: 'human',
      outdated: false,
    });
    // ?lang= wins over a signed-in reader's own language.
    const asMember = await t.app.inject({
      method: 'GET',
      url: `/api/practices/${created.id}?lang=sv`,
      headers: { cookie: member.cookie },
    });
    expect(asMember.json().title.language).toBe('sv');
  });

  it('takes a human translation from the author, a coordinator or a translator of the language only', async () => {
    const created = await create(member.cookie, { cityId: 'espoo' });
    // Publish the member's proposal first.
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${created.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'publish' },
    });
    expect(published.json().status).toBe('published');
    const translation = {
      title: '도서관 공방',
      summary: '도서관에 공방이 있어요.',
      body: '공방에서 **출력**해요.',
    };
    const url = `/api/practices/${created.id}/translations/ko`;
    const refused = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: otherMember.cookie },
      payload: translation,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');

    // A coordinator makes the Osan member a translator into Korean.
    const grant = await t.app.inject({
      method: 'PUT',
      url: `/api/translations/translators/${otherMember.id}`,
      headers: { cookie: osanCoordinator.cookie },
      payload: { languages: ['ko'] },
    });
    expect(grant.statusCode, grant.body).toBe(200);
    expect(grant.json()).toEqual({ userId: otherMember.id, languages: ['ko'], cityId: 'osan' });
    // ... but not someone of another city.
    const foreign = await t.app.inject({
      method: 'PUT',
      url: `/api/translations/translators/${member.id}`,
      headers: { cookie: osanCoordinator.cookie },
      payload: { languages: ['ko'] },
    });
    expect(foreign.statusCode).toBe(403);

    const accepted = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: otherMember.cookie },
      payload: translation,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().title).toEqual({
      text: '도서관 공방',
      language: 'ko',
      provenance: 'human',
      outdated: false,
    });
    expect(accepted.json().body.html).toBe('<p>공방에서 <strong>출력</strong>해요.</p>');
    expect(accepted.json().translations).toMatchObject({ fi: 'original', ko: 'human', en: 'missing' });
    // A translator into Korean is not one into Swedish.
    const swedish = await t.app.inject({
      method: 'PUT',
      url: `/api/practices/${created.id}/translations/sv`,
      headers: { cookie: otherMember.cookie },
      payload: { title: 'Verkstad' },
    });
    expect(swedish.statusCode).toBe(403);
    // The author translates into any language.
    const byAuthor = await t.app.inject({
      method: 'PUT',
      url: `/api/practices/${created.id}/translations/sv`,
      headers: { cookie: member.cookie },
      payload: { title: 'Bibliotekets verkstäder' },
    });
    expect(byAuthor.statusCode).toBe(200);
    expect(byAuthor.json().translations.sv).toBe('missing'); // summary and body are not yet in Swedish

    // Bad input.
    for (const [lang, payload, status, code] of [
      ['de', translation, 422, 'UNKNOWN_LANGUAGE'],
      ['fi', translation, 422, 'TRANSLATION_OF_ORIGINAL'],
      ['en', {}, 422, 'EMPTY_TRANSLATION'],
      ['en', { title: { text: 'x' } }, 400, 'VALIDATION_FAILED'],
      ['en', { headline: 'x' }, 400, 'VALIDATION_FAILED'],
    ] as const) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `/api/practices/${created.id}/translations/${lang}`,
        headers: { cookie: member.cookie },
        payload,
      });
      expect(response.statusCode, `${lang} ${JSON.stringify(payload)}`).toBe(status);
      expect(response.json().code).toBe(code);
    }
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/practices/no-such-practice/translations/ko',
      headers: { cookie: member.cookie },
      payload: translation,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('PRACTICE_NOT_FOUND');
  });

  it('marks translations outdated when the original changes, keeps the history, and refuses stale edits', async () => {
    const created = await create(espooCoordinator.cookie, {
      title: { fi: 'Digiapu', en: 'Digital help' },
      summary: { fi: 'Apua puhelimen kanssa.', en: 'Help with phones.' },
      body: { fi: 'Joka tiistai.', en: 'Every Tuesday.' },
    });
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${created.id}`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { summary: { fi: 'Apua puhelimen ja tabletin kanssa.' }, version: created.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const practice = edited.json();
    expect(practice.translations.en).toBe('outdated');
    expect(practice.version).toBe(created.version + 1);
    const english = (
      await t.app.inject({ method: 'GET', url: `/api/practices/${created.id}?lang=en` })
    ).json();
    expect(english.summary).toEqual({
      text: 'Help with phones.',
      language: 'en',
      provenance: 'human',
      outdated: true,
    });

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${created.id}`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { title: { fi: 'Digituki' }, version: created.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('PRACTICE_EDIT_CONFLICT');

    const notAllowed = await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${created.id}`,
      headers: { cookie: member.cookie },
      payload: { title: { fi: 'Minun' } },
    });
    expect(notAllowed.statusCode).toBe(403);

    const history = await t.app.inject({
      method: 'GET',
      url: `/api/practices/${created.id}/history`,
      headers: { cookie: espooCoordinator.cookie },
    });
    expect(history.statusCode).toBe(200);
    expect(
      history
        .json()
        .map((revision: { change: string; version: number }) => [revision.change, revision.version]),
    ).toEqual([
      ['created', 1],
      ['edited', 2],
    ]);
    expect(history.json()[0].snapshot.summary.texts.fi.text).toBe('Apua puhelimen kanssa.');
  });

  it('lists the fields to translate per language, and the queue shrinks as translators work', async () => {
    const created = await create(osanCoordinator.cookie, {
      cityId: 'osan',
      originalLanguage: 'ko',
      title: { ko: '번역 대기 사례' },
      summary: { ko: '요약이에요.' },
      body: { ko: '본문이에요.' },
    });
    const queueFor = async (lang: string) => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/translations/queue?lang=${lang}&limit=200`,
        headers: { cookie: member.cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      const queue = response.json() as {
        items: { subjectId: string; field: string; state: string }[];
        total: number;
      };
      return { total: queue.total, mine: queue.items.filter((item) => item.subjectId === created.id) };
    };
    const before = await queueFor('fi');
    expect(before.mine.map((item) => [item.field, item.state]).sort()).toEqual([
      ['body', 'missing'],
      ['summary', 'missing'],
      ['title', 'missing'],
    ]);
    expect((await queueFor('ko')).mine).toEqual([]);
    const translated = await t.app.inject({
      method: 'PUT',
      url: `/api/practices/${created.id}/translations/fi`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { title: 'Käännöstä odottava käytäntö', summary: 'Tiivistelmä.' },
    });
    expect(translated.statusCode).toBe(200);
    const after = await queueFor('fi');
    expect(after.mine.map((item) => item.field)).toEqual(['body']);
    expect(after.total).toBe(before.total - 2);
    // Changing the original puts the translated fields back, as outdated, first in line.
    await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${created.id}`,
      headers: { cookie: osanCoordinator.cookie },
      payload: { title: { ko: '번역 대기 사례 (수정)' } },
    });
    const outdated = await queueFor('fi');
    expect(outdated.mine.find((item) => item.field === 'title')?.state).toBe('outdated');

    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/translations/queue?lang=xx',
      headers: { cookie: member.cookie },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('UNKNOWN_LANGUAGE');
    expect((await t.app.inject({ method: 'GET', url: '/api/translations/queue?lang=fi' })).statusCode).toBe(
      401,
    );
  });
});

describe('GET /api/practices (search)', () => {
  const ids = {
    espooWorkshops: '',
    osanLabs: '',
    osanGardens: '',
    swedishLibrary: '',
    esports: '',
    summaryOnly: '',
  };

  beforeAll(async () => {
    ids.espooWorkshops = (
      await create(espooCoordinator.cookie, {
        title: { fi: 'Kirjastojen pajat: 3D-tulostus kaikille' },
        summary: { fi: 'Espoon kirjastojen pajoissa asukkaat oppivat 3D-tulostusta ja ompelua.' },
        body: { fi: 'Kirjastopajat ovat auki kirjaston aukioloaikoina. Kaupassa ei tarvitse käydä.' },
        topics: ['maker-spaces', 'digital-learning'],
      })
    ).id;
    ids.osanLabs = (
      await create(osanCoordinator.cookie, {
        cityId: 'osan',
        originalLanguage: 'ko',
        title: { ko: '오산 메이커스페이스 배움터', fi: 'Osanin oppimislaboratoriot: kirjaston paja mallina' },
        summary: {
          ko: '오산시 전문가들이 에스포 도서관 메이커 공방을 공부하고 메이커스페이스를 만들었어요.',
          fi: 'Osanin asiantuntijat tutustuivat Espoon kirjastojen pajoihin ja perustivat oppimislaboratorioita.',
        },
        body: { ko: '메이커스페이스에서는 3D 프린터를 쓸 수 있어요.' },
        topics: ['maker-spaces'],
      })
    ).id;
    ids.osanGardens = (
      await create(osanCoordinator.cookie, {
        cityId: 'osan',
        originalLanguage: 'ko',
        title: { ko: '오산시 주민 텃밭 100곳', en: 'Osan’s 100 resident gardens' },
        summary: { ko: '오산시에서 주민 정원을 가꿔요.', en: 'Residents of Osan tend gardens together.' },
        body: { ko: '정원을 가꾸는 주민은 시민 정원사 과정을 들어요.' },
        topics: ['resident-gardens'],
      })
    ).id;
    ids.swedishLibrary = (
      await create(espooCoordinator.cookie, {
        originalLanguage: 'sv',
        title: { sv: 'Makerverkstad på biblioteket' },
        summary: { sv: 'Unga bygger robotar i bibliotekets verkstad.' },
        body: { sv: 'Biblioteket står för verktygen.' },
        topics: ['maker-spaces', 'youth-participation'],
      })
    ).id;
    ids.esports = (
      await create(osanCoordinator.cookie, {
        cityId: 'osan',
        originalLanguage: 'en',
        title: { en: 'University e-sports programme' },
        summary: { en: 'Coaching know-how for youth clubs, shared with Espoo.' },
        body: { en: 'Weekly coaching and healthy gaming workshops.' },
        topics: ['esports'],
      })
    ).id;
    ids.summaryOnly = (
      await create(espooCoordinator.cookie, {
        title: { fi: 'Iltakoulu' },
        summary: { fi: 'Kurssi pidetään kirjastossa.' },
        body: { fi: 'Tervetuloa.' },
        topics: ['open-premises'],
      })
    ).id;
  });

  const found = (result: Awaited<ReturnType<typeof search>>) => result.items.map((item) => item.id);

  it('finds Espoo’s maker workshops and Osan’s learning labs from “kirjastopajoissa”', async () => {
    const result = await search('q=kirjastopajoissa&lang=fi');
    expect(found(result)).toContain(ids.espooWorkshops);
    expect(found(result)).toContain(ids.osanLabs);
    expect(found(result)).not.toContain(ids.osanGardens);
    expect(result.total).toBe(result.items.length);
    expect(result.totalIsLowerBound).toBe(false);
    const hit = result.items.find((item) => item.id === ids.osanLabs);
    // The Finnish reader sees the Finnish (human) title of the Korean practice.
    expect(hit?.title).toMatchObject({ language: 'fi', provenance: 'human' });
    expect(hit?.highlights.some((segment) => segment.matched)).toBe(true);
    expect(hit?.snippet).toBe(hit?.highlights.map((segment) => segment.text).join(''));
  });

  it('finds inflected Finnish forms and consonant gradation (kauppa/kaupassa)', async () => {
    expect(found(await search('q=kirjastoon&lang=fi'))).toContain(ids.espooWorkshops);
    expect(found(await search('q=kauppa&lang=fi'))).toContain(ids.espooWorkshops);
    expect(found(await search('q=paja&lang=fi'))).toContain(ids.espooWorkshops);
  });

  it('finds the same from Korean with particles and from initial consonants', async () => {
    for (const q of ['ㅁㅇㅋ', '메이커스페이스를']) {
      const result = await search(`q=${encodeURIComponent(q)}&lang=ko`);
      expect(found(result), q).toContain(ids.osanLabs);
    }
    expect(found(await search(`q=${encodeURIComponent('ㅇㅅ')}&lang=ko`))).toContain(ids.osanGardens);
    expect(found(await search(`q=${encodeURIComponent('정원을')}&lang=ko`))).toContain(ids.osanGardens);
  });

  it('finds Swedish definite forms, English through translations, and a word with one typo', async () => {
    expect(found(await search('q=biblioteket&lang=sv'))).toContain(ids.swedishLibrary);
    expect(found(await search('q=gardens&lang=en'))).toContain(ids.osanGardens);
    expect(found(await search('q=kirjsatossa&lang=fi'))).toContain(ids.espooWorkshops);
    expect(found(await search('q=COACHING&lang=en'))).toContain(ids.esports);
    expect(found(await search('q=e-sports&lang=fi'))).toContain(ids.esports);
  });

  it('ranks a title match over a summary match, and filters by topic and city', async () => {
    const result = await search('q=kirjasto&lang=fi');
    const order = found(result);
    expect(order.indexOf(ids.espooWorkshops)).toBeLessThan(order.indexOf(ids.summaryOnly));
    const osan = await search('q=kirjasto&lang=fi&city=osan');
    expect(osan.items.every((item) => item.cityId === 'osan')).toBe(true);
    expect(found(osan)).toContain(ids.osanLabs);
    const topic = await search('q=kirjasto&lang=fi&topic=open-premises');
    expect(found(topic)).toEqual([ids.summaryOnly]);
    expect(topic.total).toBe(1);
    const browse = await search('topic=esports');
    expect(found(browse)).toEqual([ids.esports]);
  });

  it('follows a change of topics in filtered searches (the index is rewritten with the save)', async () => {
    const created = await create(espooCoordinator.cookie, {
      title: { fi: 'Lautapeli-ilta kirjastossa' },
      summary: { fi: 'Pelataan yhdessä.' },
      body: { fi: 'Joka perjantai.' },
      topics: ['open-premises'],
    });
    expect(found(await search('q=lautapeli&lang=fi&topic=open-premises'))).toEqual([created.id]);
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/practices/${created.id}`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { topics: ['esports'], version: created.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(found(await search('q=lautapeli&lang=fi&topic=open-premises'))).toEqual([]);
    expect(found(await search('q=lautapeli&lang=fi&topic=esports'))).toEqual([created.id]);
    expect(found(await search('q=lautapeli&lang=fi&city=osan'))).toEqual([]);
    expect(found(await search('q=lautapeli&lang=fi&city=espoo&topic=esports'))).toEqual([created.id]);
  });

  it('never shows unpublished practices, and treats query syntax as text', async () => {
    const pending = await create(member.cookie, { title: { fi: 'Salainen ehdotus' } });
    expect(found(await search('q=salainen&lang=fi'))).not.toContain(pending.id);
    for (const q of ['"', 'AND OR NOT', '*', 'paja"*', "o'reilly & | ! <->", '(((', 'NEAR(a b)', ':']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/practices?q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode, q).toBe(200);
    }
  });

  it('finds a practice that only says 메이커 공방 from “메이커스페이스를” and ㅁㅇㅋ, below the whole word', async () => {
    // Not the data's doing: the Korean text never says 메이커스페이스; the query's known head does.
    const workshop = (
      await create(espooCoordinator.cookie, {
        title: { fi: 'Pajailta Ison Omenan kirjastossa', ko: '이소오메나 도서관 메이커 공방의 밤' },
        summary: { fi: 'Kirjaston pajassa tehdään yhdessä.', ko: '도서관 공방에서 함께 만들어요.' },
        body: { fi: 'Tervetuloa pajaan.' },
        topics: ['maker-spaces'],
      })
    ).id;
    const whole = found(await search(`q=${encodeURIComponent('메이커스페이스를')}&lang=ko`));
    expect(whole).toContain(workshop);
    expect(whole.indexOf(ids.osanLabs)).toBeGreaterThanOrEqual(0);
    expect(whole.indexOf(ids.osanLabs)).toBeLessThan(whole.indexOf(workshop));
    expect(found(await search(`q=${encodeURIComponent('ㅁㅇㅋ')}&lang=ko`))).toContain(workshop);
    expect(found(await search('q=kirjastopajoissa&lang=fi'))).toContain(workshop);
  });

  it('answers bad search input with 400 or 422', async () => {
    for (const [query, status, code] of [
      ['q=paja&city=atlantis', 422, 'UNKNOWN_CITY'],
      ['q=paja&topic=astrology', 422, 'UNKNOWN_TOPIC'],
      ['limit=0', 400, 'VALIDATION_FAILED'],
      ['limit=abc', 400, 'VALIDATION_FAILED'],
      [`q=${'a'.repeat(201)}`, 400, 'VALIDATION_FAILED'],
      ['unknown=1', 400, 'VALIDATION_FAILED'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: `/api/practices?${query}` });
      expect(response.statusCode, query).toBe(status);
      expect(response.json().code, query).toBe(code);
    }
    const missing = await t.app.inject({ method: 'GET', url: '/api/practices/no-such-id?lang=ko' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('PRACTICE_NOT_FOUND');
  });
});

describe('reports and moderation', () => {
  it('hides a practice after three reports, tells the author, and a coordinator decides', async () => {
    const author = await signUp(t.app, { cityId: 'espoo', locale: 'sv' });
    const proposal = await create(author.cookie, { title: { fi: 'Ilmoitettava käytäntö' } });
    await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'publish' },
    });
    // Three brand-new, unverified accounts can flag a practice for the moderators but not hide it.
    for (const cityId of ['espoo', 'osan', 'osan']) {
      const fresh = await signUp(t.app, { cityId });
      const flagged = await t.app.inject({
        method: 'POST',
        url: `/api/practices/${proposal.id}/reports`,
        headers: { cookie: fresh.cookie },
        payload: { reason: 'Spam' },
      });
      expect(flagged.statusCode).toBe(201);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/practices/${proposal.id}` })).statusCode).toBe(
      200,
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'dismiss' },
    });
    // Established accounts (verified, a day old) of one city alone do not hide it either.
    const reporters = [member, await establishedMember('espoo'), otherMember];
    for (const [index, reporter] of reporters.entries()) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/practices/${proposal.id}/reports`,
        headers: { cookie: reporter.cookie },
        payload: { reason: `Reason ${index + 1}` },
      });
      expect(response.statusCode, response.body).toBe(201);
      const visible = await t.app.inject({ method: 'GET', url: `/api/practices/${proposal.id}` });
      expect(visible.statusCode).toBe(index < 2 ? 200 : 404);
    }
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/reports`,
      headers: { cookie: member.cookie },
      payload: { reason: 'Again' },
    });
    expect([404, 409]).toContain(again.statusCode);
    const emptyReason = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/reports`,
      headers: { cookie: member.cookie },
      payload: { reason: '' },
    });
    expect(emptyReason.statusCode).toBe(400);

    const mails = await t.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', author.body.email)
      .execute();
    // In Swedish, the author's language.
    const hiddenMail = mails.find((mail) => mail.subject === 'Din praxis har dolts: Ilmoitettava käytäntö');
    expect(hiddenMail?.body_text).toContain(`http://silta.test/practices/${proposal.id}`);
    expect(found2(await search('q=ilmoitettava&lang=fi'))).not.toContain(proposal.id);

    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/practices/moderation',
      headers: { cookie: espooCoordinator.cookie },
    });
    const item = queue.json().find((entry: { id: string }) => entry.id === proposal.id);
    expect(item).toMatchObject({ status: 'hidden' });
    expect(item.reports).toHaveLength(3);
    expect(item.reports.map((r: { reason: string }) => r.reason)).not.toContain('Spam');
    const osanQueue = await t.app.inject({
      method: 'GET',
      url: '/api/practices/moderation',
      headers: { cookie: osanCoordinator.cookie },
    });
    expect(osanQueue.json().some((entry: { id: string }) => entry.id === proposal.id)).toBe(false);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: osanCoordinator.cookie },
      payload: { decision: 'restore' },
    });
    expect(foreign.statusCode).toBe(403);
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'hide' },
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe('PRACTICE_DECISION_NOT_POSSIBLE');
    const restored = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'restore' },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().status).toBe('published');
    expect(found2(await search('q=ilmoitettava&lang=fi'))).toContain(proposal.id);
    const memberQueue = await t.app.inject({
      method: 'GET',
      url: '/api/practices/moderation',
      headers: { cookie: member.cookie },
    });
    expect(memberQueue.statusCode).toBe(403);
  });
});

describe('reports below the hiding threshold', () => {
  async function moderationQueue(cookie: string) {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/practices/moderation',
      headers: { cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      id: string;
      status: string;
      flagged: boolean;
      reportsToHide: number;
      reports: { reason: string }[];
    }[];
  }

  it('lists a practice with one or two reports as flagged and still visible, and lets a coordinator dismiss them', async () => {
    const practice = await create(espooCoordinator.cookie, { title: { fi: 'Varhain ilmoitettu käytäntö' } });
    expect((await moderationQueue(espooCoordinator.cookie)).some((item) => item.id === practice.id)).toBe(
      false,
    );
    const reasons = ['Linkki ei toimi.', '링크가 열리지 않아요.'];
    for (const [index, reporter] of [member, otherMember].entries()) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/practices/${practice.id}/reports`,
        headers: { cookie: reporter.cookie },
        payload: { reason: reasons[index] },
      });
      expect(response.statusCode, response.body).toBe(201);
      const listed = (await moderationQueue(espooCoordinator.cookie)).find((item) => item.id === practice.id);
      expect(listed).toMatchObject({ status: 'published', flagged: true, reportsToHide: 3 });
      expect(listed?.reports.map((report) => report.reason)).toEqual(reasons.slice(0, index + 1));
    }
    // Still public, and still found.
    expect((await t.app.inject({ method: 'GET', url: `/api/practices/${practice.id}` })).statusCode).toBe(
      200,
    );
    expect(found2(await search('q=ilmoitettu&lang=fi'))).toContain(practice.id);
    // Only the city's coordinators see it, and only they decide.
    expect((await moderationQueue(osanCoordinator.cookie)).some((item) => item.id === practice.id)).toBe(
      false,
    );
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${practice.id}/moderation`,
      headers: { cookie: osanCoordinator.cookie },
      payload: { decision: 'dismiss' },
    });
    expect(foreign.statusCode).toBe(403);

    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${practice.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'dismiss' },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json().status).toBe('published');
    expect((await moderationQueue(espooCoordinator.cookie)).some((item) => item.id === practice.id)).toBe(
      false,
    );
    // Nothing left to dismiss: refused, with a message for people.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${practice.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'dismiss' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PRACTICE_DECISION_NOT_POSSIBLE');
    expect(again.json().message).not.toBe('PRACTICE_DECISION_NOT_POSSIBLE');
    // Dismissed reports no longer count: two new ones do not hide it either.
    const third = await signUp(t.app, { cityId: 'espoo' });
    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${practice.id}/reports`,
      headers: { cookie: third.cookie },
      payload: { reason: 'Vanhentunut tieto.' },
    });
    expect(reported.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: `/api/practices/${practice.id}` })).statusCode).toBe(
      200,
    );
    const listed = (await moderationQueue(espooCoordinator.cookie)).find((item) => item.id === practice.id);
    expect(listed?.reports.map((report) => report.reason)).toEqual(['Vanhentunut tieto.']);
  });

  it('lets a coordinator hide a flagged practice early; the author is told', async () => {
    const author = await signUp(t.app, { cityId: 'espoo', locale: 'en' });
    const proposal = await create(author.cookie, { title: { fi: 'Aikaisin piilotettava käytäntö' } });
    await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'publish' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/reports`,
      headers: { cookie: member.cookie },
      payload: { reason: 'Contains a private phone number.' },
    });
    const hidden = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'hide' },
    });
    expect(hidden.json().status).toBe('hidden');
    expect((await t.app.inject({ method: 'GET', url: `/api/practices/${proposal.id}` })).statusCode).toBe(
      404,
    );
    const item = (await moderationQueue(espooCoordinator.cookie)).find((entry) => entry.id === proposal.id);
    expect(item).toMatchObject({ status: 'hidden', flagged: false });
    expect(item?.reports).toHaveLength(1);
    const mails = await t.database.db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', author.body.email)
      .execute();
    expect(mails.some((mail) => mail.subject.includes('Aikaisin piilotettava käytäntö'))).toBe(true);
    // A hidden practice has no open reports to dismiss: restore or reject it instead.
    const dismiss = await t.app.inject({
      method: 'POST',
      url: `/api/practices/${proposal.id}/moderation`,
      headers: { cookie: espooCoordinator.cookie },
      payload: { decision: 'dismiss' },
    });
    expect(dismiss.statusCode).toBe(409);
  });
});

describe('translator grants', () => {
  it('audits granting and revoking the translator role, for the city’s coordinators to see', async () => {
    const person = await signUp(t.app, { cityId: 'espoo', locale: 'fi' });
    const audit = async (cookie: string) => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/audit?limit=500',
        headers: { cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      return (
        response.json() as {
          actorId: string;
          action: string;
          subjectId: string;
          cityId: string;
          detail: { languages: string[]; previous: string[] };
        }[]
      ).filter((entry) => entry.subjectId === person.me.id && entry.action.startsWith('translator.'));
    };
    const grant = async (languages: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/translations/translators/${person.me.id}`,
        headers: { cookie: espooCoordinator.cookie },
        payload: { languages },
      });
    expect((await grant(['ko', 'sv'])).json().languages).toEqual(['sv', 'ko']);
    // The same languages again change nothing and add no entry.
    expect((await grant(['sv', 'ko'])).statusCode).toBe(200);
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/translations/translators/${person.me.id}`,
      headers: { cookie: espooCoordinator.cookie },
    });
    expect(revoked.statusCode).toBe(204);
    const entries = await audit(espooCoordinator.cookie);
    expect(entries.map((entry) => [entry.action, entry.detail.languages, entry.detail.previous])).toEqual([
      ['translator.revoke', [], ['sv', 'ko']],
      ['translator.grant', ['sv', 'ko'], []],
    ]);
    expect(entries.every((entry) => entry.actorId === espooCoordinator.id && entry.cityId === 'espoo')).toBe(
      true,
    );
    // Osan's coordinators do not see Espoo's staff changes.
    expect(await audit(osanCoordinator.cookie)).toEqual([]);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/translations/translators',
      headers: { cookie: espooCoordinator.cookie },
    });
    expect(list.json().some((entry: { userId: string }) => entry.userId === person.me.id)).toBe(false);
  });
});

describe('demo content', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp({ demo: true });
  });
  afterAll(async () => demo?.close());

  async function demoSearch(query: string) {
    const response = await demo.app.inject({ method: 'GET', url: `/api/practices?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: string; title: { text: string } }[]; total: number };
  }

  it('covers every shared topic, both cities and all four languages, with human translations', async () => {
    const all = await demoSearch('limit=50&lang=en');
    expect(all.total).toBeGreaterThanOrEqual(30);
    const practices = await Promise.all(
      all.items.map(async (item) => {
        const response = await demo.app.inject({ method: 'GET', url: `/api/practices/${item.id}?lang=en` });
        return response.json() as {
          cityId: string;
          topics: string[];
          originalLanguage: string;
          translations: Record<string, string>;
          written: { body: Record<string, string> };
        };
      }),
    );
    const topics = (await demo.app.inject({ method: 'GET', url: '/api/topics' })).json() as { id: string }[];
    for (const topic of topics) {
      expect(
        practices.filter((practice) => practice.topics.includes(topic.id)).length,
        topic.id,
      ).toBeGreaterThanOrEqual(2);
    }
    for (const city of ['espoo', 'osan']) {
      expect(practices.filter((practice) => practice.cityId === city).length).toBeGreaterThanOrEqual(12);
    }
    const originals = new Set(practices.map((practice) => practice.originalLanguage));
    expect([...originals].sort()).toEqual(['en', 'fi', 'ko', 'sv']);
    // Osan writes mostly in Korean, Espoo in Finnish, Swedish or English.
    const osan = practices.filter((practice) => practice.cityId === 'osan');
    expect(
      osan.filter((practice) => practice.originalLanguage === 'ko').length / osan.length,
    ).toBeGreaterThan(0.75);
    expect(
      practices.some((practice) => practice.cityId === 'espoo' && practice.originalLanguage === 'ko'),
    ).toBe(false);
    // Some are wholly translated by people, e.g. Espoo's library workshops into Korean.
    const complete = practices.filter((practice) => Object.values(practice.translations).includes('human'));
    expect(complete.length).toBeGreaterThanOrEqual(5);
    expect(
      practices.some(
        (practice) =>
          practice.cityId === 'espoo' &&
          practice.translations.ko === 'human' &&
          practice.topics.includes('maker-spaces'),
      ),
    ).toBe(true);
  });

  it('finds Espoo’s maker workshops and Osan’s learning labs from Finnish and from Korean', async () => {
    const workshops = 'Kirjastojen pajat: 3D-tulostus ja ompelu kaikille';
    const labs = '오산 메이커스페이스 배움터: 에스포 도서관에서 배운 것';
    for (const [q, lang] of [
      ['kirjastopajoissa', 'fi'],
      ['ㅁㅇㅋ', 'ko'],
      ['메이커스페이스를', 'ko'],
    ] as const) {
      const found = await demoSearch(`q=${encodeURIComponent(q)}&lang=${lang}&limit=10`);
      const titles = await Promise.all(
        found.items.map(async (item) => {
          const original = (
            await demo.app.inject({ method: 'GET', url: `/api/practices/${item.id}` })
          ).json() as { originalLanguage: string; written: { title: Record<string, string> } };
          return original.written.title[original.originalLanguage];
        }),
      );
      expect(titles, q).toContain(workshops);
      expect(titles, q).toContain(labs);
    }
  });
});

function found2(result: { items: { id: string }[] }) {
  return result.items.map((item) => item.id);
}
