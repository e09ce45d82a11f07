import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { accountsApi, minimumPasswordLength } from './accounts-api.js';

/** Without a token: ask for a reset link. With the e-mailed token: choose the new password. */
export default function ResetPasswordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token');
  usePageTitle(t('reset.title'));
  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t('reset.title')}</Title>
      {token ? <ChoosePassword token={token} /> : <RequestLink />}
    </Stack>
  );
}

function RequestLink() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await accountsApi.requestPasswordReset(email.trim());
      setSent(true);
    } catch (failure) {
      setError(errorMessage(failure, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <Alert color="green" role="status">
        {t('reset.sent')}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('reset.requestHelp')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('reset.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('reset.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < minimumPasswordLength) return setFieldError(t('signUp.passwordTooShort'));
    setFieldError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await accountsApi.confirmPasswordReset(token, password);
      setDone(true);
    } catch (failure) {
      setError(errorMessage(failure, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <Stack gap="sm">
        <Alert color="green" role="status">
          {t('reset.done')}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('nav.signIn')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('reset.chooseHelp')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <PasswordInput
          label={t('reset.newPassword')}
          description={t('signUp.passwordHelp')}
          autoComplete="new-password"
          required
          minLength={minimumPasswordLength}
          value={password}
          error={fieldError}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('reset.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
