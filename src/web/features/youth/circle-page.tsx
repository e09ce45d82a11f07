import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { CircleMeetings } from './circle-meetings.js';
import { type Circle, type CircleMessage, type CirclePerson, youthApi } from './youth-api.js';
import { AgeBandBadge, SharedWindowText, useCityName } from './youth-parts.js';

/**
 * A circle's space (/youth/circles/:id): who is in it, when everyone is free, and messages that every
 * member and both facilitators see. Contact details come back masked from the server when a minor is in.
 */
export default function CirclePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const cityName = useCityName();
  // null: not one of my circles.
  const {
    value: circle,
    error: loadError,
    retry,
  } = usePageLoad(async () => {
    const { circles } = await youthApi.myCircles();
    const index = circles.findIndex((c) => c.id === id);
    const found = circles[index];
    return found ? { circle: found, number: index + 1 } : null;
  }, [id]);
  const title = circle
    ? t('youth.circle.name', {
        number: circle.number,
        cities: circle.circle.cityIds.map(cityName).join(' & '),
      })
    : t('youth.circles.heading');
  usePageTitle(title);

  if (loadError) return <LoadFailure message={loadError} onRetry={retry} />;
  if (circle === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (circle === null) return <Alert color="yellow">{t('youth.circle.notFound')}</Alert>;
  return <CircleSpace circle={circle.circle} title={title} />;
}

function CircleSpace({ circle, title }: { circle: Circle; title: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [blocked, setBlocked] = useState<string[]>([]);

  useEffect(() => {
    youthApi
      .blocks()
      .then(({ blocked: list }) => setBlocked(list))
      .catch(() => setBlocked([]));
  }, []);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <AgeBandBadge band={circle.ageBand} />
        </Group>
        {circle.minorsPresent && (
          <Text size="sm" data-testid="masking-note">
            {t('youth.circle.maskingNote')}
          </Text>
        )}
      </Stack>
      <section aria-labelledby="when-heading">
        <Title order={2} size="h3" id="when-heading" mb="xs">
          {t('youth.circle.whenHeading')}
        </Title>
        {circle.sharedWindows.length === 0 ? (
          <Text>{t('youth.circle.noWindows')}</Text>
        ) : (
          <Stack gap={4}>
            {circle.sharedWindows.map((window) => (
              <SharedWindowText key={JSON.stringify(window.local)} window={window} />
            ))}
          </Stack>
        )}
      </section>
      <CircleMeetings circle={circle} />
      <People circle={circle} myId={me?.id} blocked={blocked} setBlocked={setBlocked} />
      <Messages circle={circle} blocked={blocked} myId={me?.id} />
    </Stack>
  );
}

function People({
  circle,
  myId,
  blocked,
  setBlocked,
}: {
  circle: Circle;
  myId: string | undefined;
  blocked: string[];
  setBlocked: (list: string[]) => void;
}) {
  const { t } = useI18n();
  const cityName = useCityName();
  const [reporting, setReporting] = useState<CirclePerson>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  async function toggleBlock(person: CirclePerson) {
    setNotice(undefined);
    try {
      if (blocked.includes(person.userId)) {
        await youthApi.unblock(person.userId);
        setBlocked(blocked.filter((id) => id !== person.userId));
        setNotice({ ok: true, text: t('youth.circle.unblocked', { name: person.displayName }) });
      } else {
        setBlocked((await youthApi.block(person.userId)).blocked);
        setNotice({ ok: true, text: t('youth.circle.blocked', { name: person.displayName }) });
      }
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    }
  }

  return (
    <section aria-labelledby="people-heading">
      <Title order={2} size="h3" id="people-heading" mb="sm">
        {t('youth.circle.peopleHeading')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {circle.people.map((person) => (
          <li key={person.userId}>
            <Card withBorder padding="sm" data-testid="circle-person">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>
                    {person.displayName}
                    {person.userId === myId && ` ${t('youth.circle.you')}`}
                  </Text>
                  <Text size="sm">{cityName(person.cityId)}</Text>
                  {person.role === 'facilitator' && (
                    <Badge variant="light" color="blue" c="blue.9" tt="none">
                      {t('youth.circle.facilitator')}
                    </Badge>
                  )}
                  {blocked.includes(person.userId) && (
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('youth.circle.blockedBadge')}
                    </Badge>
                  )}
                </Group>
                {person.userId !== myId && (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setReporting(person)}
                      aria-label={t('youth.circle.reportPersonNamed', { name: person.displayName })}
                    >
                      {t('youth.circle.reportPerson')}
                    </Button>
                    {person.role === 'member' && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => void toggleBlock(person)}
                        aria-label={
                          blocked.includes(person.userId)
                            ? t('youth.circle.unblockNamed', { name: person.displayName })
                            : t('youth.circle.blockNamed', { name: person.displayName })
                        }
                      >
                        {blocked.includes(person.userId)
                          ? t('youth.circle.unblock')
                          : t('youth.circle.block')}
                      </Button>
                    )}
                  </Group>
                )}
              </Group>
              {reporting?.userId === person.userId && (
                <ReportForm
                  label={t('youth.circle.reportPersonReason', { name: person.displayName })}
                  onCancel={() => setReporting(undefined)}
                  onSend={async (reason) => {
                    await youthApi.reportPerson(person.userId, circle.id, reason);
                    setReporting(undefined);
                    setNotice({ ok: true, text: t('youth.circle.reported') });
                  }}
                />
              )}
            </Card>
          </li>
        ))}
      </Stack>
      <div aria-live="polite">
        {notice && (
          <Alert mt="sm" color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
      </div>
    </section>
  );
}

