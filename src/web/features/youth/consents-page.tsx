import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { NoticeAlert, useNotice } from '../../app/notice.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { isCoordinator, type PendingVerification, youthApi } from './youth-api.js';
import { AgeBandBadge, useCityName } from './youth-parts.js';

/**
 * Coordinators record that staff verified a guardian by a signed form or a phone check
 * (/youth/consents): Korea requires a recorded verification method before the child may take part.
 */
export default function ConsentVerificationPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const cityName = useCityName();
  const [pending, setPending] = useState<PendingVerification[]>();
  const [confirming, setConfirming] = useState<string>();
  const { notice, run } = useNotice();
  const [loadError, setLoadError] = useState<string>();
  usePageTitle(t('youth.consents.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setPending((await youthApi.awaitingVerification()).consents);
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    if (isCoordinator(me)) void load();
  }, [load, me]);

  async function verify(item: PendingVerification) {
    const verified = await run(
      () => youthApi.recordVerification(item.consent.id),
      t('youth.consents.verified', { name: item.child.displayName }),
    );
    if (!verified) return;
    setConfirming(undefined);
    await load();
  }

  if (!isCoordinator(me)) return <Alert color="yellow">{t('youth.consents.coordinatorsOnly')}</Alert>;
  const zone = me?.timeZone ?? browserTimeZone();
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('youth.consents.title')}</Title>
        <Text>{t('youth.consents.intro')}</Text>
      </Stack>
      <NoticeAlert notice={notice} />
      {loadError ? (
        <LoadFailure message={loadError} onRetry={() => void load()} />
      ) : pending === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : pending.length === 0 ? (
        <Text>{t('youth.consents.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {pending.map((item) => (
            <li key={item.consent.id}>
              <Card withBorder padding="md" data-testid="pending-consent">
                <Stack gap="xs">
                  <Group gap="xs" wrap="wrap">
                    <Title order={2} size="h4">
                      {item.child.displayName}
                    </Title>
                    {item.child.ageBand && <AgeBandBadge band={item.child.ageBand} />}
                    <Text size="sm">{cityName(item.consent.cityId)}</Text>
                  </Group>
                  <Text>
                    {t('youth.consents.guardian', {
                      name: item.consent.guardianName,
                      email: item.consent.guardianEmail,
                      relationship: t(`youth.relationship.${item.consent.relationship}` as MessageKey),
                    })}
                  </Text>
                  <Text>
                    {t('youth.consents.method', {
                      method: t(`youth.verification.${item.consent.verification}` as MessageKey),
                      when: formatDateTime(new Date(item.consent.decidedAt), locale, zone),
                    })}
                  </Text>
                  {confirming === item.consent.id ? (
                    <Stack gap="xs">
                      <Text fw={600}>{t('youth.consents.confirm', { name: item.consent.guardianName })}</Text>
                      <Group gap="xs">
                        <Button size="sm" onClick={() => void verify(item)}>
                          {t('youth.consents.yes')}
                        </Button>
                        <Button size="sm" variant="default" onClick={() => setConfirming(undefined)}>
                          {t('youth.consents.cancel')}
                        </Button>
                      </Group>
                    </Stack>
                  ) : (
                    <Group>
                      <Button size="sm" onClick={() => setConfirming(item.consent.id)}>
                        {t('youth.consents.record')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
