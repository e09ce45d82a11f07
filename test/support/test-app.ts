import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import type { SiltaDatabase } from '../../src/server/db/database.js';
import { seedDatabase } from '../../src/server/db/seed.js';
import type { Clock } from '../../src/server/platform/clock.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  database: SiltaDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The whole app on a fresh, seeded database, for `app.inject` tests. */
export async function createTestApp(
  options: { env?: NodeJS.ProcessEnv; clock?: Clock; demo?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    PUBLIC_URL: 'http://silta.test',
    AUTH_RATE_LIMIT: '0',
    ABUSE_RATE_LIMIT_SCALE: '0',
    ...options.env,
  });
  const app = await buildApp({
    config,
    database,
    logger: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await seedDatabase(app.silta.services, {
    demo: options.demo ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The session cookie a response set, ready for the next request's Cookie header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'silta_session');
  if (cookie === undefined)
    throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `silta_session=${cookie.value}`;
}

let counter = 0;

/** A valid sign-up body; override any field. Birth date makes an adult by default. */
export function registration(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    birthDate: '1990-05-17',
    email: `person${counter}-${Date.now()}@example.test`,
    password: 'correct horse battery',
    displayName: `Person ${counter}`,
    cityId: 'espoo',
    locale: 'en',
    ...overrides,
  };
}

/** Signs up and returns the cookie and the account. */
export async function signUp(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  const body = registration(overrides);
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookie(response), me: response.json() as { id: string; email: string }, body };
}
