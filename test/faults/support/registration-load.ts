import { randomBytes } from 'node:crypto';
import { sleep } from './free-port.js';
import type { SiltaInstance } from './silta-instance.js';

/** One answer the load received, with when it came (ms since the epoch). */
export interface Answer {
  instance: string;
  route: 'register' | 'login' | 'seat';
  status: number;
  code: string | undefined;
  at: number;
}

export interface LoadReport {
  answers: Answer[];
  /** E-mail addresses whose sign-up was answered 201 (or later found taken: then it was committed). */
  accounts: Set<string>;
  /** E-mail addresses whose seat registration was answered 201. */
  seats: Set<string>;
}

export interface LoadOptions {
  instances: SiltaInstance[];
  sessionId: string;
  /** The public origin both instances share (CSRF checks it). */
  origin: string;
  concurrency: number;
  /** An upper bound on sign-ups, whatever happens. */
  maxAccounts: number;
}

const password = 'correct horse battery';

/**
 * Signs people up and registers each for a seat, `concurrency` at a time, alternating instances, until
 * stopped or `maxAccounts` are made. A 503 is retried after 200 ms, as a client honouring Retry-After
 * would; a retried sign-up that finds its address taken had its first attempt committed.
 */
export function startRegistrationLoad(options: LoadOptions): { stop(): Promise<LoadReport> } {
  const run = randomBytes(3).toString('hex');
  const report: LoadReport = { answers: [], accounts: new Set(), seats: new Set() };
  let stopped = false;
  let next = 0;

  async function call(
    instance: SiltaInstance,
    route: Answer['route'],
    url: string,
    body: object | undefined,
    cookie?: string,
  ) {
    const response = await fetch(`${instance.baseUrl}${url}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: options.origin,
        ...(cookie === undefined ? {} : { cookie }),
      },
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(20_000),
    }).catch(() => undefined);
    const text = response === undefined ? '' : await response.text().catch(() => '');
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { code?: string }).code;
    } catch {
      code = undefined;
    }
    report.answers.push({
      instance: instance.name,
      route,
      status: response?.status ?? 0,
      code,
      at: Date.now(),
    });
    const session = response?.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('silta_session='));
    return { status: response?.status ?? 0, code, session };
  }

  async function person(index: number) {
    const instance = options.instances[index % options.instances.length] as SiltaInstance;
    const email = `load-${run}-${index}@example.test`;
    let cookie: string | undefined;
    for (let attempt = 0; cookie === undefined && !stopped; attempt += 1) {
      const signUp = await call(instance, 'register', '/api/auth/register', {
        birthDate: '1990-05-17',
        email,
        password,
        displayName: `Load ${index}`,
        cityId: 'espoo',
        locale: 'en',
      });
      if (signUp.status === 201) {
        report.accounts.add(email);
        cookie = signUp.session;
      } else if (signUp.code === 'EMAIL_TAKEN' && attempt > 0) {
        report.accounts.add(email);
        cookie = (await call(instance, 'login', '/api/auth/login', { email, password })).session;
      }
      if (cookie === undefined) await sleep(200);
    }
    for (let attempt = 0; cookie !== undefined && !stopped; attempt += 1) {
      const seat = await call(
        instance,
        'seat',
        `/api/sessions/${options.sessionId}/registrations`,
        {},
        cookie,
      );
      if (seat.status === 201 || (seat.code === 'ALREADY_REGISTERED' && attempt > 0)) {
        report.seats.add(email);
        return;
      }
      await sleep(200);
    }
  }

  const workers = Array.from({ length: options.concurrency }, async () => {
    while (!stopped && next < options.maxAccounts) {
      next += 1;
      await person(next);
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(workers);
      return report;
    },
  };
}
