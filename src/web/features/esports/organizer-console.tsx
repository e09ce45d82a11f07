import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { type Entrant, esportsApi, type Match, type PlayoffInput, type Tournament } from './esports-api.js';
import { useTournamentAction } from './esports-parts.js';

interface ConsoleProps {
  tournament: Tournament;
  entrants: readonly Entrant[];
  matches: readonly Match[];
  onChanged(message: MessageKey): void;
}

/**
 * What only organizers do: enter players or teams before the start, start, pair the next Swiss
 * round, see the disputes waiting for them, and turn a finished Swiss or round robin into playoffs.
 * Results themselves are entered (and disputes decided) on each match.
 */
export function OrganizerConsole({ tournament, entrants, matches, onChanged }: ConsoleProps) {
  const { t } = useI18n();
  const { busy, problem, run: attempt } = useTournamentAction();
  const open = matches.filter((match) => match.status === 'ready' || match.status === 'reported');
  const disputed = matches.filter((match) => match.status === 'disputed');
  const roundComplete = matches.every(
    (match) => match.round < tournament.currentRound || match.status === 'completed',
  );
  const canPairNext =
    tournament.format === 'swiss' &&
    tournament.status === 'running' &&
    roundComplete &&
    tournament.swissRounds !== null &&
    tournament.currentRound < tournament.swissRounds;
  const nameOf = (id: string | null) => entrants.find((entrant) => entrant.id === id)?.name ?? '';

  async function run(action: () => Promise<unknown>, done: MessageKey) {
    if (await attempt(action)) onChanged(done);
  }

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="console-heading"
      data-testid="organizer-console"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="console-heading">
          {t('esports.console.title')}
        </Title>
        <Text size="sm">{t('esports.console.intro')}</Text>
        {tournament.status === 'registration' && (
          <EntrantForm tournament={tournament} onChanged={onChanged} />
        )}
        {tournament.status !== 'completed' && tournament.status !== 'registration' && (
          <Text size="sm" data-testid="console-counts">
            {t('esports.console.counts', { open: open.length, disputed: disputed.length })}
          </Text>
        )}
        {disputed.length > 0 && (
          <section aria-labelledby="console-disputes">
            <Title order={3} size="h5" id="console-disputes">
              {t('esports.console.disputes')}
            </Title>
            <ul className="plain-list" data-testid="console-disputes">
              {disputed.map((match) => (
                <li key={match.id}>
                  <Anchor href={`#match-${match.key}`}>
                    {t('esports.console.disputeLine', {
                      key: match.key,
                      home: nameOf(match.entrant1Id),
                      away: nameOf(match.entrant2Id),
                    })}
                  </Anchor>
                  {match.dispute && <Text size="sm">“{match.dispute.reason}”</Text>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <Group gap="sm">
          {tournament.status === 'registration' && (
            <Button
              loading={busy}
              disabled={entrants.length < 2}
              onClick={() => void run(() => esportsApi.start(tournament.id), 'esports.console.started')}
            >
              {t('esports.console.start')}
            </Button>
          )}
          {tournament.format === 'swiss' && tournament.status === 'running' && (
            <Button
              loading={busy}
              disabled={!canPairNext}
              onClick={() => void run(() => esportsApi.nextRound(tournament.id), 'esports.console.paired')}
            >
              {t('esports.console.nextRound', { round: tournament.currentRound + 1 })}
            </Button>
          )}
        </Group>
        {tournament.status === 'registration' && entrants.length < 2 && (
          <Text size="sm">{t('esports.console.needTwo')}</Text>
        )}
        {tournament.format === 'swiss' && tournament.status === 'running' && !roundComplete && (
          <Text size="sm">{t('esports.console.roundIncomplete')}</Text>
        )}
        {tournament.status === 'completed' &&
          (tournament.format === 'swiss' || tournament.format === 'round_robin') && (
            <PlayoffForm tournament={tournament} entrantCount={entrants.length} />
          )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** Enters a player or team by name, with their city and, if known, their rating (or seed by hand). */
function EntrantForm({
  tournament,
  onChanged,
}: {
  tournament: Tournament;
  onChanged(message: MessageKey): void;
}) {
  const { t, locale } = useI18n();
  const { cities } = usePartnership();
  const [name, setName] = useState('');
  const [cityId, setCityId] = useState(tournament.hostCityId);
  const [rating, setRating] = useState<number | string>('');
  const [seed, setSeed] = useState<number | string>('');
  const { busy, problem, setProblem, run: attempt } = useTournamentAction();
  const team = tournament.entrantKind === 'team';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem(t('esports.console.entrantNameRequired'));
      return;
    }
    const added = await attempt(() =>
      esportsApi.addEntrant(tournament.id, {
        name: name.trim(),
        cityId,
        ...(rating === '' ? {} : { rating: Number(rating) }),
        ...(seed === '' || tournament.seeding !== 'hand' ? {} : { seed: Number(seed) }),
      }),
    );
    if (!added) return;
    setName('');
    setRating('');
    setSeed('');
    onChanged('esports.console.entrantAdded');
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="entrant-form-heading" noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5" id="entrant-form-heading">
          {t(team ? 'esports.console.addTeam' : 'esports.console.addPlayer')}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            label={t(team ? 'esports.console.teamName' : 'esports.console.playerName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={100}
            required
          />
          <NativeSelect
            label={t('esports.console.city')}
            value={cityId}
            onChange={(event) => setCityId(event.currentTarget.value)}
            data={(cities ?? []).map((city) => ({ value: city.id, label: city.name[locale] }))}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('esports.console.rating')}
            description={t('esports.console.ratingHint')}
            value={rating}
            onChange={setRating}
            min={0}
            max={5000}
            allowDecimal={false}
          />
          {tournament.seeding === 'hand' && (
            <NumberInput
              label={t('esports.console.seed')}
              value={seed}
              onChange={setSeed}
              min={1}
              max={4096}
              allowDecimal={false}
            />
          )}
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={busy}>
            {t(team ? 'esports.console.addTeam' : 'esports.console.addPlayer')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

/** The second stage: an elimination bracket of the top of the table, seeded by rank, started at once. */
function PlayoffForm({ tournament, entrantCount }: { tournament: Tournament; entrantCount: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const sizes = [4, 8, 16, 32].filter((size) => size <= entrantCount);
  const [top, setTop] = useState(String(sizes.at(-1) ?? 2));
  const [format, setFormat] = useState<PlayoffInput['format']>('double_elimination');
  const { busy, problem, run: attempt } = useTournamentAction();
  if (sizes.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await attempt(async () => {
      const created = await esportsApi.playoffs(tournament.id, { format, top: Number(top) });
      void navigate(`/esports/tournaments/${created.id}`, {
        state: { notice: 'esports.console.playoffsCreated' },
      });
    });
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="playoff-form-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="playoff-form-heading">
          {t('esports.console.playoffs')}
        </Title>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('esports.console.playoffTop')}
            value={top}
            onChange={(event) => setTop(event.currentTarget.value)}
            data={sizes.map((size) => ({ value: String(size), label: String(size) }))}
          />
          <NativeSelect
            label={t('esports.newTournament.format')}
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as PlayoffInput['format'])}
            data={(['double_elimination', 'single_elimination'] as const).map((value) => ({
              value,
              label: t(`esports.format.${value}`),
            }))}
          />
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={busy}>
            {t('esports.console.createPlayoffs')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
