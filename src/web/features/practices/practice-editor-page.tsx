import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
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
import type { Me } from '../accounts/accounts-api.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { useLabels } from './practice-parts.js';
import { mayEdit, mayModerate, type Practice, practicesApi } from './practices-api.js';

interface Draft {
  originalLanguage: Locale;
  cityId: string;
  topics: string[];
  title: string;
  summary: string;
  body: string;
}

/** Propose a practice (`/practices/new`) or edit one (`/practices/:id/edit`) in its original language. */
export default function PracticeEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t(id === undefined ? 'practices.editor.newTitle' : 'practices.editor.editTitle'));
  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (me === null) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('practices.editor.newTitle')}</Title>
        <Text>
          <Anchor component={Link} to="/sign-in">
            {t('practices.editor.signIn')}
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return id === undefined ? <NewPractice me={me} /> : <EditPractice id={id} me={me} />;
}

function NewPractice({ me }: { me: Me }) {
  const { locale } = useI18n();
  const navigate = useNavigate();
  const initial: Draft = {
    originalLanguage: locale,
    cityId: me.cityId,
    topics: [],
    title: '',
    summary: '',
    body: '',
  };
  return (
    <PracticeForm
      me={me}
      initial={initial}
      save={async (draft) => {
        const created = await practicesApi.create({
          originalLanguage: draft.originalLanguage,
          cityId: draft.cityId,
          topics: draft.topics,
          title: { [draft.originalLanguage]: draft.title },
          summary: { [draft.originalLanguage]: draft.summary },
          body: { [draft.originalLanguage]: draft.body },
        });
        await navigate(`/practices/${created.id}`);
      }}
    />
  );
}

function EditPractice({ id, me }: { id: string; me: Me }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [practice, setPractice] = useState<Practice>();
  const [loadError, setLoadError] = useState<string>();

  const load = useCallback(async () => {
    setLoadError(undefined);
    setPractice(undefined);
    try {
      setPractice(await practicesApi.get(id));
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

  if (loadError) return <LoadFailure message={loadError} onRetry={() => void load()} />;
  if (practice === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!mayEdit(me, practice)) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('practices.editor.editTitle')}</Title>
        <Alert color="blue">{t('practices.editor.noAccess')}</Alert>
      </Stack>
    );
  }
  const original = practice.originalLanguage;
  return (
    <PracticeForm
      key={practice.version}
      me={me}
      editing={practice}
      initial={{
        originalLanguage: original,
        cityId: practice.cityId,
        topics: practice.topics,
        title: practice.written.title[original] ?? '',
        summary: practice.written.summary[original] ?? '',
        body: practice.written.body[original] ?? '',
      }}
      reload={() => void load()}
      save={async (draft) => {
        await practicesApi.update(practice.id, {
          version: practice.version,
          topics: draft.topics,
          title: { [original]: draft.title },
          summary: { [original]: draft.summary },
          body: { [original]: draft.body },
        });
        await navigate(`/practices/${practice.id}`);
      }}
    />
  );
}

function PracticeForm({
  me,
  initial,
  editing,
  save,
  reload,
}: {
  me: Me;
  initial: Draft;
  editing?: Practice;
  save: (draft: Draft) => Promise<void>;
  reload?: () => void;
}) {
  const { locale, t } = useI18n();
  const { partnership, cities } = usePartnership();
  const labels = useLabels();
  const [draft, setDraft] = useState<Draft>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ conflict: boolean; text: string }>();
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const missing = (value: string) =>
    tried && value.trim() === '' ? t('practices.editor.missing') : undefined;
  const title = t(editing ? 'practices.editor.editTitle' : 'practices.editor.newTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setFailure(undefined);
    if ([draft.title, draft.summary, draft.body].some((value) => value.trim() === '')) return;
    setBusy(true);
    try {
      await save(draft);
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409;
      setFailure({
        conflict,
        text: conflict ? t('practices.editor.conflict') : errorMessage(error, t('common.networkError')),
      });
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" maw="56rem">
      {editing && (
        <Anchor component={Link} to={`/practices/${editing.id}`} size="sm">
          ← {editing.title.text}
        </Anchor>
      )}
      <Title order={1}>{title}</Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {editing ? (
            <Text>
              {t('practices.editor.languageFixed', {
                language: languageName(initial.originalLanguage, locale),
              })}
              {' · '}
              {t('practices.editor.cityFixed', { city: labels.city(initial.cityId) })}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('practices.editor.language')}
                value={draft.originalLanguage}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isLocale(value)) set('originalLanguage', value);
                }}
                data={locales.map((language) => ({ value: language, label: languageName(language, locale) }))}
              />
              <NativeSelect
                label={t('practices.editor.city')}
                value={draft.cityId}
                onChange={(event) => set('cityId', event.currentTarget.value)}
                data={(cities ?? []).map((city) => ({ value: city.id, label: city.name[locale] }))}
              />
            </SimpleGrid>
          )}
          {!editing && (
            <Alert color="blue" variant="light">
              {mayModerate(me, draft.cityId)
                ? t('practices.editor.publishesAtOnce')
                : t('practices.editor.waitsForReview')}
            </Alert>
          )}

          <TextInput
            label={t('practices.editor.title')}
            lang={draft.originalLanguage}
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            maxLength={200}
            withAsterisk
            error={missing(draft.title)}
          />
          <Textarea
            label={t('practices.editor.summary')}
            description={t('practices.editor.summaryHelp')}
            lang={draft.originalLanguage}
            value={draft.summary}
            onChange={(event) => set('summary', event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
            withAsterisk
            error={missing(draft.summary)}
          />
          <Textarea
            label={t('practices.editor.body')}
            description={t('practices.editor.bodyHelp')}
            lang={draft.originalLanguage}
            value={draft.body}
            onChange={(event) => set('body', event.currentTarget.value)}
            maxLength={20_000}
            autosize
            minRows={10}
            withAsterisk
            error={missing(draft.body)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Checkbox.Group
            label={t('practices.editor.topics')}
            value={draft.topics}
            onChange={(value) => set('topics', value)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {(partnership?.topics ?? []).map((topic) => (
                <Checkbox key={topic.id} value={topic.id} label={topic.label[locale]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>

          {editing && (
            <Text size="sm" c="gray.8">
              {t('practices.editor.outdates')}
            </Text>
          )}
          {failure && (
            <Alert color={failure.conflict ? 'orange' : 'red'} role="alert">
              <Stack gap="xs">
                <Text size="sm">{failure.text}</Text>
                {failure.conflict && reload && (
                  <Button variant="default" size="compact-sm" onClick={reload} w="fit-content">
                    {t('practices.editor.reload')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('practices.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
