import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineTranslationConfig } from './platform/content/machine-translation.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres:// URL; absent means SQLite in DATA_DIR. */
  databaseUrl: string | undefined;
  publicUrl: string;
  /** smtp:// or smtps:// URL; absent means mail stays in the outbox and is logged. */
  smtpUrl: string | undefined;
  /**
   * redis:// or rediss:// URL; when set, rate-limit counters live in Redis instead of the database.
   * Sessions and jobs stay in the database either way (they must survive a Redis restart).
   */
  redisUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demo: boolean;
  /** Sign-in and sign-up attempts per minute per address; 0 turns the limit off. */
  authRateLimit: number;
  /** Multiplies the per-account and per-address limits on routes that write or fan out; 0 turns them off. */
  abuseRateLimitScale: number;
  /** Base of generated video rooms (Jitsi Meet). */
  videoBaseUrl: string;
  /** Where the built web app lives; absent when only the API is served (tests). */
  webRoot: string | undefined;
  /**
   * Machine translation: a LibreTranslate-compatible server (MT_URL, MT_API_KEY) or DeepL
   * (DEEPL_API_KEY); absent means nothing is machine translated.
   */
  machineTranslation: MachineTranslationConfig | undefined;
  /** Bearer token a Prometheus scraper sends to GET /metrics; absent means /metrics is not served. */
  metricsToken: string | undefined;
  /** First wait before a failed mail delivery is tried again, in seconds; it doubles with each attempt. */
  mailRetryBaseSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and validates the configuration from environment variables. Every problem is reported at once.
 * SESSION_SECRET, when absent, is generated once and kept in DATA_DIR.
 */
export function loadConfig(env: NodeJS.ProcessEnv, options: { webRoot?: string } = {}): Config {
  const problems: string[] = [];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const port = integer('PORT', 3000, 0, 65535);
  const authRateLimit = integer('AUTH_RATE_LIMIT', 10, 0, 1_000_000);
  const abuseRateLimitScale = integer('ABUSE_RATE_LIMIT_SCALE', 1, 0, 1000);
  const mailRetryBaseSeconds = integer('MAIL_RETRY_BASE_SECONDS', 30, 1, 3600);
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must be a postgres:// URL (leave it unset for SQLite), got "${databaseUrl}"`);
  }

  const publicUrlRaw = env.PUBLIC_URL?.trim() || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  let publicUrl = publicUrlRaw;
  try {
    const url = new URL(publicUrlRaw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    publicUrl = url.origin + url.pathname.replace(/\/$/, '');
  } catch {
    problems.push(`PUBLIC_URL must be an http(s) URL, got "${publicUrlRaw}"`);
  }

  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push(`SMTP_URL must be an smtp:// or smtps:// URL, got "${smtpUrl}"`);
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  }
  const mailFrom = env.MAIL_FROM?.trim() || `Silta <no-reply@${safeHostname(publicUrl)}>`;

  const videoBaseRaw = env.VIDEO_BASE_URL?.trim() || 'https://meet.jit.si/';
  let videoBaseUrl = videoBaseRaw.endsWith('/') ? videoBaseRaw : `${videoBaseRaw}/`;
  try {
    if (new URL(videoBaseUrl).protocol !== 'https:') throw new Error('https only');
  } catch {
    problems.push(`VIDEO_BASE_URL must be an https URL, got "${videoBaseRaw}"`);
    videoBaseUrl = 'https://meet.jit.si/';
  }

  const logLevelRaw = env.LOG_LEVEL?.trim() || 'info';
  const logLevel = logLevels.find((level) => level === logLevelRaw);
  if (logLevel === undefined) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${logLevelRaw}"`);
  }

  const demoRaw = env.SILTA_DEMO?.trim() || '1';
  if (!['0', '1', 'true', 'false'].includes(demoRaw)) {
    problems.push(`SILTA_DEMO must be 0 or 1, got "${demoRaw}"`);
  }
  const demo = demoRaw === '1' || demoRaw === 'true';

  const secretRaw = env.SESSION_SECRET?.trim();
  if (secretRaw !== undefined && secretRaw !== '' && secretRaw.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  }

  const machineTranslation = readMachineTranslation(env, problems);

  const metricsToken = env.METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && (metricsToken.length < 16 || /\s/.test(metricsToken))) {
    problems.push('METRICS_TOKEN must be at least 16 characters long, without spaces');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  const sessionSecret = secretRaw || readOrCreateSecret(dataDir);
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    publicUrl,
    smtpUrl,
    redisUrl,
    mailFrom,
    sessionSecret,
    logLevel: logLevel ?? 'info',
    demo,
    authRateLimit,
    abuseRateLimitScale,
    videoBaseUrl,
    webRoot: options.webRoot,
    machineTranslation,
    metricsToken,
    mailRetryBaseSeconds,
  };
}

function readMachineTranslation(
  env: NodeJS.ProcessEnv,
  problems: string[],
): MachineTranslationConfig | undefined {
  const mtUrl = env.MT_URL?.trim() || undefined;
  const mtApiKey = env.MT_API_KEY?.trim() || undefined;
  const deeplApiKey = env.DEEPL_API_KEY?.trim() || undefined;
  if (mtUrl !== undefined && deeplApiKey !== undefined) {
    problems.push('Set either MT_URL (LibreTranslate) or DEEPL_API_KEY (DeepL), not both');
    return undefined;
  }
  if (mtApiKey !== undefined && mtUrl === undefined) {
    problems.push('MT_API_KEY is set but MT_URL is not: set the LibreTranslate server’s URL too');
  }
  if (mtUrl !== undefined) {
    try {
      const url = new URL(mtUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      return { provider: 'libretranslate', url: url.href.replace(/\/+$/, ''), apiKey: mtApiKey };
    } catch {
      problems.push(`MT_URL must be an http(s) URL of a LibreTranslate-compatible server, got "${mtUrl}"`);
      return undefined;
    }
  }
  if (deeplApiKey !== undefined) {
    if (/\s/.test(deeplApiKey) || deeplApiKey.length < 8) {
      problems.push('DEEPL_API_KEY does not look like a DeepL API key');
      return undefined;
    }
    return { provider: 'deepl', apiKey: deeplApiKey };
  }
  return undefined;
}

function safeHostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'localhost';
  }
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
