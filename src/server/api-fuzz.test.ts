import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyPaths,
  exampleOf,
  hostileContentTypes,
  hostileJsonTexts,
  hostilePathValues,
  hostileQueryValues,
  hostileValuesFor,
  type JsonSchema,
  replaceAt,
  toJson,
  valueAt,
} from '../../test/support/hostile-input.js';
import { createTestApp, sessionCookie, signUp, type TestApp } from '../../test/support/test-app.js';
import { demoPassword } from './db/seed.js';
import { errorStatuses } from './platform/errors/app-error.js';

/**
 * The API fuzzer: walks every operation of /api/openapi.json as anonymous, an adult member, a young
 * person in a circle and an admin, with hostile path parameters, query strings and bodies, and fails on
 * any 5xx and on any error answer that is not `{ code, message }` with one of our codes and its status.
 * Deterministic: fixed corpora, plain loops, no randomness. Seeded with the demo content so that real
 * ids lead past the 404s.
 */

interface Operation {
  method: string;
  path: string;
  access: string;
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

interface Identity {
  name: string;
  cookie?: string;
  headers?: Record<string, string>;
  login?: { email: string; password: string };
}

interface Problem {
  request: string;
  status: number;
  body: string;
}

let t: TestApp;
let operations: Operation[] = [];
const identities: Record<'anonymous' | 'member' | 'youth' | 'admin', Identity> = {
  anonymous: { name: 'anonymous' },
  member: { name: 'member' },
  youth: { name: 'youth', login: { email: 'youth.espoo.1@demo.silta.test', password: demoPassword } },
  admin: { name: 'admin', login: { email: 'admin@demo.silta.test', password: demoPassword } },
};
const forged: Identity = {
  name: 'forged',
  headers: {
    cookie: `silta_session=s%3A${'f'.repeat(43)}.forged; silta_session=%E0%A4%A`,
    'accept-language': 'ko;q=abc,,;q=,*;q=-1, x-\u00ff',
  },
};
const undeclaredMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const realIds = new Map<string, string[]>();
let memberId = '';

const problems: Problem[] = [];
/** Operations the fuzzer could not reach past "not found", for the summary. */
const unreached: string[] = [];
const statuses = new Map<number, number>();
let requests = 0;
/** Requests by what they vary, for the summary. */
const byKind = new Map<string, number>();
let kind = 'path';
let serverErrors = 0;
let address = 0;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  const member = await signUp(t.app, { cityId: 'espoo', locale: 'en' });
  identities.member.cookie = member.cookie;
  identities.member.login = { email: member.body.email, password: member.body.password };
  memberId = member.me.id;
  for (const identity of [identities.youth, identities.admin]) await signIn(identity);
  operations = await readOperations();
  await harvestIds();
}, 120_000);
afterAll(async () => t.close());

describe('the API under hostile input', () => {
  it('answers every operation without a 5xx, and every error as { code, message }', async () => {
    // Operations that end the caller's session run last, so that the rest run signed in.
    const ordered = [...operations].sort((a, b) => Number(endsSession(a)) - Number(endsSession(b)));
    for (const [index, operation] of ordered.entries()) {
      const identity = reachingIdentity(operation);
      await fuzzPaths(operation, identity);
      await fuzzQuery(operation, identity);
      if (operation.method !== 'GET' && operation.method !== 'DELETE') {
        await fuzzBody(operation, identity, index);
      }
      // Everyone else gets a valid-looking request, to check their refusals too, and so does a caller
      // with a forged session cookie and a garbled language header.
      kind = 'identity';
      for (const other of [...Object.values(identities), forged]) {
        if (other !== identity) await send(operation, other, { body: exampleOf(operation.body, knownValue) });
      }
      if (!endsSession(operation)) await keepSignedIn(identity);
    }

    // Methods a path does not declare, and OPTIONS, fall through to the JSON not-found answer.
    kind = 'method';
    const paths = new Map(operations.map((o) => [o.path, o]));
    for (const [path, operation] of paths) {
      const declared = new Set(operations.filter((o) => o.path === path).map((o) => o.method));
      for (const method of undeclaredMethods.filter((m) => !declared.has(m))) {
        const raw = method === 'GET' || method === 'OPTIONS' ? undefined : '{}';
        await send({ ...operation, method }, identities.admin, { raw });
      }
    }

    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.info(
      `api fuzz: ${operations.length} operations, ${requests} requests, ${serverErrors} 5xx, ` +
        `${problems.length} problems (statuses ${summary.join(' ')}; ` +
        `${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
        `with real ids and a valid-looking request, ${unreached.length} answered 404: ${unreached.join(', ')}`,
    );
    expect(problems.slice(0, 30)).toEqual([]);
  }, 600_000);

  it('walks every API route the app has (the document leaves none out)', () => {
    const walked = new Set(operations.map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, ':$1')}`));
    const routes = t.app.silta.routes
      .filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
      .filter((route) => (route.schema as { hide?: boolean } | undefined)?.hide !== true)
      .flatMap((route) => [route.method].flat().map((method) => `${method} ${route.url}`))
      .filter((route) => !route.startsWith('HEAD '));
    expect(routes.filter((route) => !walked.has(route))).toEqual([]);
    expect(walked.size).toBeGreaterThan(100);
  });
});

