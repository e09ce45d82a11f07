import { Alert, Button, Card, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useSession } from '../accounts/session.js';
import { type Entrant, esportsApi, type Match, type MatchWindow } from './esports-api.js';
import { CityTimes, MatchStatusBadge, useCityName } from './esports-parts.js';

interface MatchCardProps {
  match: Match;
  entrants: ReadonlyMap<string, Entrant>;
  /** Whether the viewer runs this tournament (the server checks again). */
  organizer: boolean;
  allowDraws: boolean;
  /** Called after a change so the page reloads the bracket. */
  onChanged(message: MessageKey): void;
}

/**
 * One match: both sides with their cities and scores, its status, the scheduled time in both cities,
 * and what the viewer may do: report, confirm or dispute (a side), enter or decide (an organizer).
 */
export function MatchCard({ match, entrants, organizer, allowDraws, onChanged }: MatchCardProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const cityName = useCityName();
  const headingId = useId();
  const sides = [match.entrant1Id, match.entrant2Id] as const;
  const bye = match.status === 'completed' && (sides[0] === null) !== (sides[1] === null);
  const name = (id: string | null) =>
    id === null ? (bye ? t('esports.match.bye') : t('esports.match.tbd')) : (entrants.get(id)?.name ?? id);
  const cityIds = sides
    .flatMap((id) => (id === null ? [] : [entrants.get(id)?.cityId ?? '']))
    .filter(Boolean);
  const open = match.status === 'ready' || match.status === 'reported' || match.status === 'disputed';

  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-labelledby={headingId}
      id={`match-${match.key}`}
      data-testid={`match-${match.key}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap={4}>
          <Text id={headingId} fw={600} size="sm">
            {t('esports.match.label', { key: match.key, bestOf: match.bestOf })}
          </Text>
          <MatchStatusBadge status={match.status} />
        </Group>
        <table className="match-sides">
          <caption className="visually-hidden">{t('esports.match.sidesCaption')}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('esports.match.entrant')}</th>
              <th scope="col">{t('esports.match.score')}</th>
            </tr>
          </thead>
          <tbody>
            {([0, 1] as const).map((side) => {
              const id = sides[side];
              const won = match.status === 'completed' && id !== null && match.winnerId === id;
              const entrant = id === null ? undefined : entrants.get(id);
              return (
                <tr key={side} data-testid={`side-${side}`} className={won ? 'match-winner' : undefined}>
                  <th scope="row">
                    {name(id)}
                    {entrant && <span className="match-city"> · {cityName(entrant.cityId)}</span>}
                    {won && <span className="visually-hidden"> ({t('esports.match.winner')})</span>}
                  </th>
                  <td>{match.scores?.[side] ?? (bye ? '' : '–')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {match.forfeit && <Text size="sm">{t('esports.match.forfeit')}</Text>}
        {match.scheduledAt ? (
          <Text size="sm" data-testid="match-time">
            <CityTimes instant={new Date(match.scheduledAt)} cityIds={cityIds} withDate />
          </Text>
        ) : (
          !bye &&
          match.status !== 'completed' && (
            <Text size="sm" c="gray.8">
              {t('esports.match.notScheduled')}
            </Text>
          )
        )}
        {match.report && (match.status === 'reported' || match.status === 'disputed') && (
          <Text size="sm" data-testid="match-report">
            {t('esports.match.reported', {
              by: name(match.report.byEntrantId),
              score: `${match.report.scores[0]}–${match.report.scores[1]}`,
            })}
          </Text>
        )}
        {match.dispute && match.status === 'disputed' && (
          <Alert color="red" p="xs" data-testid="match-dispute">
            {t('esports.match.disputed', {
              by: name(match.dispute.byEntrantId),
              reason: match.dispute.reason,
            })}
          </Alert>
        )}
        {open && me && sides[0] !== null && sides[1] !== null && (
          <MatchActions
            match={match}
            names={[name(sides[0]), name(sides[1])]}
            organizer={organizer}
            allowDraws={allowDraws}
            cityIds={cityIds}
            onChanged={onChanged}
          />
        )}
      </Stack>
    </Card>
  );
}

type Panel = 'none' | 'result' | 'dispute' | 'windows';

function MatchActions({
  match,
  names,
  organizer,
  allowDraws,
  cityIds,
  onChanged,
}: {
  match: Match;
  names: [string, string];
  organizer: boolean;
  allowDraws: boolean;
  cityIds: string[];
  onChanged(message: MessageKey): void;
}) {
  const { t } = useI18n();
  const [panel, setPanel] = useState<Panel>('none');
  const [scores, setScores] = useState<[number | string, number | string]>(['', '']);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [windows, setWindows] = useState<MatchWindow[]>();

  async function run(action: () => Promise<unknown>, done: MessageKey) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      setPanel('none');
      onChanged(done);
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  function submitResult(event: FormEvent) {
    event.preventDefault();
    const [a, b] = scores.map(Number) as [number, number];
    if (scores.some((score) => score === '') || (a === b && !allowDraws)) {
      setProblem(t(a === b ? 'esports.result.noDraws' : 'esports.result.scoresRequired'));
      return;
    }
    const winnerId = a === b ? null : a > b ? match.entrant1Id : match.entrant2Id;
    void run(
      () => esportsApi.result(match.id, { winnerId, scores: [a, b] }),
      organizer ? 'esports.result.saved' : 'esports.result.reportedDone',
    );
  }

  function loadWindows() {
    setPanel('windows');
    setWindows(undefined);
    esportsApi
      .windows(match.id)
      .then(setWindows)
      .catch((error: unknown) => setProblem(errorMessage(error, t('common.loadFailed'))));
  }

  const canConfirm = !organizer && match.status === 'reported';
  const resultLabel = organizer
    ? match.status === 'disputed'
      ? t('esports.result.decide')
      : t('esports.result.enter')
    : t('esports.result.report');

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {(organizer || match.status === 'ready') && (
          <Button
            size="xs"
            variant={panel === 'result' ? 'filled' : 'light'}
            onClick={() => setPanel('result')}
          >
            {resultLabel}
          </Button>
        )}
        {canConfirm && (
          <>
            <Button
              size="xs"
              loading={busy}
              onClick={() => void run(() => esportsApi.confirm(match.id), 'esports.result.confirmed')}
            >
              {t('esports.result.confirm')}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => setPanel('dispute')}>
              {t('esports.result.dispute')}
            </Button>
          </>
        )}
        {match.status === 'ready' && (
          <Button size="xs" variant="subtle" onClick={loadWindows}>
            {t('esports.windows.find')}
          </Button>
        )}
      </Group>

      {panel === 'result' && (
        <form onSubmit={submitResult} aria-label={resultLabel}>
          <Stack gap="xs">
            <Group gap="xs" grow>
              {names.map((label, side) => (
                <NumberInput
                  key={label}
                  label={t('esports.result.gamesWon', { name: label })}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  value={scores[side]}
                  onChange={(value) =>
                    setScores((current) => (side === 0 ? [value, current[1]] : [current[0], value]))
                  }
                />
              ))}
            </Group>
            <Text size="xs">{t('esports.result.winnerFromScores', { bestOf: match.bestOf })}</Text>
            <Group gap="xs">
              <Button type="submit" size="xs" loading={busy}>
                {t('esports.result.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setPanel('none')}>
                {t('esports.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}

      {panel === 'dispute' && (
        <form
          aria-label={t('esports.result.dispute')}
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') {
              setProblem(t('esports.result.reasonRequired'));
              return;
            }
            void run(() => esportsApi.dispute(match.id, reason.trim()), 'esports.result.disputedDone');
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('esports.result.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              autosize
              minRows={2}
            />
            <Group gap="xs">
              <Button type="submit" size="xs" color="red" loading={busy}>
                {t('esports.result.sendDispute')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setPanel('none')}>
                {t('esports.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}

      {panel === 'windows' && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('esports.windows.title')}
          </Text>
          {windows === undefined ? (
            problem === undefined && <Text size="sm">{t('common.loading')}</Text>
          ) : windows.length === 0 ? (
            <Text size="sm">{t('esports.windows.none')}</Text>
          ) : (
            <ul className="plain-list">
              {windows.slice(0, 5).map((window) => (
                <li key={window.startsAt}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      <CityTimes instant={new Date(window.startsAt)} cityIds={cityIds} withDate />
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={busy}
                      onClick={() =>
                        void run(
                          () => esportsApi.schedule(match.id, window.startsAt),
                          'esports.windows.scheduled',
                        )
                      }
                    >
                      {t('esports.windows.choose')}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      )}

      {problem && (
        <Alert color="red" p="xs" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
