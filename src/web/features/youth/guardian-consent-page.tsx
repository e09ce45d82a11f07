import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  type ConsentDecision,
  type ConsentInvitation,
  type Relationship,
  relationships,
  type Verification,
  youthApi,
} from './youth-api.js';
import { AgeBandBadge } from './youth-parts.js';

/**
 * What a guardian opens from the e-mail (/guardian/consent?token=…&lang=…), no account needed: what
 * Silta is and keeps, then grant or refuse with their name, relationship and a verification method.
 */
export default function GuardianConsentPage() {
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const { t } = useI18n();
  const [invitation, setInvitation] = useState<ConsentInvitation>();
  const [loadError, setLoadError] = useState<{ gone: boolean; text: string }>();
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('youth.guardian.consentTitle'));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` counts tries again.
  useEffect(() => {
    let cancelled = false;
    setLoadError(undefined);
    if (token === '') {
      setLoadError({ gone: true, text: t('youth.guardian.linkMissing') });
      return;
    }
    youthApi
      .invitation(token)
      .then((loaded) => {
        if (!cancelled) setInvitation(loaded);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const gone = error instanceof ApiError && (error.status === 410 || error.status === 404);
        setLoadError({
          gone,
          text: gone ? t('youth.guardian.linkGone') : errorMessage(error, t('common.loadFailed')),
        });
      });
    return () => {
      cancelled = true;
    };
  }, [token, t, attempt]);

  if (loadError) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t('youth.guardian.consentTitle')}</Title>
        {loadError.gone ? (
          <Alert color="yellow" role="alert" data-testid="guardian-link-error">
            {loadError.text}
          </Alert>
        ) : (
          <LoadFailure message={loadError.text} onRetry={() => setAttempt((count) => count + 1)} />
        )}
      </Stack>
    );
  }
  if (invitation === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return <ConsentForm invitation={invitation} token={token} />;
}

function ConsentForm({ invitation, token }: { invitation: ConsentInvitation; token: string }) {
  const { locale, t } = useI18n();
  const [guardianName, setGuardianName] = useState(invitation.guardianName);
  const [relationship, setRelationship] = useState<Relationship | ''>('');
  const [verification, setVerification] = useState<Verification | ''>(
    invitation.verificationRequired ? '' : 'email',
  );
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState<'grant' | 'refuse'>();
  const [outcome, setOutcome] = useState<ConsentDecision>();
  const child = invitation.child.displayName;

  async function decide(decision: 'grant' | 'refuse', event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    if (guardianName.trim() === '') return setProblem(t('youth.guardian.nameMissing'));
    if (relationship === '') return setProblem(t('youth.guardian.relationshipMissing'));
    if (decision === 'grant' && invitation.verificationRequired && verification === '')
      return setProblem(t('youth.guardian.verificationMissing'));
    setBusy(decision);
    try {
      setOutcome(
        await youthApi.decide(token, {
          decision,
          guardianName: guardianName.trim(),
          relationship,
          ...(verification === '' ? {} : { verification }),
        }),
      );
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 410
          ? t('youth.guardian.linkGone')
          : errorMessage(error, t('common.networkError')),
      );
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('youth.guardian.consentTitle')}</Title>
        <Text size="lg">{t('youth.guardian.greeting', { guardian: invitation.guardianName, child })}</Text>
        <Group gap="xs">
          <AgeBandBadge band={invitation.child.ageBand} />
          <Text>{invitation.child.cityName}</Text>
        </Group>
      </Stack>

      <section aria-labelledby="about-heading">
        <Title order={2} size="h3" id="about-heading" mb="xs">
          {t('youth.guardian.aboutHeading')}
        </Title>
        <Text>{invitation.about}</Text>
      </section>

      <section aria-labelledby="kept-heading">
        <Title order={2} size="h3" id="kept-heading" mb="xs">
          {t('youth.guardian.keptHeading')}
        </Title>
        <List spacing="xs">
          {invitation.dataKept.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="law-heading">
        <Title order={2} size="h3" id="law-heading" mb="xs">
          {t('youth.guardian.lawHeading')}
        </Title>
        <Stack gap="xs">
          <Text>
            {t('youth.guardian.lawBody', { city: invitation.child.cityName, age: invitation.consentAge })}
          </Text>
          <Text size="sm">
            {t('youth.guardian.expires', {
              when: formatDateTime(new Date(invitation.expiresAt), locale, browserTimeZone()),
            })}
          </Text>
        </Stack>
      </section>

      {outcome ? (
        <Outcome outcome={outcome} child={child} city={invitation.child.cityName} />
      ) : (
        <Card withBorder padding="lg" component="section" aria-labelledby="decision-heading">
          <form onSubmit={(event) => void decide('grant', event)} noValidate>
            <Stack gap="md">
              <Title order={2} size="h3" id="decision-heading">
                {t('youth.guardian.decisionHeading')}
              </Title>
              <TextInput
                label={t('youth.guardian.yourName')}
                required
                maxLength={100}
                autoComplete="name"
                value={guardianName}
                onChange={(event) => setGuardianName(event.currentTarget.value)}
              />
              <NativeSelect
                label={t('youth.guardian.relationship')}
                required
                value={relationship}
                onChange={(event) => setRelationship(event.currentTarget.value as Relationship | '')}
                data={[
                  { value: '', label: t('youth.guardian.choose') },
                  ...relationships.map((value) => ({
                    value,
                    label: t(`youth.relationship.${value}`),
                  })),
                ]}
              />
              <Radio.Group
                label={t('youth.guardian.verification')}
                description={
                  invitation.verificationRequired
                    ? t('youth.guardian.verificationRequired')
                    : t('youth.guardian.verificationOptional')
                }
                required={invitation.verificationRequired}
                value={verification}
                onChange={(value) => setVerification(value as Verification)}
              >
                <Stack gap="xs" mt="xs">
                  {invitation.verificationMethods.map((method) => (
                    <Radio
                      key={method}
                      value={method}
                      label={t(`youth.verification.${method}`)}
                      description={t(`youth.verification.${method}.help`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Group gap="sm">
                <Button type="submit" loading={busy === 'grant'} disabled={busy !== undefined}>
                  {t('youth.guardian.grant', { child })}
                </Button>
                <Button
                  variant="outline"
                  color="red"
                  c="red.9"
                  loading={busy === 'refuse'}
                  disabled={busy !== undefined}
                  onClick={() => void decide('refuse')}
                >
                  {t('youth.guardian.refuse')}
                </Button>
              </Group>
              <div aria-live="polite">
                {problem && (
                  <Alert color="red" role="alert">
                    {problem}
                  </Alert>
                )}
              </div>
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
}

function Outcome({ outcome, child, city }: { outcome: ConsentDecision; child: string; city: string }) {
  const { t } = useI18n();
  const text =
    outcome.decision === 'refused'
      ? t('youth.guardian.refused', { child })
      : outcome.verified
        ? t('youth.guardian.granted', { child })
        : t('youth.guardian.grantedPending', { child, city });
  return (
    <Alert
      color={outcome.decision === 'granted' ? 'green' : 'gray'}
      role="status"
      title={t('youth.guardian.thanks')}
      data-testid="guardian-outcome"
    >
      <Stack gap="xs">
        <Text>{text}</Text>
        {outcome.decision === 'granted' && <Text size="sm">{t('youth.guardian.viewLinkSent')}</Text>}
      </Stack>
    </Alert>
  );
}