async function readOperations(): Promise<Operation[]> {
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const route = t.app.silta.routes.find(
        (r) =>
          r.url === path.replace(/\{(\w+)\}/g, ':$1') &&
          [r.method].flat().includes(method.toUpperCase() as never),
      );
      found.push({
        method: method.toUpperCase(),
        path,
        access: String(route?.config?.access ?? 'public'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema })),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return found;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

/** The identity that gets furthest into an operation: past its access check, holding what it needs. */
function reachingIdentity(operation: Operation): Identity {
  if (operation.access === 'public') return identities.anonymous;
  if (operation.access === 'pending' || operation.access === 'signed-in') {
    return operation.path.startsWith('/api/youth/') ? identities.youth : identities.member;
  }
  return identities.admin;
}

function endsSession(operation: Operation): boolean {
  return (
    (operation.method === 'POST' && operation.path === '/api/auth/logout') ||
    (operation.method === 'DELETE' && operation.path === '/api/me')
  );
}

/** Ids of real things, found by reading every list the API offers, keyed by the word before `{id}`. */
async function harvestIds(): Promise<void> {
  const gets = operations.filter((o) => o.method === 'GET');
  for (const round of [0, 1]) {
    for (const operation of gets) {
      if (operation.pathParams.length > 0 !== (round === 1)) continue;
      for (const identity of [identities.admin, identities.youth]) {
        const url = fillPath(operation, {});
        if (url === undefined) continue;
        const response = await t.app.inject({ method: 'GET', url, headers: headersOf(identity) });
        if (response.statusCode !== 200 || !String(response.headers['content-type']).includes('json'))
          continue;
        collectIds(response.json(), resourceWord(operation.path));
      }
    }
  }
}

function collectIds(value: unknown, word: string): void {
  const stack = [value];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next === null || typeof next !== 'object') continue;
    for (const [key, item] of Object.entries(next)) {
      if (typeof item === 'string' && (key === 'id' || key.endsWith('Id'))) {
        remember(key === 'id' ? word : key, item);
      } else if (typeof item === 'object') stack.push(item);
    }
  }
}

function remember(key: string, id: string): void {
  const ids = realIds.get(key) ?? [];
  if (ids.length < 2 && !ids.includes(id)) ids.push(id);
  realIds.set(key, ids);
}

/** `circles` for /api/youth/circles/mine, `matches` for /api/esports/tournaments/{id}/matches. */
function resourceWord(path: string): string {
  const words = path.split('/').filter((part) => part !== '' && !part.startsWith('{'));
  const generic = new Set(['mine', 'me', 'queue', 'moderation', 'awaiting-verification']);
  const meaningful = words.filter((word) => !generic.has(word));
  return meaningful.at(-1) ?? '';
}

/** A real value for a body field: an id for `userId` or `tournamentId`, a topic of the vocabulary. */
function knownValue(field: string): string | undefined {
  if (field === 'topics') return 'digital-learning';
  if (!field.endsWith('Id')) return undefined;
  if (field === 'userId') return realIds.get('userId')?.[0] ?? memberId;
  return realIds.get(field)?.[0] ?? realIds.get(`${field.slice(0, -2)}s`)?.[0];
}

function realValue(path: string, param: string): string {
  if (param === 'userId') return memberId;
  if (param === 'role') return 'coordinator';
  if (param === 'lang') return 'fi';
  const segments = path.split('/');
  const word = segments[segments.indexOf(`{${param}}`) - 1] ?? '';
  return realIds.get(param)?.[0] ?? realIds.get(word)?.[0] ?? 'no-such-id';
}

/** The URL with each path parameter real, except those given. Undefined for a path with no params to vary. */
function fillPath(operation: Operation, given: Record<string, string>): string | undefined {
  return operation.path.replace(
    /\{(\w+)\}/g,
    (_m, name: string) => given[name] ?? realValue(operation.path, name),
  );
}

async function fuzzPaths(operation: Operation, identity: Identity): Promise<void> {
  kind = 'path';
  for (const param of operation.pathParams) {
    for (const value of hostilePathValues) {
      await send(operation, identity, {
        path: { [param]: value },
        body: exampleOf(operation.body, knownValue),
      });
    }
  }
  const status = await send(operation, identity, { body: exampleOf(operation.body, knownValue) });
  if (status === 404) unreached.push(`${operation.method} ${operation.path}`);
}

async function fuzzQuery(operation: Operation, identity: Identity): Promise<void> {
  if (operation.method !== 'GET' && operation.queryParams.length === 0) return;
  kind = 'query';
  for (const { name } of operation.queryParams) {
    for (const value of hostileQueryValues) await send(operation, identity, { query: `${name}=${value}` });
    await send(operation, identity, { query: `${name}=1&${name}=2` });
  }
  for (const query of [
    'unknown=1',
    '__proto__=1',
    'constructor[prototype]=1',
    'lang=xx',
    `q=${'%F0'.repeat(50)}`,
  ]) {
    await send(operation, identity, { query });
  }
}

