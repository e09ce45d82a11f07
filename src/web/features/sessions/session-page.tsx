import { Alert, Anchor, Button, Card, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useNow } from '../../app/use-now.js';
import { formatLongDay, formatShortDay, formatTimeRange, languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { ParticipantsPanel } from './participants-panel.js';
import { StatusBadges, useCityPlaces, useViewerZone, useZoneName } from './session-parts.js';
import {
  calendarUrl,
  mayManage,
  type RegistrationOutcome,
  type Session,
  seatsLeft,
  sessionsApi,
} from './sessions-api.js';

/** The video room opens this long before the start (the server decides; this only shows the button). */
const joinOpensMs = 15 * 60_000;

/** One session: what, when in every city, seats, registration, calendar, the video link when live. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [session, setSession] = useState<Session>();
  const [loadError, setLoadError] = useState<{ text: string; missing: boolean }>();

  const load = useCallback(async () => {
    try {
      setSession(await sessionsApi.get(id));
      setLoadError(undefined);
    } catch (error) {
      const missing = error instanceof ApiError && error.status === 404;
      setLoadError({
        text: missing ? t('sessions.notFound') : errorMessage(error, t('common.loadFailed')),
        missing,
      });
    }
  }, [id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  usePageTitle(session?.display.title ?? t('sessions.title'));
  if (loadError) {
    return (
      <Stack gap="md">
        {loadError.missing ? (
          <Alert color="red">{loadError.text}</Alert>
        ) : (
          <LoadFailure
            message={loadError.text}
            onRetry={() => {
              setLoadError(undefined);
              void load();
            }}
          />
        )}
        <Anchor component={Link} to="/sessions">
          {t('sessions.backToList')}
        </Anchor>
      </Stack>
    );
  }
  if (session === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return <SessionView session={session} reload={load} />;
}

function SessionView({ session, reload }: { session: Session; reload: () => Promise<void> }) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { partnership, cityById } = usePartnership();
  const [showOriginal, setShowOriginal] = useState(false);
  const [registration, setRegistration] = useState<RegistrationOutcome | null>();
  const manage = mayManage(me, session);
  const original = showOriginal && session.display.language !== session.originalLanguage;
  const shownLanguage = original ? session.originalLanguage : session.display.language;
  const title = original ? (session.title[session.originalLanguage] ?? '') : session.display.title;
  const description = original
    ? (session.description[session.originalLanguage] ?? '')
    : session.display.description;
  const topics = session.topics.map(
    (topicId) => partnership?.topics.find((topic) => topic.id === topicId)?.label[locale] ?? topicId,
  );

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/sessions" size="sm">
          {t('sessions.backToList')}
        </Anchor>
        <Title order={1} lang={shownLanguage}>
          {title}
        </Title>
        <StatusBadges session={session} hasSeat={registration?.status === 'confirmed'} />
        <LanguageNote
          session={session}
          showOriginal={original}
          onToggle={() => setShowOriginal((shown) => !shown)}
        />
      </Stack>

      {session.status === 'cancelled' && (
        <Alert color="red" title={t('sessions.cancelledTitle')}>
          {t('sessions.cancelledBody')}
        </Alert>
      )}

      <section aria-labelledby="when-heading">
        <Title order={2} size="h3" id="when-heading" mb="xs">
          {t('sessions.when')}
        </Title>
        <SessionWhen session={session} />
      </section>

      {description !== '' && (
        <section aria-labelledby="about-heading">
          <Title order={2} size="h3" id="about-heading" mb="xs">
            {t('sessions.about')}
          </Title>
          <Text lang={shownLanguage} style={{ whiteSpace: 'pre-line' }}>
            {description}
          </Text>
        </section>
      )}

      <section aria-labelledby="details-heading">
        <Title order={2} size="h3" id="details-heading" mb="xs">
          {t('sessions.details')}
        </Title>
        <List spacing={4} listStyleType="none" ml={0} pl={0}>
          <List.Item>
            {t('sessions.modeLabel')}: {t(`sessions.mode.${session.mode}`)}
          </List.Item>
          <List.Item>
            {t('sessions.audienceLabel')}: {t(`sessions.audience.${session.audience}`)}
          </List.Item>
          {session.hostCityId !== null && (
            <List.Item>
              {t('sessions.hostCity')}: {cityById(session.hostCityId)?.name[locale] ?? session.hostCityId}
            </List.Item>
          )}
          {topics.length > 0 && (
            <List.Item>
              {t('sessions.topics')}: {topics.join(', ')}
            </List.Item>
          )}
          {Object.entries(session.venues).map(([cityId, venue]) => (
            <List.Item key={cityId}>
              {t('sessions.venueIn', { city: cityById(cityId)?.name[locale] ?? cityId })}: {venue}
            </List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="seats-heading">
        <Title order={2} size="h3" id="seats-heading" mb="xs">
          {t('sessions.seats')}
        </Title>
        <SeatTable session={session} />
      </section>

      {session.status !== 'draft' && (
        <section aria-labelledby="registration-heading">
          <Title order={2} size="h3" id="registration-heading" mb="xs">
            {t('sessions.registration')}
          </Title>
          <RegistrationPanel
            session={session}
            manage={manage}
            reload={reload}
            registration={registration}
            setRegistration={setRegistration}
          />
        </section>
      )}

      {manage && <ManagePanel session={session} reload={reload} />}
      {manage && <ParticipantsPanel session={session} />}
    </Stack>
  );
}

/** Says when the text is not in the reader's language, or machine translated, with one click to the original. */
function LanguageNote({
  session,
  showOriginal,
  onToggle,
}: {
  session: Session;
  showOriginal: boolean;
  onToggle: () => void;
}) {
  const { locale, t } = useI18n();
  const { display } = session;
  const originalName = languageName(session.originalLanguage, locale);
  const translated = display.language !== session.originalLanguage;
  let note: string | undefined;
  if (display.source === 'machine') note = t('sessions.machineTranslated', { language: originalName });
  else if (translated) note = t('sessions.humanTranslated', { language: originalName });
  else if (display.language !== locale) note = t('sessions.originalLanguage', { language: originalName });
  if (note === undefined) return null;
  return (
    <Group gap="sm" data-testid="language-note">
      <Text size="sm" c="dimmed">
        {note}
      </Text>
      {translated && (
        <Button variant="subtle" size="compact-sm" onClick={onToggle} aria-pressed={showOriginal}>
          {showOriginal ? t('sessions.showTranslation') : t('sessions.showOriginal')}
        </Button>
      )}
    </Group>
  );
}

/** The day and time in the viewer's zone, then in every city's zone, with the weekday where it differs. */
function SessionWhen({ session }: { session: Session }) {
  const { locale, t } = useI18n();
  const viewerZone = useViewerZone();
  const places = useCityPlaces();
  const zoneName = useZoneName();
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const viewerInCity = places.some((place) => place.timeZone === viewerZone);
  const rows = [
    ...(viewerInCity ? [] : [{ key: 'viewer', name: t('sessions.yourTime'), timeZone: viewerZone }]),
    ...places.map((place) => ({ key: place.id, name: place.name, timeZone: place.timeZone })),
  ];
  return (
    <Stack gap={4}>
      <Text fw={700} fz="lg">
        <time dateTime={session.startsAt}>{formatLongDay(start, locale, viewerZone)}</time>
      </Text>
      <Table
        withTableBorder={false}
        style={{ width: 'auto', alignSelf: 'flex-start' }}
        data-testid="city-times"
      >
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('sessions.timesCaption', { minutes: session.durationMinutes })}
        </Table.Caption>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`time-${row.key}`}>
              <Table.Th scope="row" fw={600} pl={0}>
                {row.name}
              </Table.Th>
              <Table.Td>{formatTimeRange(start, end, locale, row.timeZone)}</Table.Td>
              <Table.Td pl="lg">{formatShortDay(start, locale, row.timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {t('sessions.anchoredIn', { zone: zoneName(session.anchorTimeZone) })}
      </Text>
    </Stack>
  );
}

function SeatTable({ session }: { session: Session }) {
  const { t } = useI18n();
  const places = useCityPlaces().filter((place) => session.seats[place.id] !== undefined);
  if (places.length === 0) return <Text>{t('sessions.noSeats')}</Text>;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={0} type="native" tabIndex={0}>
        <Table
          withTableBorder
          style={{ width: 'auto', minWidth: 'min(100%, 32rem)', alignSelf: 'flex-start' }}
          data-testid="seat-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.city')}</Table.Th>
              <Table.Th scope="col">{t('sessions.seatsTotal')}</Table.Th>
              <Table.Th scope="col">{t('sessions.seatsTaken')}</Table.Th>
              <Table.Th scope="col">{t('sessions.seatsFree')}</Table.Th>
              <Table.Th scope="col">{t('sessions.waiting')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {places.map((place) => {
              const seats = session.seats[place.id] ?? { total: 0, confirmed: 0, waiting: 0 };
              return (
                <Table.Tr key={place.id}>
                  <Table.Th scope="row">{place.name}</Table.Th>
                  <Table.Td>{seats.total}</Table.Td>
                  <Table.Td>{seats.confirmed}</Table.Td>
                  <Table.Td>{seatsLeft(session, place.id)}</Table.Td>
                  <Table.Td>{seats.waiting}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {session.waitlist ? t('sessions.waitlistOn') : t('sessions.waitlistOff')}
      </Text>
    </Stack>
  );
}

/** The reader's own registration: sign in, register, leave, waiting-list place, calendar, join. */
function RegistrationPanel({
  session,
  manage,
  reload,
  registration,
  setRegistration,
}: {
  session: Session;
  manage: boolean;
  reload: () => Promise<void>;
  /** undefined while loading or signed out, null when not registered. */
  registration: RegistrationOutcome | null | undefined;
  setRegistration: (registration: RegistrationOutcome | null) => void;
}) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { cityById } = usePartnership();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  const loadRegistration = useCallback(async () => {
    try {
      setRegistration(await sessionsApi.myRegistration(session.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setRegistration(null);
      else setNotice({ ok: false, text: errorMessage(error, t('common.loadFailed')) });
    }
  }, [session.id, t, setRegistration]);

  useEffect(() => {
    if (me) void loadRegistration();
  }, [me, loadRegistration]);

  const start = new Date(session.startsAt).getTime();
  const end = new Date(session.endsAt).getTime();
  const over = now.getTime() >= end;
  const cancelled = session.status === 'cancelled';
  const live =
    !cancelled &&
    session.mode !== 'in_person' &&
    now.getTime() >= start - joinOpensMs &&
    now.getTime() < end &&
    (registration?.status === 'confirmed' || manage);

  async function act(action: 'register' | 'leave') {
    setBusy(true);
    setNotice(undefined);
    try {
      if (action === 'register') {
        const outcome = await sessionsApi.register(session.id);
        setRegistration(outcome);
        setNotice({
          ok: true,
          text:
            outcome.status === 'confirmed'
              ? t('sessions.registeredConfirmed')
              : t('sessions.registeredWaiting', { position: outcome.position }),
        });
      } else {
        await sessionsApi.leave(session.id);
        setRegistration(null);
        setNotice({ ok: true, text: t('sessions.left') });
      }
      await reload();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
      await loadRegistration();
    } finally {
      setBusy(false);
    }
  }

  const cityName = me ? (cityById(me.cityId)?.name[locale] ?? me.cityId) : '';
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        {me === null && (
          <Text>
            <Anchor component={Link} to="/sign-in">
              {t('sessions.signInToRegister')}
            </Anchor>
          </Text>
        )}
        {me && registration !== undefined && (
          <Text fw={600} data-testid="my-status" aria-live="polite">
            {registration === null
              ? t('sessions.notRegistered')
              : registration.status === 'confirmed'
                ? t('sessions.statusConfirmed')
                : t('sessions.statusWaiting', { position: registration.position, city: cityName })}
          </Text>
        )}
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          )}
        </div>
        <Group gap="sm">
          {me && registration === null && !cancelled && !over && (
            <Button loading={busy} onClick={() => void act('register')}>
              {seatsLeft(session, me.cityId) > 0 || !session.waitlist
                ? t('sessions.register')
                : t('sessions.joinWaitlist')}
            </Button>
          )}
          {me && registration && !over && (
            <Button variant="outline" color="red" c="red.9" loading={busy} onClick={() => void act('leave')}>
              {registration.status === 'confirmed' ? t('sessions.leave') : t('sessions.leaveWaitlist')}
            </Button>
          )}
          {!cancelled && (
            <Button component="a" variant="default" href={calendarUrl(session.id, locale)} download>
              {t('sessions.addToCalendar')}
            </Button>
          )}
        </Group>
        {live ? (
          <JoinButton sessionId={session.id} />
        ) : (
          registration?.status === 'confirmed' &&
          session.mode !== 'in_person' &&
          !over &&
          !cancelled && (
            <Text size="sm" c="dimmed">
              {t('sessions.joinLater')}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}

/** Asks the server for the video link (it alone decides whether it is time) and shows it. */
function JoinButton({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>();
  useEffect(() => {
    let cancelled = false;
    const ask = () =>
      sessionsApi.join(sessionId).then(
        (link) => !cancelled && setUrl(link.url),
        () => !cancelled && setUrl(null),
      );
    void ask();
    // The window opens and closes on the server's clock: ask again every minute.
    const timer = setInterval(() => void ask(), 60_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [sessionId]);
  if (!url) return null;
  return (
    <Button
      component="a"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      color="green.9"
      size="md"
      data-testid="join"
    >
      {t('sessions.join')}
    </Button>
  );
}

/** Edit, publish and cancel, for the session's coordinators and facilitators. */
function ManagePanel({ session, reload }: { session: Session; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setNotice({ ok: true, text: done });
      setConfirming(false);
      await reload();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="manage-heading">
      <Title order={2} size="h3" id="manage-heading" mb="xs">
        {t('sessions.manage')}
      </Title>
      <Stack gap="sm">
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          )}
        </div>
        {session.status !== 'cancelled' && (
          <Group gap="sm">
            <Button component={Link} to={`/sessions/${session.id}/edit`} variant="default">
              {t('sessions.edit')}
            </Button>
            {session.status === 'draft' && (
              <Button
                loading={busy}
                onClick={() =>
                  void run(
                    () => sessionsApi.update(session.id, { status: 'published' }),
                    t('sessions.published'),
                  )
                }
              >
                {t('sessions.publish')}
              </Button>
            )}
            {!confirming && (
              <Button variant="outline" color="red" c="red.9" onClick={() => setConfirming(true)}>
                {t('sessions.cancelSession')}
              </Button>
            )}
          </Group>
        )}
        {confirming && (
          <Alert color="red" title={t('sessions.cancelConfirmTitle')}>
            <Text mb="sm">{t('sessions.cancelConfirmBody')}</Text>
            <Group gap="sm">
              <Button
                color="red.9"
                loading={busy}
                onClick={() => void run(() => sessionsApi.cancel(session.id), t('sessions.cancelledDone'))}
              >
                {t('sessions.cancelConfirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('sessions.cancelKeep')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </section>
  );
}
