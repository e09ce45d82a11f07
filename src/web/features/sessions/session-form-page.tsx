import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isLocale, type Locale, localeNames, locales } from '../../../core/i18n/locales.js';
import { isCalendarDate } from '../../../core/time/calendar-date.js';
import { isTimeOfDay } from '../../../core/time/time-of-day.js';
import { instantFromLocal, resolveLocal, zonedParts } from '../../../core/time/zoned-time.js';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Me } from '../accounts/accounts-api.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { CandidateTimes } from '../polls/candidate-times.js';
import { maxOptions, minOptions, pollsApi, rememberPoll, sharePath } from '../polls/polls-api.js';
import { AcrossZones, useZoneName } from './session-parts.js';
import {
  mayPlanSessions,
  type Session,
  type SessionAudience,
  type SessionInput,
  type SessionMode,
  type SuggestedSlot,
  sessionAudiences,
  sessionModes,
  sessionsApi,
} from './sessions-api.js';
import { SlotFinderPanel } from './slot-finder-panel.js';

interface FormState {
  originalLanguage: Locale;
  title: string;
  description: string;
  mode: SessionMode;
  audience: SessionAudience;
  topics: string[];
  durationMinutes: number | string;
  seats: Record<string, number | string>;
  waitlist: boolean;
  hostCityId: string;
  anchorTimeZone: string;
  /** The start's date and time read in the anchor zone. */
  date: string;
  time: string;
  venues: Record<string, string>;
  videoUrl: string;
}

/** Create (no id in the address) or edit a session: staff only. */
export default function SessionFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { me } = useSession();
  const { cities } = usePartnership();
  const [session, setSession] = useState<Session | null | undefined>(id === undefined ? null : undefined);
  const [loadError, setLoadError] = useState<string>();
  usePageTitle(t(id === undefined ? 'sessions.new' : 'sessions.editTitle'));

  const load = useCallback(() => {
    if (id === undefined) return;
    setLoadError(undefined);
    sessionsApi
      .get(id)
      .then(setSession, (error: unknown) => setLoadError(errorMessage(error, t('common.loadFailed'))));
  }, [id, t]);

  useEffect(load, [load]);

  if (me === undefined || cities === undefined)
    return <Loader role="status" aria-label={t('common.loading')} />;
  if (!me || !mayPlanSessions(me)) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('sessions.new')}</Title>
        <Alert color="blue">{t('sessions.staffOnly')}</Alert>
      </Stack>
    );
  }
  if (loadError) return <LoadFailure message={loadError} onRetry={load} />;
  if (session === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return <SessionForm me={me} session={session} />;
}

function initialState(
  me: Me,
  session: Session | null,
  cityZone: (id: string) => string | undefined,
): FormState {
  if (session === null) {
    return {
      originalLanguage: me.locale,
      title: '',
      description: '',
      mode: 'online',
      audience: 'everyone',
      topics: [],
      durationMinutes: 60,
      seats: {},
      waitlist: true,
      hostCityId: me.cityId,
      anchorTimeZone: cityZone(me.cityId) ?? me.timeZone,
      date: '',
      time: '',
      venues: {},
      videoUrl: '',
    };
  }
  const original = session.originalLanguage;
  const local = zonedParts(new Date(session.startsAt), session.anchorTimeZone);
  return {
    originalLanguage: isLocale(original) ? original : 'en',
    title: session.title[original] ?? session.display.title,
    description: session.description[original] ?? '',
    mode: session.mode,
    audience: session.audience,
    topics: session.topics,
    durationMinutes: session.durationMinutes,
    seats: Object.fromEntries(Object.entries(session.seats).map(([cityId, seats]) => [cityId, seats.total])),
    waitlist: session.waitlist,
    hostCityId: session.hostCityId ?? me.cityId,
    anchorTimeZone: session.anchorTimeZone,
    date: local.date,
    time: local.time,
    venues: session.venues,
    videoUrl: '',
  };
}

/** The start as an instant, or why it cannot be one yet; a spring-forward gap moves it forward. */
function startOf(form: FormState): { instant?: Date; note?: 'gap' | 'overlap' } {
  if (!isCalendarDate(form.date) || !isTimeOfDay(form.time)) return {};
  const local = { date: form.date, time: form.time };
  const resolution = resolveLocal(local, form.anchorTimeZone);
  return {
    instant: instantFromLocal(local, form.anchorTimeZone),
    ...(resolution.kind === 'unique' ? {} : { note: resolution.kind }),
  };
}

