import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/test-database.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import type { SiltaDatabase } from './db/database.js';

// A web root shaped like Vite's output with its precompressed copies, small enough to read at a glance.
const indexHtml =
  '<!doctype html><html><head><title>Silta</title></head><body><div id="root"></div></body></html>';
const script = `console.log(${JSON.stringify('silta '.repeat(200))});`;

let webRoot: string;
let app: FastifyInstance;
let database: SiltaDatabase;

function writeWithCopies(file: string, text: string) {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), 'silta-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeWithCopies(path.join(webRoot, 'index.html'), indexHtml);
  writeWithCopies(path.join(webRoot, 'assets', 'index-Bx7Qk2aZ.js'), script);
  writeFileSync(path.join(webRoot, 'assets', 'tiny-C9d8e7f6.js'), 'export {};');
  database = await createTestDatabase();
  const config = loadConfig(
    { SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789', PUBLIC_URL: 'http://silta.test' },
    { webRoot },
  );
  app = await buildApp({ config, database, logger: false });
});

afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('sends a fingerprinted asset brotli-compressed when the browser accepts br, cached for a year', async () => {
    const response = await app.inject({
      url: '/assets/index-Bx7Qk2aZ.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gzipped = await app.inject({
      url: '/assets/index-Bx7Qk2aZ.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);

    const plain = await app.inject({
      url: '/assets/index-Bx7Qk2aZ.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends a file the build left uncompressed as it is', async () => {
    const response = await app.inject({
      url: '/assets/tiny-C9d8e7f6.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('export {};');
  });

  it('answers a page address with index.html, compressed and revalidated on every visit', async () => {
    for (const url of ['/', '/sessions', '/practices/some-id?lang=fi']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(indexHtml);
    }
  });

  it('answers a missing asset with a JSON 404, not the page', async () => {
    const response = await app.inject({
      url: '/assets/gone-A1b2C3d4.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
