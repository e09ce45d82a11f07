import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { type GuardianView, youthApi } from './youth-api.js';
import { AgeBandBadge, LearningList, useCityName, useInterestName, useLanguageName } from './youth-parts.js';

/**
 * A guardian's own page (/guardian?token=…), no account needed: the consent they gave, what their
 * child shows in the exchange, the circles the child joins, and withdrawal, which stops participation at once.
 */
export default function GuardianPage() {
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const { t } = useI18n();
  const [view, setView] = useState<GuardianView>();
  const [loadError, setLoadError] = useState<{ gone: boolean; text: string }>();
  usePageTitle(t('youth.guardianView.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    if (token === '') return setLoadError({ gone: true, text: t('youth.guardian.linkMissing') });
    try {
      setView(await youthApi.guardianView(token));
    } catch (error) {
      const gone = error instanceof ApiError && (error.status === 404 || error.status === 410);
      setLoadError({
        gone,
        text: gone ? t('youth.guardian.linkGone') : errorMessage(error, t('common.loadFailed')),
      });
    }
  }, [token, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t('youth.guardianView.title')}</Title>
        {loadError.gone ? (
          <Alert color="yellow" role="alert">
            {loadError.text}
          </Alert>
        ) : (
          <LoadFailure message={loadError.text} onRetry={() => void load()} />
        )}
      </Stack>
    );
  }
  if (view === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  // The link stops working once consent is withdrawn, so the page shows the new state itself.
  const withdrawn = () =>
    setView({ ...view, circles: [], consent: { ...view.consent, withdrawnAt: new Date().toISOString() } });
  return <GuardianOverview view={view} token={token} onWithdrawn={withdrawn} />;
}

function GuardianOverview({
  view,
  token,
  onWithdrawn,
}: {
  view: GuardianView;
  token: string;
  onWithdrawn: () => void;
}) {
  const { locale, t } = useI18n();
  const cityName = useCityName();
  const languageName = useLanguageName();
  const interestName = useInterestName();
  const child = view.child.displayName;
  const { consent, profile } = view;
  const withdrawn = consent.withdrawnAt !== null;
  const when = (iso: string) => formatDateTime(new Date(iso), locale, browserTimeZone());

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('youth.guardianView.title')}</Title>
        <Text size="lg">{t('youth.guardianView.intro', { child })}</Text>
        <Group gap="xs">
          <AgeBandBadge band={view.child.ageBand} />
          <Text>{cityName(view.child.cityId)}</Text>
        </Group>
      </Stack>

      <section aria-labelledby="consent-heading">
        <Title order={2} size="h3" id="consent-heading" mb="xs">
          {t('youth.guardianView.consentHeading')}
        </Title>
        <Card withBorder padding="md">
          <Stack gap={4}>
            <Group gap="xs">
              <Badge
                variant="outline"
                tt="none"
                size="lg"
                color={withdrawn ? 'red.9' : consent.decision === 'granted' ? 'teal.9' : 'gray.8'}
                data-testid="consent-state"
              >
                {withdrawn
                  ? t('youth.guardianView.withdrawn')
                  : consent.decision === 'granted'
                    ? consent.verified
                      ? t('youth.guardianView.granted')
                      : t('youth.guardianView.awaitingCheck')
                    : t('youth.guardianView.refused')}
              </Badge>
            </Group>
            <Text>
              {t('youth.guardianView.decidedBy', {
                name: consent.guardianName,
                relationship: t(`youth.relationship.${consent.relationship}` as MessageKey),
                when: when(consent.decidedAt),
              })}
            </Text>
            <Text size="sm">
              {t('youth.guardianView.verifiedBy', {
                method: t(`youth.verification.${consent.verification}` as MessageKey),
              })}
            </Text>
            {consent.withdrawnAt !== null && (
              <Text size="sm">
                {t('youth.guardianView.withdrawnAt', { when: when(consent.withdrawnAt) })}
              </Text>
            )}
          </Stack>
        </Card>
      </section>

      <section aria-labelledby="child-profile-heading">
        <Title order={2} size="h3" id="child-profile-heading" mb="xs">
          {t('youth.guardianView.profileHeading', { child })}
        </Title>
        {profile === null ? (
          <Text>{t('youth.guardianView.noProfile')}</Text>
        ) : (
          <Stack gap="xs">
            <Text>
              {t('youth.profile.nativeShort', {
                languages: profile.nativeLanguages.map(languageName).join(', '),
              })}
            </Text>
            <LearningList learning={profile.learning} />
            <Text>
              {t('youth.profile.interestsShort', {
                interests: profile.interests.map(interestName).join(', ') || '–',
              })}
            </Text>
          </Stack>
        )}
      </section>

      <section aria-labelledby="child-circles-heading">
        <Title order={2} size="h3" id="child-circles-heading" mb="xs">
          {t('youth.guardianView.circlesHeading')}
        </Title>
        {view.circles.length === 0 ? (
          <Text>{t('youth.guardianView.noCircles', { child })}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {view.circles.map((circle) => (
              <li key={circle.id}>
                <Card withBorder padding="md">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <AgeBandBadge band={circle.ageBand} />
                      <Text fw={600}>{t('youth.circle.memberCount', { count: circle.memberCount })}</Text>
                    </Group>
                    <Text size="sm">{t('youth.guardianView.joined', { when: when(circle.joinedAt) })}</Text>
                    <Text size="sm">
                      {t('youth.guardianView.facilitators', {
                        names: circle.facilitators
                          .map((f) => `${f.displayName} (${cityName(f.cityId)})`)
                          .join(', '),
                      })}
                    </Text>
                  </Stack>
                </Card>
              </li>
            ))}
          </Stack>
        )}
        <Text size="sm" mt="xs">
          {t('youth.guardianView.safety')}
        </Text>
      </section>

      {withdrawn && (
        <Alert color="gray" role="status">
          {t('youth.guardianView.withdrawnNotice', { child })}
        </Alert>
      )}
      {!withdrawn && consent.decision === 'granted' && (
        <Withdraw child={child} token={token} onWithdrawn={onWithdrawn} />
      )}
    </Stack>
  );
}

function Withdraw({ child, token, onWithdrawn }: { child: string; token: string; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function withdraw() {
    setBusy(true);
    setProblem(undefined);
    try {
      await youthApi.withdraw(token);
      onWithdrawn();
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="withdraw-heading">
      <Title order={2} size="h3" id="withdraw-heading" mb="xs">
        {t('youth.guardianView.withdrawHeading')}
      </Title>
      <Stack gap="sm">
        <Text>{t('youth.guardianView.withdrawBody', { child })}</Text>
        {confirming ? (
          <Alert color="red" title={t('youth.guardianView.confirmTitle')}>
            <Stack gap="sm">
              <Text>{t('youth.guardianView.confirmBody', { child })}</Text>
              <Group gap="sm">
                <Button ref={confirmButton} color="red.9" loading={busy} onClick={() => void withdraw()}>
                  {t('youth.guardianView.confirmWithdraw')}
                </Button>
                <Button variant="default" disabled={busy} onClick={() => setConfirming(false)}>
                  {t('youth.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Group>
            <Button variant="outline" color="red" c="red.9" onClick={() => setConfirming(true)}>
              {t('youth.guardianView.withdraw')}
            </Button>
          </Group>
        )}
        <div aria-live="polite">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
        </div>
      </Stack>
    </section>
  );
}
