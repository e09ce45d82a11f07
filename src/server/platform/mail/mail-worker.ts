import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import type { MailAttachment } from './outbox.js';

export interface MailWorkerOptions {
  db: Kysely<Database>;
  clock: Clock;
  smtpUrl: string | undefined;
  from: string;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** How long a claimed message stays claimed before another instance may retry it. */
  lockMs?: number;
  maxAttempts?: number;
  /** The wait after the first failed attempt; it doubles with each attempt, up to 6 h (default 30 s). */
  retryBaseMs?: number;
}

export interface MailWorker {
  /** Sends every due message once; returns how many were sent. */
  deliverDue(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox through SMTP. Each message is claimed with a conditional update, so several app
 * instances never send the same message at once; a message is marked sent only after the SMTP server
 * accepted it, so a crash between the two can at worst send it again, never lose it. Without SMTP_URL,
 * messages stay pending and are logged, so that nothing is lost when SMTP is configured later.
 */
export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, clock, log } = options;
  const lockMs = options.lockMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  // Short timeouts: a peer that stops answering must fail the attempt (and be retried with backoff),
  // not hold the worker's run open for minutes while the outbox waits behind it.
  const transport =
    options.smtpUrl === undefined
      ? undefined
      : nodemailer.createTransport({
          url: options.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        });
  const logged = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  // Accepted by the SMTP server while the database could not record it (a restart at that moment):
  // recorded first thing on the next run, before its claim runs out and another run sends it again.
  const acceptedNotRecorded = new Map<string, number>();

  const recordSent = (id: string, attempts: number) =>
    db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: clock.now().toISOString(), locked_until: null, attempts })
      .where('id', '=', id)
      .execute();

  async function deliverDue(): Promise<number> {
    for (const [id, attempts] of acceptedNotRecorded) {
      await recordSent(id, attempts);
      acceptedNotRecorded.delete(id);
    }
    const now = clock.now();
    const nowIso = now.toISOString();
    const due = await db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('available_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .orderBy('created_at')
      .limit(50)
      .execute();

    if (transport === undefined) {
      for (const message of due) {
        if (logged.has(message.id)) continue;
        logged.add(message.id);
        log.info(
          { mailId: message.id, to: message.recipient, subject: message.subject, text: message.body_text },
          'SMTP_URL is not set: mail stays queued in the outbox',
        );
      }
      return 0;
    }

    let sent = 0;
    let failedInARow = 0;
    for (const message of due) {
      // A peer that refused three in a row is refusing everything for now: leave the rest of the run's
      // messages untouched (not an attempt each) rather than take it through every one of them.
      if (failedInARow >= 3) break;
      const claimed = await db
        .updateTable('outbox')
        .set({ locked_until: new Date(now.getTime() + lockMs).toISOString() })
        .where('id', '=', message.id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) continue;
      try {
        const attachments = JSON.parse(message.attachments) as MailAttachment[];
        await transport.sendMail({
          from: options.from,
          to: message.recipient,
          subject: message.subject,
          text: message.body_text,
          messageId: `<${message.id}@silta>`,
          alternatives: attachments
            .filter((a) => a.contentType.startsWith('text/calendar'))
            .map((a) => ({ contentType: a.contentType, content: a.content })),
          attachments: attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        });
      } catch (error) {
        const attempts = message.attempts + 1;
        const backoffMs = Math.min(2 ** (attempts - 1) * retryBaseMs, 6 * 3600_000);
        await db
          .updateTable('outbox')
          .set({
            status: attempts >= maxAttempts ? 'failed' : 'pending',
            attempts,
            available_at: new Date(clock.now().getTime() + backoffMs).toISOString(),
            locked_until: null,
            last_error: String(error).slice(0, 1000),
          })
          .where('id', '=', message.id)
          .execute();
        log.warn({ mailId: message.id, attempts, err: String(error) }, 'mail delivery failed');
        failedInARow += 1;
        continue;
      }
      failedInARow = 0;
      sent += 1;
      try {
        await recordSent(message.id, message.attempts + 1);
      } catch (error) {
        acceptedNotRecorded.set(message.id, message.attempts + 1);
        throw error;
      }
    }
    return sent;
  }

  return {
    deliverDue: () => {
      running ??= deliverDue().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(intervalMs = 5000) {
      timer = setInterval(() => {
        this.deliverDue().catch((error: unknown) => log.warn({ err: String(error) }, 'outbox run failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}
