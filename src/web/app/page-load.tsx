import { Alert, Button, Group, Text } from '@mantine/core';
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { errorMessage } from './error-message.js';

/** What a page loaded when it opened: the value, or why it failed and a way to try again. */
export interface PageLoad<T> {
  /** Undefined until the first load succeeds; kept while a later load runs. */
  value: T | undefined;
  /** The server's message (or the connection fallback) when the last load failed. */
  error: string | undefined;
  /** Loads again, clearing the error so the page shows it is loading. */
  retry: () => void;
}

/**
 * Runs `load` when the page opens and whenever `deps` change (as `useEffect` would); an answer that
 * arrives after the inputs changed or the page closed is dropped.
 *
 * @example
 * const club = usePageLoad(() => esportsApi.club(id), [id]);
 * if (club.error) return <LoadFailure message={club.error} onRetry={club.retry} />;
 * if (club.value === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
 */
export function usePageLoad<T>(load: () => Promise<T>, deps: DependencyList): PageLoad<T> {
  const { t } = useI18n();
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  // The latest `load` closure, so the effect runs on `deps` (and retries) only, as the caller declared.
  const latestLoad = useRef(load);
  latestLoad.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again.
  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    latestLoad.current().then(
      (loaded) => {
        if (!cancelled) setValue(() => loaded);
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure, t('common.loadFailed')));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [...deps, attempt, t]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { value, error, retry };
}

/**
 * A failed load in words, with "Try again". When the failure replaces what had focus (the retry
 * button of the previous attempt), focus returns to the new retry button rather than to the page's top.
 */
export function LoadFailure({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) button.current?.focus();
  }, []);

  return (
    // Mantine's Alert is role="alert": the message is announced when it appears.
    <Alert color="red" data-testid="load-failure">
      <Text size="sm">{message}</Text>
      <Group mt="sm">
        <Button ref={button} variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
