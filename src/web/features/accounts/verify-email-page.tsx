import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { accountsApi } from './accounts-api.js';
import { useSession } from './session.js';

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'failed'; message: string };

/** Where the e-mailed verification link lands: confirms the token once. */
export default function VerifyEmailPage() {
  const { t } = useI18n();
  const { me, setMe } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' });
  usePageTitle(t('verify.title'));

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    accountsApi
      .verifyEmail(token)
      .then(() => !cancelled && setOutcome({ state: 'done' }))
      .catch(
        (error: unknown) => !cancelled && setOutcome({ state: 'failed', message: errorMessage(error, '') }),
      );
    return () => {
      cancelled = true;
    };
  }, [token]);

  useEffect(() => {
    if (outcome.state === 'done' && me && !me.emailVerified) setMe({ ...me, emailVerified: true });
  }, [outcome, me, setMe]);

  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('verify.title')}</Title>
      {!token ? (
        <Alert color="red" role="alert">
          {t('verify.missingToken')}
        </Alert>
      ) : outcome.state === 'working' ? (
        <Loader role="status" aria-label={t('verify.working')} />
      ) : outcome.state === 'done' ? (
        <Alert color="green" role="status">
          {t('verify.done')}
        </Alert>
      ) : (
        <Alert color="red" role="alert">
          {outcome.message || t('common.networkError')}
        </Alert>
      )}
      {me ? (
        <Anchor component={Link} to="/profile">
          {t('verify.toProfile')}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/sign-in">
          {t('verify.toSignIn')}
        </Anchor>
      )}
    </Stack>
  );
}
