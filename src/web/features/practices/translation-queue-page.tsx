import { Anchor, Button, Card, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { useLabels } from './practice-parts.js';
import { mayModerate, practicesApi, type QueueItem, type TranslationQueue } from './practices-api.js';
import { TranslatorsPanel, translatorsAnchor } from './translators-panel.js';

const fieldKeys: Record<string, MessageKey> = {
  title: 'practices.queue.field.title',
  summary: 'practices.queue.field.summary',
  body: 'practices.queue.field.body',
};

/** One practice's fields that wait for a translation into the chosen language. */
interface QueueEntry {
  subjectId: string;
  label: string;
  originalLanguage: Locale;
  cityId: string | null;
  fields: QueueItem[];
}

function entriesOf(items: QueueItem[]): QueueEntry[] {
  const entries = new Map<string, QueueEntry>();
  for (const item of items) {
    if (item.subjectType !== 'practice') continue;
    const entry = entries.get(item.subjectId) ?? {
      subjectId: item.subjectId,
      label: item.label,
      originalLanguage: item.originalLanguage,
      cityId: item.cityId,
      fields: [],
    };
    entry.fields.push(item);
    entries.set(item.subjectId, entry);
  }
  const order = Object.keys(fieldKeys);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  for (const entry of entries.values()) entry.fields.sort((a, b) => rank(a.field) - rank(b.field));
  return [...entries.values()];
}

/** The translation queue per language: practices whose texts are missing, machine-only or outdated there. */
export default function TranslationQueuePage() {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang');
  const language: Locale = isLocale(requested) ? requested : locale;
  const [queue, setQueue] = useState<TranslationQueue>();
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('practices.queue.title'));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` counts tries again.
  useEffect(() => {
    if (!me) return;
    let cancelled = false;
    setQueue(undefined);
    setLoadError(undefined);
    practicesApi
      .queue(language)
      .then((loaded) => {
        if (!cancelled) setQueue(loaded);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error, t('common.loadFailed')));
      });
    return () => {
      cancelled = true;
    };
  }, [me, language, t, attempt]);

  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;

  const entries = entriesOf(queue?.items ?? []);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/practices" size="sm">
        {t('practices.backToLibrary')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('practices.queue.title')}</Title>
        <Text>{t('practices.queue.intro')}</Text>
      </Stack>
      {me === null ? (
        <Anchor component={Link} to="/sign-in">
          {t('practices.queue.signIn')}
        </Anchor>
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('practices.queue.language')}
              value={language}
              onChange={(event) => setParams({ lang: event.currentTarget.value }, { replace: true })}
              data={locales.map((code) => ({ value: code, label: languageName(code, locale) }))}
            />
            {queue && (
              <Text role="status" data-testid="queue-count">
                {queue.total === 0
                  ? t('practices.queue.empty')
                  : t('practices.queue.count', { total: queue.total })}
              </Text>
            )}
            {/* The translators' panel comes after a long queue: coordinators jump to it. */}
            {mayModerate(me) && (
              <Anchor href={`#${translatorsAnchor}`}>{t('practices.translators.heading')}</Anchor>
            )}
          </Group>
          {loadError && <LoadFailure message={loadError} onRetry={() => setAttempt((count) => count + 1)} />}
          {queue === undefined && !loadError && <Loader role="status" aria-label={t('common.loading')} />}
          {entries.length > 0 && (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {entries.map((entry) => (
                <li key={entry.subjectId}>
                  <Card withBorder padding="md" data-testid="queue-entry">
                    <Group justify="space-between" align="center" wrap="wrap" gap="sm">
                      <Stack gap={4}>
                        <Anchor
                          component={Link}
                          to={`/practices/${entry.subjectId}`}
                          fw={700}
                          lang={entry.originalLanguage}
                        >
                          {entry.label}
                        </Anchor>
                        <Text size="sm">
                          {entry.fields
                            .map((item) =>
                              t('practices.queue.fieldState', {
                                field: t(fieldKeys[item.field] ?? 'practices.queue.field.body'),
                                state: t(`practices.state.${item.state}`),
                              }),
                            )
                            .join(' · ')}
                        </Text>
                        <Text size="sm" c="gray.8">
                          {[
                            t('practices.queue.fromLanguage', {
                              language: languageName(entry.originalLanguage, locale),
                            }),
                            labels.city(entry.cityId),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Stack>
                      <Button
                        component={Link}
                        to={`/practices/${entry.subjectId}/translate/${language}`}
                        variant="default"
                        // The visible word alone would repeat on every row; the name says which practice.
                        aria-label={`${t('practices.queue.translate')}: ${entry.label}`}
                      >
                        {t('practices.queue.translate')}
                      </Button>
                    </Group>
                  </Card>
                </li>
              ))}
            </Stack>
          )}
          {mayModerate(me) && <TranslatorsPanel />}
        </>
      )}
    </Stack>
  );
}
