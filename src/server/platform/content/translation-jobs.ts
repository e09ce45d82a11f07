import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../../../core/i18n/locales.js';
import type { Database } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import type { MachineTranslator } from './machine-translation.js';
import type { MachineText } from './translatable.js';

/** One field of one piece of content to translate by machine into one language. */
export interface TranslationJob {
  subjectType: string;
  subjectId: string;
  field: string;
  sourceLanguage: Locale;
  targetLanguage: Locale;
  /** `contentHash` of the original text the job was queued for. */
  sourceHash: string;
}

/** What the worker needs from the module that owns a kind of content. */
export interface TranslatableSubject {
  /** The field's current original, or undefined when it no longer needs translating (gone, hidden). */
  source(subjectId: string, field: string): Promise<{ language: Locale; text: string } | undefined>;
  /** Stores a machine translation; the owner ignores it when the original changed meanwhile. */
  apply(subjectId: string, field: string, language: Locale, machine: MachineText): Promise<void>;
}

/**
 * Queues machine translation jobs. Call it in the transaction of the save that needs them: the save
 * never waits for a provider, and a job exists exactly when its save does. A job already queued for
 * the same field and language is replaced (its original changed again).
 */
export async function enqueueTranslations(
  db: Kysely<Database>,
  clock: Clock,
  jobs: readonly TranslationJob[],
): Promise<void> {
  if (jobs.length === 0) return;
  const now = clock.now().toISOString();
  await db
    .insertInto('translation_jobs')
    .values(
      jobs.map((job) => ({
        subject_type: job.subjectType,
        subject_id: job.subjectId,
        field: job.field,
        target_language: job.targetLanguage,
        source_language: job.sourceLanguage,
        source_hash: job.sourceHash,
        status: 'pending' as const,
        attempts: 0,
        available_at: now,
        locked_until: null,
        last_error: null,
        created_at: now,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['subject_type', 'subject_id', 'field', 'target_language']).doUpdateSet((eb) => ({
        source_language: eb.ref('excluded.source_language'),
        source_hash: eb.ref('excluded.source_hash'),
        status: 'pending',
        attempts: 0,
        available_at: now,
        locked_until: null,
        last_error: null,
      })),
    )
    .execute();
}

/** Removes every queued job of a piece of content (deleted, hidden). */
export async function cancelTranslations(
  db: Kysely<Database>,
  subjectType: string,
  subjectId: string,
): Promise<void> {
  await db
    .deleteFrom('translation_jobs')
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .execute();
}

export interface TranslationWorkerOptions {
  db: Kysely<Database>;
  clock: Clock;
  /** Undefined when no provider is configured: jobs are never queued then, and none run. */
  translator: MachineTranslator | undefined;
  log?: { warn(obj: object, msg: string): void };
  lockMs?: number;
  maxAttempts?: number;
  batchSize?: number;
}

export interface TranslationRun {
  translated: number;
  failed: number;
}

export interface TranslationWorker {
  /** Whether a provider is configured (saves queue jobs only then). */
  readonly enabled: boolean;
  register(subjectType: string, subject: TranslatableSubject): void;
  /** Runs the due jobs once. Several instances may run at once: each job is claimed first. */
  runDue(): Promise<TranslationRun>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/** Backoff after the n-th failure: 30 s, 1 min, 2 min, … up to 6 h. */
export function translationBackoffMs(attempts: number): number {
  return Math.min(2 ** (attempts - 1) * 30_000, 6 * 3600_000);
}

/**
 * Runs machine translation jobs from the database, like the mail outbox: claim with a conditional
 * update, call the provider outside any transaction, store the result through the content's owner,
 * retry failures with exponential backoff, give up after `maxAttempts` (the field stays in the
 * translation queue for people either way).
 */
export function createTranslationWorker(options: TranslationWorkerOptions): TranslationWorker {
  const { db, clock, translator } = options;
  const lockMs = options.lockMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const batchSize = options.batchSize ?? 20;
  const subjects = new Map<string, TranslatableSubject>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TranslationRun> | undefined;

  async function runDue(): Promise<TranslationRun> {
    const result = { translated: 0, failed: 0 };
    if (translator === undefined) return result;
    const now = clock.now();
    const nowIso = now.toISOString();
    const due = await db
      .selectFrom('translation_jobs')
      .selectAll()
      .where('status', '=', 'pending')
      .where('available_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .orderBy('available_at')
      .limit(batchSize)
      .execute();
    for (const job of due) {
      const key = (query: typeof db) =>
        query
          .updateTable('translation_jobs')
          .where('subject_type', '=', job.subject_type)
          .where('subject_id', '=', job.subject_id)
          .where('field', '=', job.field)
          .where('target_language', '=', job.target_language);
      const claimed = await key(db)
        .set({ locked_until: new Date(now.getTime() + lockMs).toISOString() })
        .where('source_hash', '=', job.source_hash)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) continue;
      const subject = subjects.get(job.subject_type);
      const target = job.target_language;
      try {
        if (subject === undefined || !isLocale(target)) throw new Error(`no owner for ${job.subject_type}`);
        const source = await subject.source(job.subject_id, job.field);
        if (source !== undefined && source.text.trim() !== '' && source.language !== target) {
          const [text] = await translator.translate([source.text], source.language, target);
          if (text !== undefined && text.trim() !== '') {
            await subject.apply(job.subject_id, job.field, target, {
              text: text.trim(),
              provider: translator.name,
              sourceHash: job.source_hash,
            });
            result.translated += 1;
          }
        }
        // Done, unless the original changed meanwhile and the job was queued again.
        await db
          .deleteFrom('translation_jobs')
          .where('subject_type', '=', job.subject_type)
          .where('subject_id', '=', job.subject_id)
          .where('field', '=', job.field)
          .where('target_language', '=', job.target_language)
          .where('source_hash', '=', job.source_hash)
          .execute();
      } catch (error) {
        result.failed += 1;
        const attempts = Number(job.attempts) + 1;
        await key(db)
          .set({
            status: attempts >= maxAttempts ? 'failed' : 'pending',
            attempts,
            available_at: new Date(clock.now().getTime() + translationBackoffMs(attempts)).toISOString(),
            locked_until: null,
            last_error: String(error).slice(0, 1000),
          })
          .where('source_hash', '=', job.source_hash)
          .execute();
        options.log?.warn(
          {
            subject: `${job.subject_type}/${job.subject_id}`,
            field: job.field,
            target,
            attempts,
            err: String(error),
          },
          'machine translation failed',
        );
      }
    }
    return result;
  }

  return {
    enabled: translator !== undefined,
    register(subjectType, subject) {
      subjects.set(subjectType, subject);
    },
    runDue() {
      running ??= runDue().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(intervalMs = 10_000) {
      if (translator === undefined) return;
      timer = setInterval(() => {
        this.runDue().catch((error: unknown) =>
          options.log?.warn({ err: String(error) }, 'translation run failed'),
        );
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      await running;
    },
  };
}
