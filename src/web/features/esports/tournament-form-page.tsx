import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { instantFromLocal, isoWithOffset } from '../../../core/time/zoned-time.js';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatZoneName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi, hostableCities, type TournamentFormat, type TournamentInput } from './esports-api.js';
import { useGames } from './esports-parts.js';
import { LatencyAdvice } from './latency-advice.js';
import './esports.css';

const formats: readonly TournamentFormat[] = [
  'swiss',
  'single_elimination',
  'double_elimination',
  'round_robin',
];
const bestOfChoices = [1, 3, 5, 7] as const;
const windowFields = [
  'registrationOpensAt',
  'registrationClosesAt',
  'checkInOpensAt',
  'checkInClosesAt',
] as const;
type WindowField = (typeof windowFields)[number];

interface FormState {
  name: string;
  game: string;
  format: TournamentFormat;
  hostCityId: string;
  entrantKind: '' | 'player' | 'team';
  seeding: 'rating' | 'hand';
  bestOf: string;
  swissRounds: number | string;
  groups: number | string;
  thirdPlaceMatch: boolean;
  grandFinalReset: boolean;
  doubleRoundRobin: boolean;
  entryCap: number | string;
  windows: Record<WindowField, string>;
}

/** A `datetime-local` value ("2026-12-01T18:00") read in a zone, as an instant with its offset. */
function instantOf(value: string, timeZone: string): string | undefined {
  const [date, time] = value.split('T');
  if (date === undefined || time === undefined) return undefined;
  return isoWithOffset(instantFromLocal({ date, time }, timeZone), timeZone);
}

