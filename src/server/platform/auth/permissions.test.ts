import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, signUp, type TestApp } from '../../../../test/support/test-app.js';
import { type Access, actions, permissions, type Role, roles } from './permissions.js';

type Persona = 'anonymous' | 'awaiting consent' | 'minor holding staff roles' | Role;

let t: TestApp;
const cookies = new Map<Persona, string>();
let targetUserId = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const email = `${role}@walk.test`;
    await t.app.silta.services.accounts.createByOperator({
      email,
      password: 'walk the routes',
      role,
      ...(role === 'admin' ? {} : { cityId: 'espoo' }),
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'walk the routes' },
    });
    cookies.set(role, sessionCookie(login));
  }
  const pending = await signUp(t.app, { birthDate: '2013-01-15', cityId: 'osan' });
  cookies.set('awaiting consent', pending.cookie);
  targetUserId = (await signUp(t.app, { cityId: 'espoo' })).me.id;
  // A 16-year-old who holds staff roles written straight into the table (granted before the rule
  // existed, or by a path that forgot it): staff roles see minors and video links, so they give nothing.
  const minor = await signUp(t.app, { birthDate: '2010-03-03', cityId: 'espoo' });
  for (const [role, cityId] of [
    ['coordinator', 'espoo'],
    ['facilitator', 'espoo'],
    ['admin', null],
  ] as const) {
    await t.database.db
      .insertInto('user_roles')
      .values({
        id: `minor-${role}`,
        user_id: minor.me.id,
        role,
        city_id: cityId,
        granted_by: null,
        granted_at: new Date().toISOString(),
      })
      .execute();
  }
  cookies.set('minor holding staff roles', minor.cookie);
});
afterAll(async () => t.close());

/** What the access table says a persona gets from a route: allowed, or the refusal's code. */
function expected(
  access: Access,
  persona: Persona,
): 'allowed' | 'UNAUTHENTICATED' | 'CONSENT_REQUIRED' | 'FORBIDDEN' {
  if (access === 'public') return 'allowed';
  if (persona === 'anonymous') return 'UNAUTHENTICATED';
  if (access === 'pending') return 'allowed';
  if (persona === 'awaiting consent') return 'CONSENT_REQUIRED';
  if (access === 'signed-in') return 'allowed';
  if (persona === 'minor holding staff roles')
    return permissions[access].includes('member') ? 'allowed' : 'FORBIDDEN';
  return permissions[access].includes(persona) ? 'allowed' : 'FORBIDDEN';
}

function apiRoutes(): { method: string; url: string; access: Access }[] {
  return t.app.silta.routes
    .filter((route: RouteOptions) => route.url.startsWith('/api/') && route.config?.access !== undefined)
    .flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method])
        .filter((method) => method !== 'HEAD')
        .map((method) => ({ method, url: route.url, access: route.config?.access as Access })),
    );
}

describe('permissions as data', () => {
  it('every action in the table is used by some route, and every route names its access', () => {
    const used = new Set(apiRoutes().map((route) => route.access));
    for (const action of actions) expect(used, action).toContain(action);
    const undeclared = t.app.silta.routes.filter(
      (route) =>
        route.url.startsWith('/api/') &&
        !route.url.startsWith('/api/docs') &&
        route.config?.access === undefined,
    );
    expect(undeclared).toEqual([]);
  });

  it('walks every route with every role and gets exactly what the table says', async () => {
    const personas: Persona[] = ['anonymous', 'awaiting consent', 'minor holding staff roles', ...roles];
    // Sign-out and account deletion end the persona's session (or account) for every later route.
    const routes = apiRoutes().filter(
      (route) => !route.url.endsWith('/logout') && !(route.method === 'DELETE' && route.url === '/api/me'),
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      for (const persona of personas) {
        const url = route.url.replace(':userId', targetUserId).replace(':role', 'facilitator');
        const cookie = cookies.get(persona);
        const response = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: { ...(cookie === undefined ? {} : { cookie }), 'content-type': 'application/json' },
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: '{}' }),
        });
        const outcome = expected(route.access, persona);
        const label = `${persona} ${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
        expect(response.statusCode, label).toBeLessThan(500);
        if (outcome === 'allowed') {
          expect([401, 403], label).not.toContain(response.statusCode);
        } else {
          expect(response.json().code, label).toBe(outcome);
        }
      }
    }
  });
});
