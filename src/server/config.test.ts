import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'silta-config-'));

describe('loadConfig', () => {
  it('has defaults that run on a fresh machine', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      publicUrl: 'http://127.0.0.1:3000',
      smtpUrl: undefined,
      redisUrl: undefined,
      demo: true,
      authRateLimit: 10,
      logLevel: 'info',
    });
  });

  it('generates SESSION_SECRET once and keeps it in DATA_DIR', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim()).toBe(first);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/x',
        SMTP_URL: 'http://mail',
        REDIS_URL: 'memcached://cache',
        LOG_LEVEL: 'loud',
        SILTA_DEMO: 'maybe',
        AUTH_RATE_LIMIT: '-1',
        SESSION_SECRET: 'short',
        PUBLIC_URL: 'ftp://x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of [
        'PORT',
        'DATABASE_URL',
        'SMTP_URL',
        'REDIS_URL',
        'LOG_LEVEL',
        'SILTA_DEMO',
        'AUTH_RATE_LIMIT',
        'SESSION_SECRET',
        'PUBLIC_URL',
      ]) {
        expect(problems).toContain(name);
      }
    }
  });

  it('turns demo content and the sign-in limit off with 0', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), SILTA_DEMO: '0', AUTH_RATE_LIMIT: '0' });
    expect(config.demo).toBe(false);
    expect(config.authRateLimit).toBe(0);
  });
});
