import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { accountsApi } from './accounts-api.js';
import { useSession } from './session.js';

export function SignInPage() {
  const { t } = useI18n();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signIn.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const me = await accountsApi.signIn(email, password);
      setMe(me);
      await navigate(me.status === 'active' ? '/' : '/profile');
    } catch (failure) {
      setError(errorMessage(failure, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t('signIn.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Anchor component={Link} to="/reset-password">
        {t('signIn.forgot')}
      </Anchor>
      <Text>
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to="/sign-up">
          {t('nav.signUp')}
        </Anchor>
      </Text>
    </Stack>
  );
}
