import { Alert, Anchor, Button, Group, List, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatDateTime, languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { PracticeBody } from './practice-body.js';
import {
  combinedProvenance,
  ProvenanceBadges,
  StatusBadge,
  useLabels,
  useViewerZone,
} from './practice-parts.js';
import { mayEdit, type Practice, practicesApi } from './practices-api.js';

/** One practice in the reader's language, labelled by where its text came from, with the original a click away. */
export default function PracticePage() {
  const { id = '' } = useParams();
  const { locale, t } = useI18n();
  const [practice, setPractice] = useState<Practice>();
  const [loadError, setLoadError] = useState<{ notFound: boolean; text: string }>();
  usePageTitle(practice?.title.text ?? t('practices.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setPractice(await practicesApi.get(id));
    } catch (error) {
      const notFound = error instanceof ApiError && error.status === 404;
      setLoadError({
        notFound,
        text: notFound ? t('practices.notFound') : errorMessage(error, t('common.loadFailed')),
      });
    }
  }, [id, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new UI language reloads the texts in it.
  useEffect(() => {
    void load();
  }, [load, locale]);

  if (loadError) {
    return (
      <Stack gap="md">
        <Anchor component={Link} to="/practices" size="sm">
          {t('practices.backToLibrary')}
        </Anchor>
        <Alert color={loadError.notFound ? 'blue' : 'red'}>{loadError.text}</Alert>
        {!loadError.notFound && (
          <Button variant="default" onClick={() => void load()} w="fit-content">
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    );
  }
  if (practice === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return <PracticeView key={`${practice.id}-${practice.title.language}`} practice={practice} />;
}

function PracticeView({ practice }: { practice: Practice }) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const labels = useLabels();
  const viewerZone = useViewerZone();
  const [original, setOriginal] = useState<Practice>();
  const [showOriginal, setShowOriginal] = useState(false);
  const [toggleError, setToggleError] = useState<string>();
  const translated =
    practice.title.language !== practice.originalLanguage ||
    practice.summary.language !== practice.originalLanguage ||
    practice.body.language !== practice.originalLanguage;
  const shown = showOriginal && original ? original : practice;
  const originalName = languageName(practice.originalLanguage, locale);

  async function toggleOriginal() {
    setToggleError(undefined);
    if (showOriginal) {
      setShowOriginal(false);
      return;
    }
    try {
      if (original === undefined) setOriginal(await practicesApi.get(practice.id, practice.originalLanguage));
      setShowOriginal(true);
    } catch (error) {
      setToggleError(errorMessage(error, t('common.loadFailed')));
    }
  }

  const mayTranslateHere = me != null && locale !== practice.originalLanguage;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/practices" size="sm">
          {t('practices.backToLibrary')}
        </Anchor>
        <Title order={1} lang={shown.title.language}>
          {shown.title.text}
        </Title>
        <Group gap="xs">
          <StatusBadge status={practice.status} />
          {!showOriginal && (
            <ProvenanceBadges
              text={combinedProvenance([practice.title, practice.summary, practice.body])}
              showHuman
            />
          )}
        </Group>
        <LanguageNote
          practice={practice}
          showOriginal={showOriginal}
          translated={translated}
          originalName={originalName}
          onToggle={() => void toggleOriginal()}
        />
        {toggleError && <Alert color="red">{toggleError}</Alert>}
      </Stack>

      <Text size="lg" lang={shown.summary.language} data-testid="practice-summary">
        {shown.summary.text}
      </Text>

      <PracticeBody html={shown.body.html} language={shown.body.language} />

      <section aria-labelledby="details-heading">
        <Title order={2} size="h3" id="details-heading" mb="xs">
          {t('practices.details')}
        </Title>
        <List spacing={4} listStyleType="none" ml={0} pl={0}>
          <List.Item>
            {t('practices.cityLabel')}: {labels.city(practice.cityId)}
          </List.Item>
          {practice.topics.length > 0 && (
            <List.Item>
              {t('practices.topics')}: {practice.topics.map(labels.topic).join(', ')}
            </List.Item>
          )}
          {practice.contact && (
            <List.Item>
              {t('practices.contact')}:{' '}
              {[practice.contact.name, practice.contact.organisation].filter(Boolean).join(', ')}
              {practice.contact.email && (
                <>
                  {' '}
                  <Anchor href={`mailto:${practice.contact.email}`}>{practice.contact.email}</Anchor>
                </>
              )}
            </List.Item>
          )}
          <List.Item>
            {t('practices.updated', {
              date: formatDateTime(new Date(practice.updatedAt), locale, viewerZone),
            })}
          </List.Item>
        </List>
      </section>

      {practice.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <Title order={2} size="h3" id="links-heading" mb="xs">
            {t('practices.links')}
          </Title>
          <List>
            {practice.links.map((link) => (
              <List.Item key={link.url}>
                <Anchor href={link.url} rel="noopener noreferrer nofollow">
                  {link.label || link.url}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {(mayEdit(me, practice) || mayTranslateHere) && (
        <Group gap="sm">
          {mayEdit(me, practice) && (
            <Button component={Link} to={`/practices/${practice.id}/edit`} variant="default">
              {t('practices.edit')}
            </Button>
          )}
          {mayTranslateHere && (
            <Button component={Link} to={`/practices/${practice.id}/translate/${locale}`} variant="default">
              {t('practices.translateInto', { language: languageName(locale, locale) })}
            </Button>
          )}
        </Group>
      )}

      <ReportPanel practiceId={practice.id} />
    </Stack>
  );
}

/**
 * Says in words where the text came from (the badge is the short form): machine or human
 * translation, outdated, or not translated into the reader's language at all.
 */
function LanguageNote({
  practice,
  showOriginal,
  translated,
  originalName,
  onToggle,
}: {
  practice: Practice;
  showOriginal: boolean;
  translated: boolean;
  originalName: string;
  onToggle: () => void;
}) {
  const { locale, t } = useI18n();
  const notes: string[] = [];
  if (showOriginal) notes.push(t('practices.note.showingOriginal', { language: originalName }));
  else {
    const texts = [practice.title, practice.summary, practice.body];
    if (texts.some((text) => text.provenance === 'machine'))
      notes.push(t('practices.note.machine', { language: originalName }));
    else if (texts.some((text) => text.provenance === 'human'))
      notes.push(t('practices.note.human', { language: originalName }));
    if (texts.some((text) => text.outdated && text.provenance !== 'original'))
      notes.push(t('practices.note.outdated'));
    // Title and summary translated but not the body: say so, or the badge would claim too much.
    if (translated && practice.body.provenance === 'original' && practice.originalLanguage !== locale)
      notes.push(t('practices.note.bodyUntranslated', { language: originalName }));
    if (!translated && practice.originalLanguage !== locale)
      notes.push(t('practices.note.untranslated', { language: originalName }));
  }
  if (notes.length === 0) return null;
  return (
    <Group gap="sm" data-testid="language-note">
      <Text size="sm" c="gray.8">
        {notes.join(' ')}
      </Text>
      {translated && (
        <Button
          variant="default"
          size="compact-sm"
          onClick={onToggle}
          aria-pressed={showOriginal}
          data-testid="toggle-original"
        >
          {showOriginal ? t('practices.showTranslation') : t('practices.showOriginal')}
        </Button>
      )}
    </Group>
  );
}

/** Anyone signed in can report a practice with a reason; three reports hide it until a coordinator decides. */
function ReportPanel({ practiceId }: { practiceId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const reasonField = useRef<HTMLTextAreaElement>(null);

  // The button that opened the form is gone: move focus into the form, where the person is going.
  useEffect(() => {
    if (open) reasonField.current?.focus();
  }, [open]);

  if (me === undefined) return null;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') return;
    setBusy(true);
    setOutcome(undefined);
    try {
      await practicesApi.report(practiceId, reason.trim());
      setOutcome({ ok: true, text: t('practices.report.sent') });
      setOpen(false);
      setReason('');
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="report-heading">
      <Title order={2} size="h4" id="report-heading" mb="xs">
        {t('practices.report.heading')}
      </Title>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'red'} mb="sm" role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </Alert>
      )}
      {me === null ? (
        <Text size="sm">
          <Anchor component={Link} to="/sign-in">
            {t('practices.report.signIn')}
          </Anchor>
        </Text>
      ) : open ? (
        <form onSubmit={(event) => void send(event)}>
          <Stack gap="sm" maw="40rem">
            <Textarea
              label={t('practices.report.reason')}
              description={t('practices.report.help')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              maxLength={1000}
              autosize
              minRows={3}
              ref={reasonField}
            />
            <Group gap="sm">
              <Button type="submit" loading={busy} color="red" variant="outline">
                {t('practices.report.send')}
              </Button>
              <Button variant="subtle" onClick={() => setOpen(false)}>
                {t('practices.report.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Button variant="subtle" color="red" onClick={() => setOpen(true)} data-testid="open-report">
          {t('practices.report.open')}
        </Button>
      )}
    </section>
  );
}
