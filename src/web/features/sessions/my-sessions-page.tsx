import {
  Alert,
  Anchor,
  Button,
  Card,
  CopyButton,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatLongDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { AcrossZones, StatusBadges, useViewerZone } from './session-parts.js';
import { sessionsApi } from './sessions-api.js';

/** The viewer's upcoming sessions (GET /api/me/sessions, one request) and a private calendar feed. */
export default function MySessionsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('sessions.mine.title'));
  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (me === null) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('sessions.mine.title')}</Title>
        <Anchor component={Link} to="/sign-in">
          {t('sessions.signInToRegister')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <Title order={1}>{t('sessions.mine.title')}</Title>
      <MyRegistrations />
      <CalendarFeed />
    </Stack>
  );
}

function MyRegistrations() {
  const { locale, t } = useI18n();
  const viewerZone = useViewerZone();
  const {
    value: mine,
    error: loadError,
    retry,
  } = usePageLoad(async () => {
    const { items } = await sessionsApi.mine();
    // The answer reaches a month back; this page shows what is not over yet.
    const now = Date.now();
    return items.filter((item) => new Date(item.session.endsAt).getTime() > now);
  }, []);

  return (
    <section aria-labelledby="upcoming-heading">
      <Title order={2} size="h3" id="upcoming-heading" mb="sm">
        {t('sessions.mine.upcoming')}
      </Title>
      {loadError ? (
        <LoadFailure message={loadError} onRetry={retry} />
      ) : mine === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : mine.length === 0 ? (
        <Text>
          {t('sessions.mine.none')}{' '}
          <Anchor component={Link} to="/sessions">
            {t('sessions.mine.browse')}
          </Anchor>
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {mine.map(({ session, registration, page }) => (
            <li key={session.id}>
              <Card withBorder padding="md" data-testid={`my-session-${session.id}`}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Anchor component={Link} to={page} fw={700} lang={session.display.language}>
                      {session.display.title}
                    </Anchor>
                    <StatusBadges session={session} hasSeat={registration.status === 'confirmed'} />
                  </Group>
                  <Text size="sm">{formatLongDay(new Date(session.startsAt), locale, viewerZone)}</Text>
                  <Text>
                    <AcrossZones instant={new Date(session.startsAt)} />
                  </Text>
                  <Text fw={600} size="sm">
                    {registration.status === 'confirmed'
                      ? t('sessions.statusConfirmed')
                      : t('sessions.statusWaitingShort', { position: registration.position })}
                  </Text>
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** Creates a private subscription URL (shown once, with a copy button) or revokes it. */
function CalendarFeed() {
  const { t } = useI18n();
  const [url, setUrl] = useState<string>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  async function run(action: 'create' | 'revoke') {
    setBusy(true);
    setNotice(undefined);
    try {
      if (action === 'create') {
        setUrl((await sessionsApi.createFeed()).url);
      } else {
        await sessionsApi.revokeFeed();
        setUrl(undefined);
        setNotice({ ok: true, text: t('sessions.feed.revoked') });
      }
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="feed-heading">
      <Title order={2} size="h3" id="feed-heading" mb="sm">
        {t('sessions.feed.title')}
      </Title>
      <Stack gap="sm" maw={720}>
        <Text>{t('sessions.feed.intro')}</Text>
        {url !== undefined && (
          <Alert color="blue" title={t('sessions.feed.createdTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('sessions.feed.createdBody')}</Text>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('sessions.feed.url')}
                  value={url}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  style={{ flex: 1 }}
                  data-testid="feed-url"
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button onClick={copy} variant={copied ? 'default' : 'filled'}>
                      {copied ? t('sessions.feed.copied') : t('sessions.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group gap="sm">
          <Button loading={busy} onClick={() => void run('create')}>
            {url === undefined ? t('sessions.feed.create') : t('sessions.feed.replace')}
          </Button>
          <Button variant="outline" color="red" c="red.9" disabled={busy} onClick={() => void run('revoke')}>
            {t('sessions.feed.revoke')}
          </Button>
        </Group>
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