/** A whole number typed in a field, or undefined when left empty. */
function wholeNumber(value: number | string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/**
 * The organizer's form for a new tournament: name, game (with the latency advice for a cross-city
 * match of a game where distance matters), format and its options, best-of, entry cap, and the
 * registration and check-in windows in the organizer's own time zone.
 */
export default function TournamentFormPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { cities, cityById } = usePartnership();
  const { locale } = useI18n();
  const navigate = useNavigate();
  const games = useGames();
  const [form, setForm] = useState<FormState>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('esports.newTournament.title'));

  const hostable = hostableCities(
    me,
    (cities ?? []).map((city) => city.id),
  );
  const firstHost =
    me && hostable.length > 0 ? (hostable.includes(me.cityId) ? me.cityId : hostable[0]) : undefined;
  useEffect(() => {
    if (firstHost === undefined) return;
    setForm(
      (current) =>
        current ?? {
          name: '',
          game: '',
          format: 'swiss',
          hostCityId: firstHost,
          entrantKind: '',
          seeding: 'rating',
          bestOf: '1',
          swissRounds: '',
          groups: '',
          thirdPlaceMatch: false,
          grandFinalReset: true,
          doubleRoundRobin: false,
          entryCap: '',
          windows: {
            registrationOpensAt: '',
            registrationClosesAt: '',
            checkInOpensAt: '',
            checkInClosesAt: '',
          },
        },
    );
  }, [firstHost]);

  if (me === null) {
    return (
      <Alert color="yellow">
        <Anchor component={Link} to="/sign-in">
          {t('esports.newTournament.signIn')}
        </Anchor>
      </Alert>
    );
  }
  if (me !== undefined && cities !== undefined && hostable.length === 0) {
    return <Alert color="yellow">{t('esports.newTournament.notOrganizer')}</Alert>;
  }
  if (games !== undefined && games.length === 0) return <Alert color="red">{t('common.loadFailed')}</Alert>;
  if (me === undefined || form === undefined || games === undefined) {
    return <Loader role="status" aria-label={t('common.loading')} />;
  }

  const zone = me.timeZone || browserTimeZone();
  const game = games.find((item) => item.id === form.game);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => (current === undefined ? current : { ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form === undefined) return;
    if (form.name.trim() === '' || form.game === '') {
      setProblem(
        t(
          form.name.trim() === ''
            ? 'esports.newTournament.nameRequired'
            : 'esports.newTournament.gameRequired',
        ),
      );
      return;
    }
    const input: TournamentInput = {
      name: form.name.trim(),
      game: form.game,
      format: form.format,
      hostCityId: form.hostCityId,
      seeding: form.seeding,
      bestOf: Number(form.bestOf),
      ...(form.entrantKind === '' ? {} : { entrantKind: form.entrantKind }),
      ...(form.format === 'swiss' && wholeNumber(form.swissRounds) !== undefined
        ? { swissRounds: wholeNumber(form.swissRounds) }
        : {}),
      ...(form.format === 'round_robin' && wholeNumber(form.groups) !== undefined
        ? { groups: wholeNumber(form.groups) }
        : {}),
      ...(form.format === 'single_elimination' ? { thirdPlaceMatch: form.thirdPlaceMatch } : {}),
      ...(form.format === 'double_elimination' ? { grandFinalReset: form.grandFinalReset } : {}),
      ...(form.format === 'round_robin' ? { doubleRoundRobin: form.doubleRoundRobin } : {}),
      ...(wholeNumber(form.entryCap) === undefined ? {} : { entryCap: wholeNumber(form.entryCap) }),
    };
    for (const field of windowFields) {
      const instant = form.windows[field] === '' ? undefined : instantOf(form.windows[field], zone);
      if (instant !== undefined) input[field] = instant;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await esportsApi.createTournament(input);
      void navigate(`/esports/tournaments/${created.id}`, {
        state: { notice: 'esports.newTournament.created' },
      });
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
      setBusy(false);
    }
  }

  const windowLabels: Record<WindowField, MessageKey> = {
    registrationOpensAt: 'esports.newTournament.registrationOpens',
    registrationClosesAt: 'esports.newTournament.registrationCloses',
    checkInOpensAt: 'esports.newTournament.checkInOpens',
    checkInClosesAt: 'esports.newTournament.checkInCloses',
  };

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to="/esports/tournaments">
        <span aria-hidden="true">←&nbsp;</span>
        {t('esports.backToTournaments')}
      </Anchor>
      <Title order={1}>{t('esports.newTournament.title')}</Title>
      <Text>{t('esports.newTournament.intro')}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('esports.newTournament.name')}
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            maxLength={200}
            required
          />
          <NativeSelect
            label={t('esports.games.choose')}
            value={form.game}
            onChange={(event) => set('game', event.currentTarget.value)}
            required
            data={[
              { value: '', label: t('esports.newTournament.chooseGame') },
              ...games.map((item) => ({
                value: item.id,
                label: `${item.name} · ${t(`esports.latencyClass.${item.latencyClass}`)}`,
              })),
            ]}
          />
          {game && game.latencyClass !== 'turn_based' && (
            <section
              aria-labelledby="form-latency-heading"
              className="form-latency"
              data-testid="form-latency"
            >
              <Title order={2} size="h4" id="form-latency-heading" mb="xs">
                {t('esports.latency.forThisGame', { game: game.name })}
              </Title>
              <LatencyAdvice gameId={game.id} />
            </section>
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('esports.newTournament.host')}
              value={form.hostCityId}
              onChange={(event) => set('hostCityId', event.currentTarget.value)}
              data={hostable.map((id) => ({ value: id, label: cityById(id)?.name[locale] ?? id }))}
            />
            <NativeSelect
              label={t('esports.newTournament.entrantKind')}
              value={form.entrantKind}
              onChange={(event) => set('entrantKind', event.currentTarget.value as FormState['entrantKind'])}
              data={[
                { value: '', label: t('esports.newTournament.entrantKindDefault') },
                { value: 'player', label: t('esports.newTournament.players') },
                { value: 'team', label: t('esports.newTournament.teams') },
              ]}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('esports.newTournament.format')}
              value={form.format}
              onChange={(event) => set('format', event.currentTarget.value as TournamentFormat)}
              data={formats.map((format) => ({ value: format, label: t(`esports.format.${format}`) }))}
            />
            <NativeSelect
              label={t('esports.newTournament.bestOf')}
              value={form.bestOf}
              onChange={(event) => set('bestOf', event.currentTarget.value)}
              data={bestOfChoices.map((n) => ({
                value: String(n),
                label: t('esports.newTournament.bestOfN', { games: n }),
              }))}
            />
          </Group>
          {form.format === 'swiss' && (
            <NumberInput
              label={t('esports.newTournament.swissRounds')}
              description={t('esports.newTournament.swissRoundsHint')}
              value={form.swissRounds}
              onChange={(value) => set('swissRounds', value)}
              min={1}
              max={64}
              allowDecimal={false}
            />
          )}
          {form.format === 'round_robin' && (
            <>
              <NumberInput
                label={t('esports.newTournament.groups')}
                description={t('esports.newTournament.groupsHint')}
                value={form.groups}
                onChange={(value) => set('groups', value)}
                min={1}
                max={64}
                allowDecimal={false}
              />
              <Checkbox
                label={t('esports.newTournament.doubleRoundRobin')}
                checked={form.doubleRoundRobin}
                onChange={(event) => set('doubleRoundRobin', event.currentTarget.checked)}
              />
            </>
          )}
          {form.format === 'single_elimination' && (
            <Checkbox
              label={t('esports.newTournament.thirdPlace')}
              checked={form.thirdPlaceMatch}
              onChange={(event) => set('thirdPlaceMatch', event.currentTarget.checked)}
            />
          )}
          {form.format === 'double_elimination' && (
            <Checkbox
              label={t('esports.newTournament.grandFinalReset')}
              checked={form.grandFinalReset}
              onChange={(event) => set('grandFinalReset', event.currentTarget.checked)}
            />
          )}
          {(form.format === 'swiss' || form.format === 'round_robin') && (
            <Text size="sm">{t('esports.newTournament.twoStages')}</Text>
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('esports.newTournament.seeding')}
              value={form.seeding}
              onChange={(event) => set('seeding', event.currentTarget.value as FormState['seeding'])}
              data={[
                { value: 'rating', label: t('esports.newTournament.seedByRating') },
                { value: 'hand', label: t('esports.newTournament.seedByHand') },
              ]}
            />
            <NumberInput
              label={t('esports.newTournament.entryCap')}
              description={t('esports.newTournament.entryCapHint')}
              value={form.entryCap}
              onChange={(value) => set('entryCap', value)}
              min={2}
              max={4096}
              allowDecimal={false}
            />
          </Group>
          <fieldset className="plain-fieldset">
            <legend className="fieldset-legend">{t('esports.newTournament.windows')}</legend>
            <Text size="sm" mb="xs">
              {t('esports.newTournament.windowsHint', {
                zone: formatZoneName(
                  zone,
                  locale,
                  (cities ?? []).map((city) => ({ name: city.name[locale], timeZone: city.timeZone })),
                  (city) => t('common.cityTime', { city }),
                ),
              })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {windowFields.map((field) => (
                <TextInput
                  key={field}
                  type="datetime-local"
                  label={t(windowLabels[field])}
                  value={form.windows[field]}
                  onChange={(event) =>
                    set('windows', { ...form.windows, [field]: event.currentTarget.value })
                  }
                />
              ))}
            </SimpleGrid>
          </fieldset>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('esports.newTournament.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
