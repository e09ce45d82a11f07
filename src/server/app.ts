import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.js';
import type { SiltaDatabase } from './db/database.js';
import { createAccountsRepository } from './modules/accounts/accounts.repository.js';
import { accountsRoutes } from './modules/accounts/accounts.routes.js';
import { createAccountsService } from './modules/accounts/accounts.service.js';
import { createCityChangeRepository } from './modules/accounts/city-change.repository.js';
import { createCityChangeService } from './modules/accounts/city-change.service.js';
import { createEsportsRepository } from './modules/esports/esports.repository.js';
import { esportsRoutes } from './modules/esports/esports.routes.js';
import { createEsportsService } from './modules/esports/esports.service.js';
import { createEsportsPersonalDataRepository } from './modules/esports/esports-personal-data.repository.js';
import { createEsportsPersonalData } from './modules/esports/esports-personal-data.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createPartnershipRepository } from './modules/partnership/partnership.repository.js';
import { partnershipRoutes } from './modules/partnership/partnership.routes.js';
import { createPartnershipService } from './modules/partnership/partnership.service.js';
import { createPollsRepository } from './modules/polls/polls.repository.js';
import { pollsRoutes } from './modules/polls/polls.routes.js';
import { createPollsService } from './modules/polls/polls.service.js';
import { createPollsPersonalDataRepository } from './modules/polls/polls-personal-data.repository.js';
import { createPollsPersonalData } from './modules/polls/polls-personal-data.service.js';
import { createPracticesRepository } from './modules/practices/practices.repository.js';
import { practicesRoutes } from './modules/practices/practices.routes.js';
import { createPracticesService } from './modules/practices/practices.service.js';
import { createPracticesPersonalDataRepository } from './modules/practices/practices-personal-data.repository.js';
import { createPracticesPersonalData } from './modules/practices/practices-personal-data.service.js';
import { createRolesRepository } from './modules/roles/roles.repository.js';
import { rolesRoutes } from './modules/roles/roles.routes.js';
import { createRolesService } from './modules/roles/roles.service.js';
import { createSessionsRepository } from './modules/sessions/sessions.repository.js';
import { sessionsRoutes } from './modules/sessions/sessions.routes.js';
import { createSessionsService } from './modules/sessions/sessions.service.js';
import { createSessionsPersonalDataRepository } from './modules/sessions/sessions-personal-data.repository.js';
import { createSessionsPersonalData } from './modules/sessions/sessions-personal-data.service.js';
import { createYouthRepository } from './modules/youth/youth.repository.js';
import { youthRoutes } from './modules/youth/youth.routes.js';
import { createYouthService } from './modules/youth/youth.service.js';
import { registerAbuseLimits } from './platform/abuse/abuse-limits.js';
import { registerAuth, sessionCookieName } from './platform/auth/auth-plugin.js';
import { createSessionStore } from './platform/auth/session-store.js';
import { type Clock, systemClock } from './platform/clock.js';
import { createMachineTranslator } from './platform/content/machine-translation.js';
import { createTranslationDesk } from './platform/content/translation-desk.js';
import { createTranslationWorker } from './platform/content/translation-jobs.js';
import { translationRoutes } from './platform/content/translation-routes.js';
import { AppError } from './platform/errors/app-error.js';
import {
  answerClientError,
  answerFrameworkError,
  registerErrorHandler,
  registerJsonNotFound,
  sendError,
} from './platform/errors/error-handler.js';
import { createMailWorker } from './platform/mail/mail-worker.js';
import { registerObservability } from './platform/observability/observability-plugin.js';
import { requestIdFor } from './platform/observability/request-id.js';
import { purgeRateLimits } from './platform/rate-limit/database-store.js';
import { createRateLimitCounters } from './platform/rate-limit/rate-limit-counters.js';
import { registerInputHygiene } from './platform/security/input-hygiene.js';
import { registerSecurity } from './platform/security/security.js';

