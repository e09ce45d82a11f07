import { Alert } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { errorMessage } from './error-message.js';

/** What the last action on a page came to, in words for the person who took it. */
export interface Notice {
  ok: boolean;
  text: string;
}

/**
 * A page's notice and the way to earn one: `run` clears the last notice, runs the action, and says
 * `done` (or what `done` makes of the action's result; nothing without it) when it worked, or the
 * server's message (the network fallback) when it did not. It answers whether the action worked.
 *
 * @example
 * const { notice, run } = useNotice();
 * await run(() => api.decide(id), t('decision.saved'));
 * return <NoticeAlert notice={notice} />;
 */
export function useNotice() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>();
  const run = useCallback(
    async <T,>(action: () => Promise<T>, done?: string | ((result: T) => string)): Promise<boolean> => {
      setNotice(undefined);
      try {
        const result = await action();
        if (done !== undefined) setNotice({ ok: true, text: typeof done === 'string' ? done : done(result) });
        return true;
      } catch (error) {
        setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
        return false;
      }
    },
    [t],
  );
  return { notice, setNotice, run };
}

/** The notice as a live region: a status when the action worked, an alert when it did not. */
export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (notice === undefined) return null;
  return (
    <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
      {notice.text}
    </Alert>
  );
}
