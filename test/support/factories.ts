import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../src/core/i18n/locales.js';
import { createTranslatable } from '../../src/server/platform/content/translatable.js';
import { sessionCookie, signUp } from './test-app.js';

/** A staff account made the way an operator would, signed in. */
export async function staffMember(
  app: FastifyInstance,
  role: string,
  cityId: string | undefined,
  name: string,
) {
  const email = `${name}@staff.test`;
  const me = await app.silta.services.accounts.createByOperator({
    email,
    password: 'staff password 1',
    role,
    ...(cityId === undefined ? {} : { cityId }),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'staff password 1' },
  });
  return { id: me.id, cookie: sessionCookie(login) };
}

/** A session body as the contract shows it; override any field. */
export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    title: { en: 'Maker workshops in libraries' },
    description: { en: 'How Espoo libraries run maker workshops, and how Osan built its learning labs.' },
    originalLanguage: 'en',
    startsAt: '2027-03-28T07:00:00Z',
    durationMinutes: 90,
    anchorTimeZone: 'Europe/Helsinki',
    mode: 'online',
    audience: 'everyone',
    seats: { espoo: 5, osan: 5 },
    waitlist: true,
    topics: ['digital-learning'],
    ...overrides,
  };
}

/** Creates a session as the given staff member and returns it. */
export async function createSession(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: { cookie },
    payload: sessionBody(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`create session: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; sequence: number };
}

/** Signs up `count` people of a city. */
export async function people(app: FastifyInstance, cityId: string, count: number, locale = 'en') {
  const result: { id: string; cookie: string; email: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const { me, cookie } = await signUp(app, { cityId, locale });
    result.push({ id: me.id, cookie, email: me.email });
  }
  return result;
}

/**
 * A published practice as a row of `practices`, for filling a library in bulk straight into the
 * tables (then `rebuildSearchIndex`), as a migration of an old library would.
 */
export function publishedPracticeRow(practice: {
  id: string;
  /** Texts by language: the original (`language`) and any human translations. */
  title: Partial<Record<Locale, string>>;
  summary: Partial<Record<Locale, string>>;
  body: Partial<Record<Locale, string>>;
  language: Locale;
  cityId: string;
  at: string;
}) {
  const text = (texts: Partial<Record<Locale, string>>, field: string) =>
    JSON.stringify(createTranslatable(texts, practice.language, field));
  return {
    id: practice.id,
    title: text(practice.title, 'title'),
    summary: text(practice.summary, 'summary'),
    body: text(practice.body, 'body'),
    original_language: practice.language,
    city_id: practice.cityId,
    status: 'published' as const,
    author_id: null,
    target_groups: '[]',
    links: '[]',
    contact: null,
    related_sessions: '[]',
    images: '[]',
    version: 1,
    created_at: practice.at,
    updated_at: practice.at,
    published_at: practice.at,
    hidden_at: null,
  };
}
