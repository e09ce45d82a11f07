import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi, latencyClasses } from './esports-api.js';
import { formatFigure } from './esports-parts.js';

/**
 * What a cross-city match of a game should do about the round trip: the figures between the first
 * two partnership cities (distance, the physical floor in fibre, the typical range) and the advice
 * with its reasoning. Without a game, the advice for every latency class.
 */
export function LatencyAdvice({ gameId }: { gameId?: string }) {
  const { locale, t } = useI18n();
  const { cities } = usePartnership();
  const [from, to] = [cities?.[0]?.id, cities?.[1]?.id];
  // The locale re-asks for the translated explanation.
  const {
    value: latency,
    error: loadError,
    retry,
  } = usePageLoad(
    async () => (from === undefined || to === undefined ? undefined : esportsApi.latency(from, to, gameId)),
    [from, to, gameId, locale],
  );

  if (loadError) return <LoadFailure message={loadError} onRetry={retry} />;
  if (latency === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  const n = (value: number) => formatFigure(value, locale);
  const range = ([low, high]: [number, number]) =>
    t('esports.latency.msRange', { low: n(low), high: n(high) });
  const figures = (
    <dl className="latency-figures" data-testid="latency-figures">
      <dt>{t('esports.latency.distance')}</dt>
      <dd>{t('esports.latency.km', { km: n(latency.distanceKm) })}</dd>
      <dt>{t('esports.latency.floor')}</dt>
      <dd>{t('esports.latency.ms', { ms: n(latency.minRttMs) })}</dd>
      <dt>{t('esports.latency.typical')}</dt>
      <dd>{range(latency.typicalRttMs)}</dd>
    </dl>
  );

  if (latency.game) {
    const advice = latency.game.advice;
    return (
      <Stack gap="xs" data-testid="latency-advice">
        {figures}
        <Text fw={700} data-testid="latency-verdict">
          {t(`esports.advice.${advice.code}`)}
        </Text>
        <Text data-testid="latency-explanation">{advice.explanation}</Text>
        <Text size="sm" c="gray.8">
          {t(`esports.latencyClass.${latency.game.latencyClass}`)}
          {advice.toleratedRttMs !== null &&
            ` · ${t('esports.latency.tolerates', { ms: n(advice.toleratedRttMs) })}`}
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="sm" data-testid="latency-advice">
      {figures}
      <Table>
        <caption className="visually-hidden">{t('esports.latency.byClass')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esports.latency.class')}</Table.Th>
            <Table.Th scope="col">{t('esports.latency.advice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {latencyClasses.map((latencyClass) => (
            <Table.Tr key={latencyClass}>
              <Table.Th scope="row">{t(`esports.latencyClass.${latencyClass}`)}</Table.Th>
              <Table.Td>
                <Title order={4} size="h5">
                  {t(`esports.advice.${latency.advice[latencyClass].code}`)}
                </Title>
                <Text size="sm">{latency.advice[latencyClass].explanation}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