export interface BuildOptions {
  config: Config;
  database: SiltaDatabase;
  clock?: Clock;
  /** Pino options or false; tests pass false. */
  logger?: boolean | object;
}

function buildServices(database: SiltaDatabase, config: Config, clock: Clock) {
  const partnership = createPartnershipService({ repo: createPartnershipRepository(database.db), clock });
  const accountsRepository = createAccountsRepository(database.db, clock);
  const accounts = createAccountsService({
    repo: accountsRepository,
    partnership,
    clock,
    publicUrl: config.publicUrl,
  });
  const cityChange = createCityChangeService({
    repo: createCityChangeRepository(database.db, clock),
    accounts: accountsRepository,
    partnership,
    clock,
  });
  const roles = createRolesService({
    repo: createRolesRepository(database.db, clock),
    partnership,
    accounts,
    clock,
  });
  const sessions = createSessionsService({
    repo: createSessionsRepository(database.db, clock),
    partnership,
    clock,
    publicUrl: config.publicUrl,
    videoBaseUrl: config.videoBaseUrl,
  });
  const polls = createPollsService({
    repo: createPollsRepository(database.db, clock),
    sessions,
    partnership,
    clock,
    publicUrl: config.publicUrl,
  });
  const translationDesk = createTranslationDesk({
    db: database.db,
    clock,
    findUserCity: async (userId) => {
      try {
        return (await accounts.me(userId)).cityId;
      } catch {
        return undefined;
      }
    },
  });
  const translationJobs = createTranslationWorker({
    db: database.db,
    clock,
    translator: createMachineTranslator(config.machineTranslation),
  });
  const practices = createPracticesService({
    repo: createPracticesRepository(database.db, clock, database.dialect),
    partnership,
    sessions,
    accounts,
    translation: translationJobs,
    desk: translationDesk,
    clock,
    publicUrl: config.publicUrl,
  });
  const esports = createEsportsService({
    repo: createEsportsRepository(database.db, clock, database.dialect),
    accounts,
    partnership,
    sessions,
    clock,
  });
  // Each module's part of a person's data, for the export and deletion the youth module answers.
  const personalData = {
    sessions: createSessionsPersonalData({ repo: createSessionsPersonalDataRepository(database.db) }),
    polls: createPollsPersonalData({ repo: createPollsPersonalDataRepository(database.db) }),
    practices: createPracticesPersonalData({ repo: createPracticesPersonalDataRepository(database.db) }),
    esports: createEsportsPersonalData({ repo: createEsportsPersonalDataRepository(database.db) }),
  };
  const youth = createYouthService({
    repo: createYouthRepository(database.db, clock),
    accounts,
    partnership,
    roles,
    sessions,
    personalData,
    clock,
    publicUrl: config.publicUrl,
  });
  return {
    partnership,
    accounts,
    cityChange,
    roles,
    sessions,
    polls,
    translationDesk,
    translationJobs,
    practices,
    esports,
    personalData,
    youth,
  };
}

export type Services = ReturnType<typeof buildServices>;

declare module 'fastify' {
  interface FastifyInstance {
    silta: {
      services: Services;
      database: SiltaDatabase;
      mail: ReturnType<typeof createMailWorker>;
      /** Every route, for the permission walk. */
      routes: RouteOptions[];
      /** Removes expired sessions and old rate-limit counters. */
      housekeeping(): Promise<void>;
    };
  }
}

