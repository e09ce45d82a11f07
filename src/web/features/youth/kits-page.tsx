import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { type KitItem, youthApi } from './youth-api.js';

/** Whether the browser has a speech voice for a language (voices load late in Chromium). */
function useHasVoice(language: string): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const check = () =>
      setHas(
        window.speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(language)),
      );
    check();
    window.speechSynthesis.addEventListener('voiceschanged', check);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', check);
  }, [language]);
  return has;
}

/** Culture kits (/youth/kits): Korean phrase cards with Hangul and romanization, and culture notes. */
export default function KitsPage() {
  const { t } = useI18n();
  const [items, setItems] = useState<KitItem[]>();
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const koreanVoice = useHasVoice('ko');
  usePageTitle(t('youth.kits.title'));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` counts tries again.
  useEffect(() => {
    let cancelled = false;
    setLoadError(undefined);
    youthApi
      .kits()
      .then(({ items: loaded }) => {
        if (!cancelled) setItems(loaded);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error, t('common.loadFailed')));
      });
    return () => {
      cancelled = true;
    };
  }, [t, attempt]);

  async function toggle(item: KitItem) {
    await youthApi.markLearned(item.id, !item.learned);
    setItems((list) => list?.map((i) => (i.id === item.id ? { ...i, learned: !item.learned } : i)));
  }

  if (loadError) return <LoadFailure message={loadError} onRetry={() => setAttempt((count) => count + 1)} />;
  if (items === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  const phrases = items.filter((i) => i.kind === 'phrase');
  const notes = items.filter((i) => i.kind === 'note');
  const learned = phrases.filter((i) => i.learned).length;

  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('youth.kits.title')}</Title>
        <Text>{t('youth.kits.intro')}</Text>
        <Text fw={600} aria-live="polite" data-testid="learned-count">
          {t('youth.kits.learnedCount', { learned, total: phrases.length })}
        </Text>
      </Stack>
      <section aria-labelledby="phrases-heading">
        <Title order={2} size="h3" id="phrases-heading" mb="sm">
          {t('youth.kits.phrases')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {phrases.map((item) => (
            <Card key={item.id} withBorder padding="md" data-testid="phrase-card">
              <Stack gap={6}>
                <Text size="xl" fw={700} lang="ko">
                  {item.hangul}
                </Text>
                {item.romanization && (
                  <Text c="gray.8" lang="ko-Latn">
                    {item.romanization}
                  </Text>
                )}
                <Text lang={item.display.language}>{item.display.title}</Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant={item.learned ? 'filled' : 'default'}
                    color={item.learned ? 'teal.9' : undefined}
                    aria-pressed={item.learned}
                    onClick={() => void toggle(item)}
                  >
                    {item.learned ? t('youth.kits.learned') : t('youth.kits.markLearned')}
                  </Button>
                  {koreanVoice && item.hangul && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('youth.kits.listenTo', { phrase: item.display.title })}
                      onClick={() => {
                        const utterance = new SpeechSynthesisUtterance(item.hangul ?? '');
                        utterance.lang = 'ko-KR';
                        window.speechSynthesis.speak(utterance);
                      }}
                    >
                      {t('youth.kits.listen')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="notes-heading">
        <Title order={2} size="h3" id="notes-heading" mb="sm">
          {t('youth.kits.notes')}
        </Title>
        <Stack gap="md" maw={820}>
          {notes.map((item) => (
            <Card key={item.id} withBorder padding="md" lang={item.display.language}>
              <Stack gap={6}>
                <Group gap="xs">
                  <Title order={3} size="h4">
                    {item.display.title}
                  </Title>
                  {item.display.source === 'machine' && (
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('youth.kits.machine')}
                    </Badge>
                  )}
                </Group>
                <Text>{item.display.body}</Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
