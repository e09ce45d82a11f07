import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { accountsApi, type CityChangeRequest, type Me } from './accounts-api.js';

/**
 * The person's city and how to change it. The city decides which law protects a person (consent and
 * majority ages, seat quotas), so a move is a request that a coordinator of each city approves.
 */
export function CityChange({ me }: { me: Me }) {
  const { locale, t } = useI18n();
  const { cities, cityById } = usePartnership();
  const [pending, setPending] = useState<CityChangeRequest | null>();
  const others = (cities ?? []).filter((city) => city.id !== me.cityId);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const name = (cityId: string) => cityById(cityId)?.name[locale] ?? cityId;

  useEffect(() => {
    let live = true;
    accountsApi.myCityChange().then(
      (answer) => live && setPending(answer.request),
      () => live && setPending(null),
    );
    return () => {
      live = false;
    };
  }, []);

  async function ask(event: FormEvent) {
    event.preventDefault();
    const cityId = target || others[0]?.id;
    if (cityId === undefined) return;
    setBusy(true);
    setProblem(undefined);
    try {
      setPending(await accountsApi.requestCityChange(cityId, reason.trim()));
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="city-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="city-heading">
          {t('profile.city')}
        </Title>
        <Text data-testid="my-city">{t('profile.cityNow', { city: name(me.cityId) })}</Text>
        <Text size="sm">{t('profile.cityWhy')}</Text>
        {pending ? (
          <Alert color="blue" role="status" data-testid="city-change-pending">
            {t('profile.cityPending', { city: name(pending.toCityId) })}
          </Alert>
        ) : (
          others.length > 0 && (
            <form onSubmit={ask} noValidate>
              <Stack gap="sm">
                <NativeSelect
                  label={t('profile.cityMoveTo')}
                  value={target || others[0]?.id}
                  onChange={(event) => setTarget(event.currentTarget.value)}
                  data={others.map((city) => ({ value: city.id, label: city.name[locale] }))}
                />
                <Textarea
                  label={t('profile.cityReason')}
                  maxLength={1000}
                  autosize
                  minRows={2}
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                />
                <Group>
                  <Button type="submit" variant="default" loading={busy}>
                    {t('profile.cityAsk')}
                  </Button>
                </Group>
                {problem && (
                  <Alert color="red" role="alert">
                    {problem}
                  </Alert>
                )}
              </Stack>
            </form>
          )
        )}
      </Stack>
    </section>
  );
}
