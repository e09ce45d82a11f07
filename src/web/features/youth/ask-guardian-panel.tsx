import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { type ConsentState, youthApi } from './youth-api.js';

/**
 * What an account waiting for a guardian can do: name a guardian, who gets a single-use link by
 * e-mail, and follow the requests sent so far.
 */
export function AskGuardianPanel() {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const [state, setState] = useState<ConsentState>();
  const [loadError, setLoadError] = useState<string>();
  const [guardianName, setGuardianName] = useState('');
  const [guardianEmail, setGuardianEmail] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setState(await youthApi.consentState());
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function ask(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    const email = guardianEmail.trim();
    if (guardianName.trim() === '' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setNotice({ ok: false, text: t('youth.ask.invalid') });
      return;
    }
    setBusy(true);
    try {
      await youthApi.askGuardian(email, guardianName.trim());
      setNotice({ ok: true, text: t('youth.ask.sent', { email }) });
      setGuardianEmail('');
      setGuardianName('');
      await load();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  const when = (iso: string) => formatDateTime(new Date(iso), locale, me?.timeZone ?? browserTimeZone());

  return (
    <Stack gap="lg">
      <section aria-labelledby="ask-guardian-heading">
        <form onSubmit={ask} noValidate>
          <Stack gap="md">
            <Title order={2} size="h3" id="ask-guardian-heading">
              {t('youth.ask.heading')}
            </Title>
            <Text>{t('youth.ask.intro')}</Text>
            <TextInput
              label={t('youth.ask.guardianName')}
              required
              maxLength={100}
              value={guardianName}
              onChange={(event) => setGuardianName(event.currentTarget.value)}
            />
            <TextInput
              label={t('youth.ask.guardianEmail')}
              type="email"
              required
              maxLength={254}
              value={guardianEmail}
              onChange={(event) => setGuardianEmail(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('youth.ask.send')}
              </Button>
            </Group>
            <div aria-live="polite">
              {notice && (
                <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
                  {notice.text}
                </Alert>
              )}
            </div>
          </Stack>
        </form>
      </section>

      <section aria-labelledby="requests-heading">
        <Title order={2} size="h3" id="requests-heading" mb="sm">
          {t('youth.ask.requestsHeading')}
        </Title>
        {loadError ? (
          <LoadFailure
            message={loadError}
            onRetry={() => {
              setLoadError(undefined);
              void load();
            }}
          />
        ) : state === undefined ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : state.requests.length === 0 ? (
          <Text>{t('youth.ask.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {state.requests.map((request) => {
              const consent = state.consents.find((c) => c.guardianEmail === request.guardianEmail);
              return (
                <li key={request.id}>
                  <Card withBorder padding="sm" data-testid="consent-request">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Stack gap={2}>
                        <Text fw={600}>
                          {request.guardianName} ({request.guardianEmail})
                        </Text>
                        <Text size="sm">{t('youth.ask.sentAt', { when: when(request.createdAt) })}</Text>
                        {request.status === 'pending' && (
                          <Text size="sm">{t('youth.ask.expiresAt', { when: when(request.expiresAt) })}</Text>
                        )}
                      </Stack>
                      <Badge variant="outline" color="blue.9" tt="none" size="lg">
                        {request.status === 'used' && consent
                          ? consent.decision === 'granted'
                            ? consent.verified
                              ? t('youth.ask.status.granted')
                              : t('youth.ask.status.awaitingCheck')
                            : t('youth.ask.status.refused')
                          : t(`youth.ask.status.${request.status}`)}
                      </Badge>
                    </Group>
                  </Card>
                </li>
              );
            })}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
