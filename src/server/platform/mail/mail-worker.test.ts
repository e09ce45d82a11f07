import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpPeer } from '../../../../test/support/smtp-peer.js';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import type { SiltaDatabase } from '../../db/database.js';
import { fixedClock } from '../clock.js';
import { createMailWorker } from './mail-worker.js';
import { enqueueMail } from './outbox.js';

const quietLog = { info: () => {}, warn: () => {} };
let database: SiltaDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpPeer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

describe('the mail outbox', () => {
  it('delivers each queued message once over SMTP, even when delivery runs again or twice at once', async () => {
    const clock = fixedClock('2026-11-26T08:00:00Z');
    for (const to of ['aino@example.test', 'minji@example.test']) {
      await enqueueMail(database.db, clock, { to, subject: 'Tervetuloa · 환영해요', text: `Hei ${to}` });
    }
    const first = createMailWorker({
      db: database.db,
      clock,
      smtpUrl: smtp.url,
      from: 'Silta <no-reply@silta.test>',
      log: quietLog,
    });
    const second = createMailWorker({
      db: database.db,
      clock,
      smtpUrl: smtp.url,
      from: 'Silta <no-reply@silta.test>',
      log: quietLog,
    });
    const [a, b] = await Promise.all([first.deliverDue(), second.deliverDue()]);
    expect(a + b).toBe(2);
    expect(await first.deliverDue()).toBe(0);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['aino@example.test', 'minji@example.test']);
    expect(smtp.received[0]?.raw).toMatch(/Subject: =\?UTF-8\?/);
    const rows = await database.db.selectFrom('outbox').select(['status', 'attempts', 'sent_at']).execute();
    expect(rows.every((r) => r.status === 'sent' && Number(r.attempts) === 1 && r.sent_at !== null)).toBe(
      true,
    );
    await first.stop();
    await second.stop();
  });

  it('keeps a refused message and retries it later with backoff', async () => {
    const clock = fixedClock('2026-11-26T09:00:00Z');
    await database.db.deleteFrom('outbox').execute();
    smtp.received.length = 0;
    await enqueueMail(database.db, clock, { to: 'later@example.test', subject: 'Retry', text: 'x' });
    const worker = createMailWorker({
      db: database.db,
      clock,
      smtpUrl: smtp.url,
      from: 'silta@silta.test',
      log: quietLog,
    });
    smtp.state.refuse = true;
    expect(await worker.deliverDue()).toBe(0);
    const failed = await database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(failed.status).toBe('pending');
    expect(Number(failed.attempts)).toBe(1);
    expect(failed.last_error).toContain('mailbox busy');
    expect(failed.available_at > clock.now().toISOString()).toBe(true);

    smtp.state.refuse = false;
    expect(await worker.deliverDue()).toBe(0); // not due yet
    clock.advance(10 * 60_000);
    expect(await worker.deliverDue()).toBe(1);
    expect(smtp.received.map((m) => m.to[0])).toEqual(['later@example.test']);
    await worker.stop();
  });

  it('stops a run after three refusals in a row, leaving the other messages untouched', async () => {
    const clock = fixedClock('2026-11-26T09:30:00Z');
    await database.db.deleteFrom('outbox').execute();
    for (let n = 1; n <= 5; n += 1) {
      await enqueueMail(database.db, clock, { to: `busy${n}@example.test`, subject: 'Busy', text: 'x' });
      clock.advance(1000);
    }
    const worker = createMailWorker({
      db: database.db,
      clock,
      smtpUrl: smtp.url,
      from: 'silta@silta.test',
      log: quietLog,
      retryBaseMs: 1000,
    });
    smtp.state.refuse = true;
    expect(await worker.deliverDue()).toBe(0);
    const rows = await database.db.selectFrom('outbox').select(['recipient', 'attempts', 'status']).execute();
    const attempts = rows
      .sort((a, b) => a.recipient.localeCompare(b.recipient))
      .map((r) => Number(r.attempts));
    expect(attempts).toEqual([1, 1, 1, 0, 0]);
    expect(rows.every((row) => row.status === 'pending')).toBe(true);

    smtp.state.refuse = false;
    clock.advance(1000);
    expect(await worker.deliverDue()).toBe(5);
    await worker.stop();
  });

  it('without SMTP_URL keeps every message queued', async () => {
    const clock = fixedClock('2026-11-26T10:00:00Z');
    await database.db.deleteFrom('outbox').execute();
    await enqueueMail(database.db, clock, { to: 'queued@example.test', subject: 'Queued', text: 'x' });
    const logged: string[] = [];
    const worker = createMailWorker({
      db: database.db,
      clock,
      smtpUrl: undefined,
      from: 'silta@silta.test',
      log: { info: (_obj, msg) => logged.push(msg), warn: () => {} },
    });
    expect(await worker.deliverDue()).toBe(0);
    expect(await worker.deliverDue()).toBe(0);
    expect(logged).toHaveLength(1);
    const row = await database.db.selectFrom('outbox').select('status').executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });
});
