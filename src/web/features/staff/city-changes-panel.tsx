import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { accountsApi, type CityChangeRequest, type RoleGrant } from '../accounts/accounts-api.js';
import { usePartnership } from '../partnership/partnership-context.js';

/**
 * Moves between cities waiting for the coordinator's city (or any city, for admin). A move changes
 * which law protects the person, so it takes effect only when each city has approved.
 */
export function CityChangesPanel({ roles }: { roles: readonly RoleGrant[] }) {
  const { locale, t } = useI18n();
  const { cityById } = usePartnership();
  const [requests, setRequests] = useState<CityChangeRequest[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState<string>();
  const name = (cityId: string) => cityById(cityId)?.name[locale] ?? cityId;
  const mine = (cityId: string) =>
    roles.some((g) => g.role === 'admin' || (g.role === 'coordinator' && g.cityId === cityId));

  const load = useCallback(() => {
    accountsApi.cityChanges().then(
      (answer) => setRequests(answer.requests),
      (error: unknown) => setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) }),
    );
  }, [t]);
  useEffect(load, [load]);

  async function decide(request: CityChangeRequest, decision: 'approve' | 'refuse') {
    setBusy(request.id);
    setNotice(undefined);
    try {
      if (decision === 'approve') await accountsApi.approveCityChange(request.id);
      else await accountsApi.refuseCityChange(request.id);
      setNotice({
        ok: true,
        text: t(decision === 'approve' ? 'staff.cityChangeApproved' : 'staff.cityChangeRefused'),
      });
      load();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="city-changes-heading">
      <Title order={2} id="city-changes-heading" mb="xs">
        {t('staff.cityChanges')}
      </Title>
      <Stack gap="sm">
        {requests.length === 0 && <Text>{t('staff.cityChangesNone')}</Text>}
        {requests.map((request) => {
          const waiting = [
            ...(request.fromApprovedAt === null ? [request.fromCityId] : []),
            ...(request.toApprovedAt === null ? [request.toCityId] : []),
          ];
          const canApprove = waiting.some(mine);
          return (
            <Card key={request.id} withBorder data-testid="city-change">
              <Stack gap="xs">
                <Text fw={600}>
                  {t('staff.cityChangeRow', {
                    name: request.displayName,
                    from: name(request.fromCityId),
                    to: name(request.toCityId),
                  })}
                </Text>
                {request.reason && <Text size="sm">{request.reason}</Text>}
                <Text size="sm">
                  {t('staff.cityChangeWaiting', { cities: waiting.map(name).join(', ') })}
                </Text>
                <Group>
                  {canApprove && (
                    <Button loading={busy === request.id} onClick={() => void decide(request, 'approve')}>
                      {t('staff.cityChangeApprove', { name: request.displayName })}
                    </Button>
                  )}
                  <Button
                    variant="default"
                    disabled={busy === request.id}
                    onClick={() => void decide(request, 'refuse')}
                  >
                    {t('staff.cityChangeRefuse', { name: request.displayName })}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          )}
        </div>
      </Stack>
    </section>
  );
}