async function fuzzBody(operation: Operation, identity: Identity, index: number): Promise<void> {
  kind = 'body';
  // What the platform refuses for every route (too deep, not JSON, NUL) goes to every operation; the
  // other shapes, which reach each route's schema, two per operation in turn.
  const { brackets, braces, empty, invalid, nul, ...rest } = hostileJsonTexts;
  for (const raw of [brackets, braces, empty, invalid, nul]) await send(operation, identity, { raw });
  const others = Object.values(rest);
  for (let turn = 0; turn < 2; turn += 1) {
    await send(operation, identity, { raw: others[(index * 2 + turn) % others.length] ?? '' });
  }
  // Content types are refused before any route code runs: three per operation, in turn, cover them all.
  for (let turn = 0; turn < 3; turn += 1) {
    const contentType = hostileContentTypes[(index * 3 + turn) % hostileContentTypes.length];
    if (contentType !== undefined) {
      await send(operation, identity, { raw: contentType.payload, headers: contentType.headers });
    }
  }
  await send(operation, identity, { raw: undefined });
  const example = exampleOf(operation.body, knownValue);
  await send(operation, identity, { body: replaceAt(example, ['unknownField'], 'x') });
  for (const path of bodyPaths(example)) {
    // Deep inside, the first few (the numbers past range, the broken strings) are enough.
    const replacements = hostileValuesFor(valueAt(example, path)).slice(0, path.length >= 3 ? 4 : undefined);
    for (const replacement of replacements) {
      await send(operation, identity, { body: replaceAt(example, path, replacement) });
    }
  }
}

function headersOf(identity: Identity): Record<string, string> {
  return { ...identity.headers, ...(identity.cookie === undefined ? {} : { cookie: identity.cookie }) };
}

async function send(
  operation: Operation,
  identity: Identity,
  options: {
    path?: Record<string, string>;
    query?: string;
    body?: unknown;
    raw?: string | undefined;
    headers?: Record<string, string>;
  },
): Promise<number> {
  const base = fillPath(operation, options.path ?? {}) ?? operation.path;
  const url = options.query === undefined ? base : `${base}?${options.query}`;
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const payload = 'raw' in options ? options.raw : hasBody ? toJson(options.body) : undefined;
  const headers: Record<string, string> = {
    ...headersOf(identity),
    ...(payload !== undefined && options.headers === undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  address += 1;
  let response: LightMyRequestResponse;
  try {
    response = await t.app.inject({
      method: operation.method as 'GET',
      url,
      headers,
      // A new address for each request, so that rate limits by address never hide a route.
      remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
      ...(payload === undefined ? {} : { payload }),
    });
  } catch (error) {
    problems.push({
      request: describeRequest(operation, identity, url, payload),
      status: 0,
      body: String(error),
    });
    return 0;
  }
  requests += 1;
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
  if (response.statusCode >= 500) serverErrors += 1;
  // What the fuzz creates (a poll, a team, a message) gives real ids to the operations after it.
  if (response.statusCode === 201 && String(response.headers['content-type']).includes('json')) {
    collectIds(response.json(), resourceWord(operation.path));
  }
  if (response.statusCode >= 500 || (response.statusCode >= 400 && !isOurError(response))) {
    problems.push({
      request: describeRequest(operation, identity, url, payload),
      status: response.statusCode,
      body: response.body.slice(0, 200),
    });
  }
  return response.statusCode;
}

/** `{ code, message }` with a code of ours, answered with that code's status (not Fastify's own shape). */
function isOurError(response: LightMyRequestResponse): boolean {
  try {
    const body = response.json() as { code?: unknown; message?: unknown };
    return (
      typeof body.code === 'string' &&
      typeof body.message === 'string' &&
      body.message !== '' &&
      Object.hasOwn(errorStatuses, body.code) &&
      errorStatuses[body.code as keyof typeof errorStatuses] === response.statusCode
    );
  } catch {
    return false;
  }
}

function describeRequest(operation: Operation, identity: Identity, url: string, payload: string | undefined) {
  const shown =
    payload === undefined ? '' : ` ${payload.length > 120 ? `${payload.slice(0, 120)}…` : payload}`;
  return `${identity.name} ${operation.method} ${url.length > 120 ? `${url.slice(0, 120)}…` : url}${shown}`;
}

async function signIn(identity: Identity): Promise<void> {
  if (identity.login === undefined) return;
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: identity.login });
  identity.cookie = sessionCookie(response);
}

/** Signs an identity in again if an operation (a profile change, a deletion) ended its session. */
async function keepSignedIn(identity: Identity): Promise<void> {
  if (identity.cookie === undefined) return;
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: headersOf(identity) });
  if (me.statusCode === 401) await signIn(identity);
}
