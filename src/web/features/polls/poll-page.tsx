import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { useViewerZone, useZoneName } from '../sessions/session-parts.js';
import { mayPlanSessions } from '../sessions/sessions-api.js';
import { AnswerForm } from './answer-form.js';
import { AnswersGrid } from './answers-grid.js';
import { PickPanel, ShareLink } from './pick-panel.js';
import { OptionWhen } from './poll-parts.js';
import { type Poll, pollsApi, rememberedPoll } from './polls-api.js';

/**
 * One availability poll at /polls/:id?token=…, for anyone who has the link (no account needed):
 * answer, see who answered what; for the host city's staff also the link and "Pick this time".
 */
export default function PollPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('token') ?? undefined;
  const { t } = useI18n();
  const { me } = useSession();
  const [poll, setPoll] = useState<Poll>();
  /** Whether the viewer is the poll's staff: the server answers them without the link's token. */
  const [manage, setManage] = useState(false);
  const [loadError, setLoadError] = useState<{ text: string; missing: boolean }>();

  const load = useCallback(async () => {
    if (me === undefined) return;
    try {
      if (mayPlanSessions(me)) {
        try {
          setPoll(await pollsApi.get(id));
          setManage(true);
          setLoadError(undefined);
          return;
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
        }
      }
      if (token === undefined) throw new ApiError(404, 'NOT_FOUND', '');
      setPoll(await pollsApi.get(id, token));
      setManage(false);
      setLoadError(undefined);
    } catch (error) {
      const missing = error instanceof ApiError && error.status === 404;
      setLoadError({
        text: missing ? t('polls.notFound') : errorMessage(error, t('common.loadFailed')),
        missing,
      });
    }
  }, [id, token, me, t]);

  useEffect(() => {
    void load();
  }, [load]);

  usePageTitle(poll?.title ?? t('polls.title'));
  if (loadError?.missing) return <Alert color="red">{loadError.text}</Alert>;
  if (loadError) {
    const again = () => {
      setLoadError(undefined);
      void load();
    };
    return <LoadFailure message={loadError.text} onRetry={again} />;
  }
  if (poll === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return <PollView poll={poll} token={token} manage={manage} reload={load} />;
}

function PollView({
  poll,
  token,
  manage,
  reload,
}: {
  poll: Poll;
  token: string | undefined;
  manage: boolean;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const viewerZone = useViewerZone();
  const zoneName = useZoneName();
  const chosen = poll.options.find((option) => option.id === poll.chosenOptionId);
  const shareUrl =
    rememberedPoll(poll.id).shareUrl ??
    (token === undefined
      ? undefined
      : `${window.location.origin}/polls/${encodeURIComponent(poll.id)}?token=${encodeURIComponent(token)}`);

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {t('polls.title')}
        </Text>
        <Title order={1} lang={poll.language}>
          {poll.title}
        </Title>
        <Group gap={6}>
          <Badge
            variant="light"
            color={poll.status === 'open' ? 'blue' : 'gray'}
            c={poll.status === 'open' ? 'blue.9' : 'dark.8'}
            tt="none"
            data-testid="poll-status"
          >
            {poll.status === 'open' ? t('polls.statusOpen') : t('polls.statusClosed')}
          </Badge>
        </Group>
        {poll.description !== '' && (
          <Text lang={poll.language} style={{ whiteSpace: 'pre-line' }}>
            {poll.description}
          </Text>
        )}
        {poll.status === 'open' && (
          <Text size="sm">
            {t('polls.intro', { minutes: poll.durationMinutes, zone: zoneName(viewerZone) })}
          </Text>
        )}
      </Stack>

      {poll.status === 'closed' && (
        <Alert color="green" title={t('polls.closedTitle')} data-testid="poll-chosen">
          <Stack gap="xs">
            {chosen !== undefined && (
              <OptionWhen startsAt={chosen.startsAt} durationMinutes={poll.durationMinutes} />
            )}
            {poll.sessionId !== null && (
              <Anchor component={Link} to={`/sessions/${poll.sessionId}`} fw={600}>
                {t('polls.openSession')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}

      {manage && poll.status === 'open' && <ShareLink url={shareUrl} />}

      {poll.status === 'open' && (
        <section aria-labelledby="answer-heading">
          <Title order={2} size="h3" id="answer-heading" mb="xs">
            {t('polls.yourAnswer')}
          </Title>
          <AnswerForm poll={poll} token={token} onSaved={reload} />
        </section>
      )}

      <section aria-labelledby="results-heading">
        <Title order={2} size="h3" id="results-heading" mb="xs">
          {t('polls.results')}
        </Title>
        <AnswersGrid poll={poll} />
      </section>

      {manage && poll.status === 'open' && <PickPanel poll={poll} />}
    </Stack>
  );
}
