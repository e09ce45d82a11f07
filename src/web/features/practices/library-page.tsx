import { Anchor, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { Highlighted, ProvenanceBadges, useLabels } from './practice-parts.js';
import { mayModerate, type PracticeHit, type PracticeResults, practicesApi } from './practices-api.js';

/** How long typing pauses before the search runs: fast enough to feel instant, slow enough to spare the server. */
const typingPauseMs = 200;
const pageSize = 30;

/** The library: instant search in any language, topic and city filters, highlighted snippets. */
export default function LibraryPage() {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { partnership, cities } = usePartnership();
  const [params, setParams] = useSearchParams();
  const topic = params.get('topic') ?? '';
  const city = params.get('city') ?? '';
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), typingPauseMs);
  // `exhausted`: a page came back short, so there is nothing more (the total may be a lower bound).
  const [results, setResults] = useState<PracticeResults & { query: string; exhausted?: boolean }>();
  // `more`: the failure was of "show more", so trying again asks for the next page, not the search.
  const [loadError, setLoadError] = useState<{ text: string; more: boolean }>();
  const [searches, setSearches] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  usePageTitle(t('practices.title'));

  /**
   * Changes the address from what it is now, not from what this render saw: setParams' own
   * function form starts from the render's copy, so a city chosen right after a topic dropped the
   * topic (and the query's sync put an old address back).
   */
  const editParams = useCallback(
    (edit: (next: URLSearchParams) => void, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(window.location.search);
      edit(next);
      setParams(next, options);
    },
    [setParams],
  );

  // The query lives in the address too, so a search can be shared and survives going back.
  useEffect(() => {
    if ((new URLSearchParams(window.location.search).get('q') ?? '') === q) return;
    editParams(
      (next) => {
        if (q === '') next.delete('q');
        else next.set('q', q);
      },
      { replace: true },
    );
  }, [q, editParams]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: locale re-runs the search, whose texts are in the UI language; `searches` counts tries again.
  useEffect(() => {
    const request = ++latest.current;
    setLoadError(undefined);
    practicesApi
      .search({ q, topic, city, limit: pageSize })
      .then((found) => {
        if (request === latest.current)
          setResults({ ...found, query: q, exhausted: found.items.length < pageSize });
      })
      .catch((error: unknown) => {
        if (request === latest.current)
          setLoadError({ text: errorMessage(error, t('common.loadFailed')), more: false });
      });
  }, [q, topic, city, locale, t, searches]);

  /** The next page of the same search, appended; dropped if the search changed meanwhile. */
  async function showMore() {
    if (results === undefined) return;
    const request = latest.current;
    setLoadingMore(true);
    setLoadError(undefined);
    try {
      const more = await practicesApi.search({
        q,
        topic,
        city,
        limit: pageSize,
        offset: results.items.length,
      });
      if (request !== latest.current) return;
      setResults((current) =>
        current === undefined
          ? current
          : {
              ...current,
              total: more.total,
              totalIsLowerBound: more.totalIsLowerBound,
              exhausted: more.items.length < pageSize,
              items: [
                ...current.items,
                ...more.items.filter((hit) => !current.items.some((shown) => shown.id === hit.id)),
              ],
            },
      );
    } catch (error) {
      if (request === latest.current)
        setLoadError({ text: errorMessage(error, t('common.loadFailed')), more: true });
    } finally {
      setLoadingMore(false);
    }
  }

  function change(name: 'topic' | 'city', value: string) {
    editParams((next) => {
      if (value === '') next.delete(name);
      else next.set(name, value);
    });
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('practices.title')}</Title>
          <Text>{t('practices.intro')}</Text>
        </Stack>
        <Group gap="sm">
          {me && (
            <Button component={Link} to="/practices/translations" variant="default">
              {t('practices.queueLink')}
            </Button>
          )}
          {mayModerate(me) && (
            <Button component={Link} to="/practices/moderation" variant="default">
              {t('practices.moderationLink')}
            </Button>
          )}
          {me && (
            <Button component={Link} to="/practices/new">
              {t('practices.propose')}
            </Button>
          )}
        </Group>
      </Group>

      <Group gap="md" align="flex-start" wrap="wrap" role="search" aria-label={t('practices.filters')}>
        <TextInput
          type="search"
          label={t('practices.search')}
          description={t('practices.searchHelp')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 22rem' }}
          data-testid="practice-search"
          autoComplete="off"
        />
        <NativeSelect
          label={t('practices.topic')}
          value={topic}
          onChange={(event) => change('topic', event.currentTarget.value)}
          data={[
            { value: '', label: t('practices.allTopics') },
            ...(partnership?.topics ?? []).map((item) => ({ value: item.id, label: item.label[locale] })),
          ]}
        />
        <NativeSelect
          label={t('practices.city')}
          value={city}
          onChange={(event) => change('city', event.currentTarget.value)}
          data={[
            { value: '', label: t('practices.allCities') },
            ...(cities ?? []).map((item) => ({ value: item.id, label: item.name[locale] })),
          ]}
        />
      </Group>

      {results !== undefined && topic === '' && (results.suggestedTopics ?? []).length > 0 && (
        <Group gap="sm" align="center" wrap="wrap" data-testid="topic-suggestions">
          <Text>{t('practices.topicSuggestion')}</Text>
          {(results.suggestedTopics ?? []).map((id) => (
            <Button key={id} variant="light" mih={44} onClick={() => change('topic', id)}>
              {partnership?.topics.find((item) => item.id === id)?.label[locale] ?? id}
            </Button>
          ))}
        </Group>
      )}

      <section aria-labelledby="results-heading" data-query={results?.query}>
        <Group justify="space-between" align="baseline" mb="sm" wrap="wrap">
          <Title order={2} size="h3" id="results-heading">
            {t('practices.results')}
          </Title>
          {/* Announced to screen readers as the results change under the typing. */}
          <Text role="status" aria-live="polite" data-testid="result-count">
            {results === undefined
              ? loadError === undefined && t('common.loading')
              : results.total === 0
                ? t('practices.none')
                : results.totalIsLowerBound === true
                  ? t('practices.foundAtLeast', { total: results.total })
                  : t('practices.found', { total: results.total })}
          </Text>
        </Group>
        {loadError && (
          <LoadFailure
            message={loadError.text}
            onRetry={loadError.more ? () => void showMore() : () => setSearches((count) => count + 1)}
          />
        )}
        {results !== undefined && results.items.length > 0 && (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {results.items.map((hit) => (
              <li key={hit.id}>
                <PracticeCard hit={hit} />
              </li>
            ))}
          </Stack>
        )}
        {results !== undefined &&
          !results.exhausted &&
          // Beyond 1,000 matches the total is a lower bound: keep offering more until a page is short.
          (results.total > results.items.length || results.totalIsLowerBound === true) && (
            <Group mt="sm" gap="md" align="center">
              <Text size="sm">{t('practices.showingSome', { shown: results.items.length })}</Text>
              <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
                {t('practices.showMore')}
              </Button>
            </Group>
          )}
      </section>
    </Stack>
  );
}

function PracticeCard({ hit }: { hit: PracticeHit }) {
  const { locale, t } = useI18n();
  const labels = useLabels();
  const foreign = hit.title.language !== locale;
  return (
    <Card withBorder padding="md" data-testid="practice-hit">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/practices/${hit.id}`} fw={700} fz="lg" lang={hit.title.language}>
            {hit.title.text}
          </Anchor>
          <ProvenanceBadges text={hit.title} />
        </Group>
        {hit.highlights.length > 0 && (
          <Text data-testid="practice-snippet">
            <Highlighted segments={hit.highlights} />
          </Text>
        )}
        <Text size="sm" c="gray.8">
          {[
            labels.city(hit.cityId),
            ...hit.topics.map(labels.topic),
            ...(foreign
              ? [t('practices.hitLanguage', { language: languageName(hit.title.language, locale) })]
              : []),
          ].join(' · ')}
        </Text>
      </Stack>
    </Card>
  );
}