/**
 * Builds the whole application on a migrated database, without listening. Used by main.ts and by
 * every HTTP test (through `app.inject`).
 */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    // The caller's x-request-id when sane, else a new one; answered in x-request-id, logged as reqId.
    genReqId: requestIdFor,
    // Errors found before routing (a URL that does not decode) answer { code, message } too, and so do
    // requests Node refuses before they are requests (malformed, headers too large).
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    trustProxy: process.env.TRUST_PROXY === '1',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (
      route.url.startsWith('/api/') &&
      !route.url.startsWith('/api/docs') &&
      route.config?.access === undefined
    ) {
      throw new Error(`route ${route.method} ${route.url} declares no config.access`);
    }
    // `?lang=` chooses the answer's language on every route, so every query schema accepts it.
    const query = route.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
    if (query?.properties !== undefined && !('lang' in query.properties)) {
      route.schema = {
        ...route.schema,
        querystring: {
          ...query,
          properties: { ...query.properties, lang: { type: 'string', maxLength: 10 } },
        },
      };
    }
    routes.push(route);
  });

  const services = buildServices(database, config, clock);
  const mail = createMailWorker({
    db: database.db,
    clock,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    log: app.log,
    retryBaseMs: config.mailRetryBaseSeconds * 1000,
  });
  const sessions = createSessionStore(database.db, clock);
  const housekeeping = async () => {
    await sessions.purgeExpired();
    await purgeRateLimits(database.db, clock);
    await services.youth.privacy.purgeExpiredMessages();
  };
  app.decorate('silta', { services, database, mail, routes, housekeeping });

  registerErrorHandler(app);
  // Counters in Redis when REDIS_URL is set (in the database while Redis is away), else in the
  // database: shared by every instance either way.
  const rateLimitCounters = createRateLimitCounters({
    redisUrl: config.redisUrl,
    db: database.db,
    clock,
    log: app.log,
  });
  app.addHook('onClose', rateLimitCounters.close);
  registerObservability(app, {
    database,
    rateLimit: rateLimitCounters.status,
    clock,
    metricsToken: config.metricsToken,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  registerSecurity(app, { publicUrl: config.publicUrl, cookieName: sessionCookieName });
  registerInputHygiene(app);
  const cookies = registerAuth(app, {
    sessions,
    secureCookies: config.publicUrl.startsWith('https:'),
  });
  await app.register(rateLimit, {
    global: false,
    store: rateLimitCounters.Store,
    keyGenerator: (request) => `${request.routeOptions.url}|${request.ip}`,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });

  registerAbuseLimits(app, { scale: config.abuseRateLimitScale });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Silta API',
        version: '0.1.0',
        description:
          'Lifelong-learning partnerships between cities. Errors are `{ code, message }` with the message in the caller’s language (user setting, `?lang=`, Accept-Language, else English).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(healthRoutes, { database, rateLimit: rateLimitCounters.status, clock });
  await app.register(partnershipRoutes, { partnership: services.partnership });
  await app.register(accountsRoutes, {
    accounts: services.accounts,
    cityChange: services.cityChange,
    cookies,
    authRateLimit: config.authRateLimit,
  });
  await app.register(rolesRoutes, { roles: services.roles, accounts: services.accounts });
  await app.register(sessionsRoutes, { sessions: services.sessions });
  await app.register(pollsRoutes, { polls: services.polls, accounts: services.accounts });
  await app.register(esportsRoutes, { esports: services.esports });
  await app.register(practicesRoutes, { practices: services.practices });
  await app.register(translationRoutes, { desk: services.translationDesk });
  await app.register(youthRoutes, { youth: services.youth });

  if (config.webRoot !== undefined && existsSync(path.join(config.webRoot, 'index.html'))) {
    await registerWeb(app, config.webRoot);
  } else {
    registerJsonNotFound(app);
  }

  return app;
}

/**
 * Serves the built React app; any other non-API GET answers with index.html (client-side routing).
 * The build writes .br and .gz copies beside each file, sent by Accept-Encoding. Files under /assets/ carry
 * a content hash in their name, so they are cached for a year; everything else (index.html) is revalidated.
 */
async function registerWeb(app: FastifyInstance, webRoot: string) {
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const fingerprinted = path.relative(webRoot, filePath).startsWith(`assets${path.sep}`);
      res.setHeader('cache-control', fingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('vary', 'accept-encoding');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api') &&
      !path.extname(request.url.split('?')[0] ?? '');
    if (!isPage) return sendError(request, reply, new AppError('NOT_FOUND'));
    return reply.sendFile('index.html');
  });
}