function ReportForm({
  label,
  onSend,
  onCancel,
}: {
  label: string;
  onSend: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function send(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') return setProblem(t('youth.circle.reasonMissing'));
    setBusy(true);
    try {
      await onSend(reason.trim());
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="xs" mt="sm">
        <Textarea
          label={label}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="xs" color="red.9" loading={busy}>
            {t('youth.circle.sendReport')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('youth.cancel')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function Messages({
  circle,
  blocked,
  myId,
}: {
  circle: Circle;
  blocked: string[];
  myId: string | undefined;
}) {
  const { locale, t } = useI18n();
  const cityName = useCityName();
  const [messages, setMessages] = useState<CircleMessage[]>();
  const [loadError, setLoadError] = useState<string>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [reporting, setReporting] = useState<string>();

  const load = useCallback(async () => {
    try {
      setMessages((await youthApi.messages(circle.id)).messages);
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [circle.id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function send(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    if (text.trim() === '') return;
    setBusy(true);
    try {
      const posted = await youthApi.post(circle.id, text.trim());
      setText('');
      setNotice(
        posted.masked.length > 0
          ? {
              ok: true,
              text: t('youth.circle.maskedNotice', {
                kinds: posted.masked.map((kind) => t(`youth.masked.${kind}` as MessageKey)).join(', '),
              }),
            }
          : { ok: true, text: t('youth.circle.posted') },
      );
      await load();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  const shown = messages?.filter((m) => m.authorId === null || !blocked.includes(m.authorId));

  return (
    <section aria-labelledby="messages-heading">
      <Title order={2} size="h3" id="messages-heading" mb="sm">
        {t('youth.circle.messagesHeading')}
      </Title>
      <Stack gap="md" maw={820}>
        {loadError ? (
          <LoadFailure
            message={loadError}
            onRetry={() => {
              setLoadError(undefined);
              void load();
            }}
          />
        ) : shown === undefined ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : shown.length === 0 ? (
          <Text>{t('youth.circle.noMessages')}</Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {shown.map((message) => (
              <li key={message.id}>
                <Card withBorder padding="sm" data-testid="circle-message">
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {message.authorName ?? t('youth.circle.formerMember')}
                        {message.authorCityId && ` · ${cityName(message.authorCityId)}`}
                      </Text>
                      <Text size="sm" c="gray.8">
                        {formatDateTime(new Date(message.createdAt), locale, browserTimeZone())}
                      </Text>
                    </Group>
                    {message.status === 'visible' && message.text !== null ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{message.text}</Text>
                    ) : (
                      <Text fs="italic" c="gray.8">
                        {message.status === 'removed'
                          ? t('youth.circle.removedMessage')
                          : t('youth.circle.hiddenMessage')}
                      </Text>
                    )}
                    {message.status === 'hidden' && message.text !== null && (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{message.text}</Text>
                    )}
                    {message.masked.length > 0 && (
                      <Text size="xs" c="gray.8">
                        {t('youth.circle.maskedKinds', {
                          kinds: message.masked
                            .map((kind) => t(`youth.masked.${kind}` as MessageKey))
                            .join(', '),
                        })}
                      </Text>
                    )}
                    {message.status === 'visible' && message.authorId !== myId && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          c="red.9"
                          onClick={() => setReporting(message.id)}
                          aria-label={t('youth.circle.reportMessageNamed', {
                            name: message.authorName ?? t('youth.circle.formerMember'),
                          })}
                        >
                          {t('youth.circle.reportMessage')}
                        </Button>
                      </Group>
                    )}
                    {reporting === message.id && (
                      <ReportForm
                        label={t('youth.circle.reportMessageReason')}
                        onCancel={() => setReporting(undefined)}
                        onSend={async (reason) => {
                          const outcome = await youthApi.reportMessage(message.id, reason);
                          setReporting(undefined);
                          setNotice({
                            ok: true,
                            text: outcome.hidden
                              ? t('youth.circle.reportedHidden')
                              : t('youth.circle.reported'),
                          });
                          await load();
                        }}
                      />
                    )}
                  </Stack>
                </Card>
              </li>
            ))}
          </Stack>
        )}
        <form onSubmit={send} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('youth.circle.write')}
              description={t('youth.circle.writeHelp')}
              autosize
              minRows={2}
              maxLength={4000}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('youth.circle.send')}
              </Button>
            </Group>
          </Stack>
        </form>
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
