import { isDatabaseUnavailable } from '../../db/connection-faults.js';
import type { JobOutcome } from './metrics.js';

export interface BackgroundJob {
  /** Runs the job now unless a run is under way; resolves when that run ends. */
  runNow(): Promise<void>;
  /** Stops scheduling and waits for a run under way. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `everyMs` in the background, one run at a time. While the database is unavailable
 * the job pauses (5 s, doubling, at most a minute, never sooner than its period) with one log line, and
 * says when it resumes; other failures are logged and the job keeps its pace. Every run is counted.
 *
 * @example
 * startBackgroundJob({ name: 'mail', everyMs: 5_000, run: () => mail.deliverDue(), log: app.log, metrics: app.metrics });
 */
export function startBackgroundJob(options: {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  metrics?: { observeJobRun(job: string, outcome: JobOutcome): void };
}): BackgroundJob {
  const { name, everyMs, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let failedRuns = 0;

  async function runOnce(): Promise<number> {
    try {
      await options.run();
      options.metrics?.observeJobRun(name, 'ok');
      if (failedRuns > 0) log.info({ job: name, pausedRuns: failedRuns }, 'background job resumed');
      failedRuns = 0;
      return everyMs;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        options.metrics?.observeJobRun(name, 'failed');
        log.warn({ job: name, err: String(error) }, 'background job failed');
        return everyMs;
      }
      options.metrics?.observeJobRun(name, 'paused');
      failedRuns += 1;
      const pauseMs = Math.min(Math.max(everyMs, 5_000 * 2 ** (failedRuns - 1)), Math.max(everyMs, 60_000));
      if (failedRuns === 1) {
        log.warn({ job: name, err: String(error), pauseMs }, 'background job paused: database unavailable');
      }
      return pauseMs;
    }
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      void runNow();
    }, delayMs);
    timer.unref();
  }

  function runNow(): Promise<void> {
    if (running !== undefined) return running;
    if (timer !== undefined) clearTimeout(timer);
    running = runOnce().then((nextInMs) => {
      running = undefined;
      schedule(nextInMs);
    });
    return running;
  }

  schedule(everyMs);
  return {
    runNow,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
