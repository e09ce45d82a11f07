import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../auth/tokens.js';
import type { Clock } from '../clock.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra MIME parts, e.g. a text/calendar invitation. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Puts a message in the outbox. Call it inside the transaction that makes the change the message
 * tells about: the message exists exactly when the change does, and a crash loses neither.
 */
export async function enqueueMail(db: Kysely<Database>, clock: Clock, mail: OutgoingMail): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  await db
    .insertInto('outbox')
    .values({
      id,
      recipient: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      attachments: JSON.stringify(mail.attachments ?? []),
      status: 'pending',
      available_at: now,
      locked_until: null,
      created_at: now,
      sent_at: null,
      last_error: null,
    })
    .execute();
  return id;
}

export interface OutboxBacklog {
  /** Messages waiting for delivery, including those waiting for a retry. */
  pending: number;
  /** Messages given up on after the last attempt. */
  failed: number;
  /** How long the oldest pending message has waited, in seconds; null when none waits. */
  oldestPendingSeconds: number | null;
}

/** What the outbox holds undelivered, for readiness and metrics. One query. */
export async function outboxBacklog(db: Kysely<Database>, clock: Clock): Promise<OutboxBacklog> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('status', '=', 'pending').as('pending'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'failed').as('failed'),
      eb.fn.min('created_at').filterWhere('status', '=', 'pending').as('oldest'),
    ])
    .where('status', '!=', 'sent')
    .executeTakeFirstOrThrow();
  const oldest = row.oldest === null ? null : Date.parse(String(row.oldest));
  return {
    pending: Number(row.pending),
    failed: Number(row.failed),
    oldestPendingSeconds:
      oldest === null ? null : Math.max(0, Math.round((clock.now().getTime() - oldest) / 1000)),
  };
}
