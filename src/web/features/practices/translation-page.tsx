import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { PracticeBody } from './practice-body.js';
import { type Practice, practicesApi, type TranslationInput } from './practices-api.js';

/** The original and a person's translation side by side (`/practices/:id/translate/:lang`). */
export default function TranslationPage() {
  const { id = '', lang = '' } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const [original, setOriginal] = useState<Practice>();
  const [loadError, setLoadError] = useState<string>();
  usePageTitle(t('practices.translate.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      const practice = await practicesApi.get(id);
      setOriginal(
        practice.title.language === practice.originalLanguage &&
          practice.body.language === practice.originalLanguage
          ? practice
          : await practicesApi.get(id, practice.originalLanguage),
      );
    } catch (error) {
      setLoadError(
        error instanceof ApiError && error.status === 404
          ? t('practices.notFound')
          : errorMessage(error, t('common.loadFailed')),
      );
    }
  }, [id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (me === null) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('practices.translate.title')}</Title>
        <Anchor component={Link} to="/sign-in">
          {t('practices.queue.signIn')}
        </Anchor>
      </Stack>
    );
  }
  if (loadError) return <LoadFailure message={loadError} onRetry={() => void load()} />;
  if (original === undefined || me === undefined)
    return <Loader role="status" aria-label={t('common.loading')} />;
  const language = isLocale(lang) ? lang : undefined;
  return <TranslationDesk key={`${language}-${original.version}`} original={original} language={language} />;
}

function TranslationDesk({ original, language }: { original: Practice; language: Locale | undefined }) {
  const { locale, t } = useI18n();
  const navigate = useNavigate();
  const [written, setWritten] = useState(original.written);
  const [state, setState] = useState(language === undefined ? undefined : original.translations[language]);
  const [draft, setDraft] = useState<Required<TranslationInput>>({
    title: language === undefined ? '' : (original.written.title[language] ?? ''),
    summary: language === undefined ? '' : (original.written.summary[language] ?? ''),
    body: language === undefined ? '' : (original.written.body[language] ?? ''),
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const isOriginal = language === original.originalLanguage;
  const originalName = languageName(original.originalLanguage, locale);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (language === undefined || isOriginal) return;
    setOutcome(undefined);
    // Send only what changed, so an untouched field keeps its state (e.g. an outdated body stays so).
    const changes: TranslationInput = {};
    for (const field of ['title', 'summary', 'body'] as const) {
      const text = draft[field].trim();
      if (text !== '' && text !== (written[field][language] ?? '')) changes[field] = text;
    }
    if (Object.keys(changes).length === 0) {
      setOutcome({ ok: false, text: t('practices.translate.empty') });
      return;
    }
    setBusy(true);
    try {
      const saved = await practicesApi.translate(original.id, language, changes);
      setWritten(saved.written);
      setState(saved.translations[language]);
      setOutcome({ ok: true, text: t('practices.translate.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/practices/${original.id}`} size="sm" lang={original.originalLanguage}>
        ← {original.title.text}
      </Anchor>
      <Title order={1}>{t('practices.translate.title')}</Title>
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('practices.translate.language')}
          value={language ?? ''}
          onChange={(event) =>
            void navigate(`/practices/${original.id}/translate/${event.currentTarget.value}`)
          }
          data={[
            ...(language === undefined ? [{ value: '', label: '—' }] : []),
            ...locales
              .filter((code) => code !== original.originalLanguage)
              .map((code) => ({ value: code, label: languageName(code, locale) })),
          ]}
        />
        {state !== undefined && !isOriginal && (
          <Text data-testid="translation-state">
            {t('practices.translate.current', { state: t(`practices.state.${state}`) })}
          </Text>
        )}
      </Group>
      {isOriginal && <Alert color="blue">{t('practices.translate.isOriginal')}</Alert>}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="original-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="original-heading">
              {t('practices.translate.original', { language: originalName })}
            </Title>
            <Text fw={700} lang={original.originalLanguage}>
              {original.title.text}
            </Text>
            <Text lang={original.originalLanguage}>{original.summary.text}</Text>
            <PracticeBody html={original.body.html} language={original.originalLanguage} />
          </Stack>
        </Paper>

        {language !== undefined && !isOriginal && (
          <Paper withBorder p="md" component="section" aria-labelledby="translation-heading">
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Stack gap="sm">
                <Title order={2} size="h4" id="translation-heading">
                  {t('practices.translate.yours', { language: languageName(language, locale) })}
                </Title>
                <TextInput
                  label={t('practices.editor.title')}
                  lang={language}
                  value={draft.title}
                  maxLength={200}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((current) => ({ ...current, title: value }));
                  }}
                />
                <Textarea
                  label={t('practices.editor.summary')}
                  lang={language}
                  value={draft.summary}
                  maxLength={1000}
                  autosize
                  minRows={2}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((current) => ({ ...current, summary: value }));
                  }}
                />
                <Textarea
                  label={t('practices.editor.body')}
                  description={t('practices.editor.bodyHelp')}
                  lang={language}
                  value={draft.body}
                  maxLength={20_000}
                  autosize
                  minRows={10}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((current) => ({ ...current, body: value }));
                  }}
                />
                {outcome && (
                  <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
                    {outcome.text}
                  </Alert>
                )}
                <Group>
                  <Button type="submit" loading={busy}>
                    {t('practices.translate.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </SimpleGrid>
    </Stack>
  );
}