function SessionForm({ me, session }: { me: Me; session: Session | null }) {
  const { locale, t } = useI18n();
  const { cities = [], partnership, cityById } = usePartnership();
  const zoneName = useZoneName();
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(() =>
    initialState(me, session, (id) => cityById(id)?.timeZone),
  );
  const [errors, setErrors] = useState<Partial<Record<'title' | 'when' | 'duration' | 'candidates', string>>>(
    {},
  );
  /** Set one start now, or propose several in an availability poll (new sessions only). */
  const [timing, setTiming] = useState<'one' | 'poll'>('one');
  /** The poll's candidate starts, ISO instants in time order. */
  const [candidates, setCandidates] = useState<string[]>([]);
  const [failure, setFailure] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState<'draft' | 'published' | 'save' | 'poll'>();
  const dateInput = useRef<HTMLInputElement>(null);
  const editing = session !== null;

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const seatsOf = (cityId: string) => Number(form.seats[cityId] ?? (editing ? 0 : 10)) || 0;
  const duration = Number(form.durationMinutes) || 0;
  const seatedCities = cities.filter((city) => seatsOf(city.id) > 0).map((city) => city.id);
  const start = startOf(form);

  const zoneOptions = [
    ...new Set([...cities.map((city) => city.timeZone), me.timeZone, form.anchorTimeZone]),
  ].map((zone) => ({ value: zone, label: zoneName(zone) }));

  function addCandidate(startsAt: string) {
    const instant = new Date(startsAt).toISOString();
    if (candidates.includes(instant)) {
      setErrors((current) => ({ ...current, candidates: t('polls.form.duplicate') }));
    } else if (candidates.length >= maxOptions) {
      setErrors((current) => ({ ...current, candidates: t('polls.form.tooMany', { max: maxOptions }) }));
    } else if (new Date(instant).getTime() <= Date.now()) {
      setErrors((current) => ({ ...current, candidates: t('sessions.form.whenPast') }));
    } else {
      setCandidates((current) => [...current, instant].sort());
      setErrors((current) => ({ ...current, candidates: undefined, when: undefined }));
    }
  }

  function choose(slot: SuggestedSlot) {
    if (timing === 'poll') {
      addCandidate(slot.startsAt);
      return;
    }
    const local = zonedParts(new Date(slot.startsAt), form.anchorTimeZone);
    setForm((current) => ({ ...current, date: local.date, time: local.time }));
    setErrors((current) => ({ ...current, when: undefined }));
    setChosen(slot.startsAt);
    dateInput.current?.focus();
  }

  function validate(): boolean {
    const found: typeof errors = {};
    if (form.title.trim() === '') found.title = t('sessions.form.titleRequired');
    if (timing === 'poll') {
      if (candidates.length < minOptions) found.candidates = t('polls.form.tooFew', { min: minOptions });
    } else if (start.instant === undefined) found.when = t('sessions.form.whenRequired');
    else if (start.instant.getTime() <= Date.now()) found.when = t('sessions.form.whenPast');
    if (!Number.isInteger(duration) || duration <= 0) found.duration = t('sessions.form.durationInvalid');
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  async function submit(status: 'draft' | 'published' | 'save' | 'poll') {
    setFailure(undefined);
    if (!validate()) return;
    if (status !== 'poll' && start.instant === undefined) return;
    setBusy(status);
    const language = form.originalLanguage;
    const venues = Object.fromEntries(
      Object.entries(form.venues).filter(([cityId, venue]) => venue.trim() !== '' && seatsOf(cityId) > 0),
    );
    const common = {
      title: { [language]: form.title.trim() },
      description: { [language]: form.description.trim() },
      durationMinutes: duration,
      anchorTimeZone: form.anchorTimeZone,
      mode: form.mode,
      audience: form.audience,
      seats: Object.fromEntries(cities.map((city) => [city.id, seatsOf(city.id)])),
      waitlist: form.waitlist,
      topics: form.topics,
      ...(form.mode === 'online' ? {} : { venues }),
      ...(form.mode !== 'in_person' && form.videoUrl.trim() !== '' ? { videoUrl: form.videoUrl.trim() } : {}),
    };
    try {
      if (status === 'poll') {
        const created = await pollsApi.create({
          ...common,
          originalLanguage: language,
          hostCityId: form.hostCityId,
          options: candidates,
        });
        rememberPoll(created.poll.id, { shareUrl: created.shareUrl });
        void navigate(sharePath(created.shareUrl));
        return;
      }
      const startsAt = start.instant?.toISOString() ?? '';
      const saved =
        session === null
          ? await sessionsApi.create({
              ...common,
              startsAt,
              originalLanguage: language,
              hostCityId: form.hostCityId,
              status: status === 'published' ? 'published' : 'draft',
            } satisfies SessionInput)
          : await sessionsApi.update(session.id, { ...common, startsAt });
      void navigate(`/sessions/${saved.id}`);
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 403
          ? t('sessions.staffOnly')
          : errorMessage(error, t('common.networkError')),
      );
    } finally {
      setBusy(undefined);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(editing ? 'save' : timing === 'poll' ? 'poll' : 'draft');
  }

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{editing ? t('sessions.editTitle') : t('sessions.new')}</Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xl">
          <Stack gap="md" component="fieldset" className="plain-fieldset">
            <legend className="fieldset-legend">{t('sessions.form.what')}</legend>
            <NativeSelect
              label={t('sessions.form.originalLanguage')}
              description={
                editing ? t('sessions.form.originalLanguageFixed') : t('sessions.form.originalLanguageHelp')
              }
              value={form.originalLanguage}
              disabled={editing}
              onChange={(event) => set('originalLanguage', event.currentTarget.value as Locale)}
            >
              {locales.map((option) => (
                <option key={option} value={option} lang={option}>
                  {localeNames[option]}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              label={t('sessions.form.title')}
              required
              maxLength={200}
              lang={form.originalLanguage}
              value={form.title}
              error={errors.title}
              onChange={(event) => set('title', event.currentTarget.value)}
            />
            <Textarea
              label={t('sessions.form.description')}
              autosize
              minRows={3}
              lang={form.originalLanguage}
              value={form.description}
              onChange={(event) => set('description', event.currentTarget.value)}
            />
            <Group gap="md" grow wrap="wrap">
              <NativeSelect
                label={t('sessions.modeLabel')}
                value={form.mode}
                onChange={(event) => set('mode', event.currentTarget.value as SessionMode)}
                data={sessionModes.map((value) => ({ value, label: t(`sessions.mode.${value}`) }))}
              />
              <NativeSelect
                label={t('sessions.audienceLabel')}
                value={form.audience}
                onChange={(event) => set('audience', event.currentTarget.value as SessionAudience)}
                data={sessionAudiences.map((value) => ({ value, label: t(`sessions.audience.${value}`) }))}
              />
              <NativeSelect
                label={t('sessions.hostCity')}
                value={form.hostCityId}
                disabled={editing}
                onChange={(event) => set('hostCityId', event.currentTarget.value)}
                data={cities.map((city) => ({ value: city.id, label: city.name[locale] }))}
              />
            </Group>
            <Checkbox.Group
              label={t('sessions.topics')}
              value={form.topics}
              onChange={(value) => set('topics', value)}
            >
              <Group gap="md" mt={6}>
                {(partnership?.topics ?? []).map((topic) => (
                  <Checkbox key={topic.id} value={topic.id} label={topic.label[locale]} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>

          <Stack gap="md" component="fieldset" className="plain-fieldset">
            <legend className="fieldset-legend">{t('sessions.form.seatsHeading')}</legend>
            <Text size="sm">{t('sessions.form.seatsHelp')}</Text>
            <Group gap="md" wrap="wrap">
              {cities.map((city) => (
                <NumberInput
                  key={city.id}
                  label={t('sessions.form.seatsIn', { city: city.name[locale] })}
                  min={0}
                  max={10_000}
                  allowDecimal={false}
                  allowNegative={false}
                  value={form.seats[city.id] ?? (editing ? 0 : 10)}
                  onChange={(value) => set('seats', { ...form.seats, [city.id]: value })}
                  w={180}
                />
              ))}
            </Group>
            <Switch
              label={t('sessions.form.waitlist')}
              description={t('sessions.form.waitlistHelp')}
              checked={form.waitlist}
              onChange={(event) => set('waitlist', event.currentTarget.checked)}
            />
            {form.mode !== 'online' &&
              cities
                .filter((city) => seatsOf(city.id) > 0)
                .map((city) => (
                  <TextInput
                    key={city.id}
                    label={t('sessions.venueIn', { city: city.name[locale] })}
                    maxLength={500}
                    value={form.venues[city.id] ?? ''}
                    onChange={(event) =>
                      set('venues', { ...form.venues, [city.id]: event.currentTarget.value })
                    }
                  />
                ))}
            {form.mode !== 'in_person' && (
              <TextInput
                type="url"
                label={t('sessions.form.videoUrl')}
                description={editing ? t('sessions.form.videoUrlKeep') : t('sessions.form.videoUrlHelp')}
                maxLength={500}
                value={form.videoUrl}
                onChange={(event) => set('videoUrl', event.currentTarget.value)}
              />
            )}
          </Stack>

          <Stack gap="md" component="fieldset" className="plain-fieldset">
            <legend className="fieldset-legend">{t('sessions.when')}</legend>
            <Group gap="md" grow wrap="wrap" align="flex-start">
              <NumberInput
                label={t('sessions.form.duration')}
                min={5}
                max={1440}
                step={15}
                allowDecimal={false}
                allowNegative={false}
                value={form.durationMinutes}
                error={errors.duration}
                onChange={(value) => set('durationMinutes', value)}
              />
              <NativeSelect
                label={t('sessions.form.anchorZone')}
                description={t('sessions.form.anchorZoneHelp')}
                value={form.anchorTimeZone}
                onChange={(event) => set('anchorTimeZone', event.currentTarget.value)}
                data={zoneOptions}
              />
            </Group>

            {!editing && (
              <Radio.Group
                label={t('polls.form.timing')}
                description={timing === 'poll' ? t('polls.form.timingPollHelp') : undefined}
                value={timing}
                onChange={(value) => {
                  setTiming(value === 'poll' ? 'poll' : 'one');
                  setErrors((current) => ({ ...current, when: undefined, candidates: undefined }));
                }}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="one" label={t('polls.form.timingOne')} />
                  <Radio value="poll" label={t('polls.form.timingPoll')} />
                </Group>
              </Radio.Group>
            )}

            <SlotFinderPanel
              durationMinutes={duration > 0 ? duration : 60}
              cityIds={seatedCities.length > 0 ? seatedCities : cities.map((city) => city.id)}
              audience={form.audience}
              anchorTimeZone={form.anchorTimeZone}
              onChoose={choose}
              seriesId={session?.seriesId}
              {...(timing === 'poll'
                ? {
                    chooseLabel: t('polls.form.addSuggested'),
                    taken: {
                      has: (startsAt: string) => candidates.includes(new Date(startsAt).toISOString()),
                      label: t('polls.form.added'),
                    },
                  }
                : {})}
            />

            <Group gap="md" align="flex-start" wrap="wrap">
              <TextInput
                ref={dateInput}
                type="date"
                label={t('sessions.form.date', { zone: zoneName(form.anchorTimeZone) })}
                required
                value={form.date}
                error={errors.when}
                onChange={(event) => set('date', event.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('sessions.form.time', { zone: zoneName(form.anchorTimeZone) })}
                required
                value={form.time}
                onChange={(event) => set('time', event.currentTarget.value)}
              />
              {timing === 'poll' && (
                <Button
                  variant="default"
                  mt={25}
                  onClick={() =>
                    start.instant === undefined
                      ? setErrors((current) => ({ ...current, when: t('sessions.form.whenRequired') }))
                      : addCandidate(start.instant.toISOString())
                  }
                >
                  {t('polls.form.addTime')}
                </Button>
              )}
            </Group>
            <div aria-live="polite" data-testid="start-preview">
              {timing === 'one' &&
                chosen !== undefined &&
                start.instant?.toISOString() === new Date(chosen).toISOString() && (
                  <Text size="sm" c="green.9" fw={600}>
                    {t('slots.chosen')}
                  </Text>
                )}
              {start.instant !== undefined && (
                <Text>
                  {t('sessions.form.startsAt')} <AcrossZones instant={start.instant} />
                </Text>
              )}
              {start.note === 'gap' && start.instant !== undefined && (
                <Alert color="yellow" mt="xs">
                  {t('sessions.form.dstGap', {
                    time: form.time,
                    moved: formatTime(start.instant, locale, form.anchorTimeZone),
                  })}
                </Alert>
              )}
              {start.note === 'overlap' && (
                <Alert color="yellow" mt="xs">
                  {t('sessions.form.dstOverlap', { time: form.time })}
                </Alert>
              )}
            </div>
            {timing === 'poll' && (
              <>
                <CandidateTimes
                  starts={candidates}
                  durationMinutes={duration > 0 ? duration : 60}
                  onRemove={(startsAt) =>
                    setCandidates((current) => current.filter((candidate) => candidate !== startsAt))
                  }
                />
                <div aria-live="polite">
                  {errors.candidates && (
                    <Text c="red.9" size="sm" role="alert" data-testid="candidates-error">
                      {errors.candidates}
                    </Text>
                  )}
                </div>
              </>
            )}
          </Stack>

          <div aria-live="polite">
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
          </div>
          <Group gap="sm">
            {editing ? (
              <Button type="submit" loading={busy === 'save'}>
                {t('sessions.form.save')}
              </Button>
            ) : timing === 'poll' ? (
              <Button type="submit" loading={busy === 'poll'}>
                {t('polls.form.create')}
              </Button>
            ) : (
              <>
                <Button type="button" loading={busy === 'published'} onClick={() => void submit('published')}>
                  {t('sessions.publish')}
                </Button>
                <Button type="submit" variant="default" loading={busy === 'draft'}>
                  {t('sessions.form.saveDraft')}
                </Button>
              </>
            )}
            <Button
              variant="subtle"
              onClick={() => navigate(session === null ? '/sessions' : `/sessions/${session.id}`)}
            >
              {t('sessions.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
