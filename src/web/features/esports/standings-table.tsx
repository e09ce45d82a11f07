import { NativeSelect, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { StandingRow } from '../../../core/tournament/standings.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Entrant, Match, Standing } from './esports-api.js';
import { formatFigure, useCityName } from './esports-parts.js';
import { standingsAfterRound } from './round-standings.js';

/**
 * The Swiss table after any played round: rank, points, wins–draws–losses, Buchholz,
 * Sonneborn–Berger and rating, the order the tiebreaks are applied in. The latest round is the
 * server's table; earlier rounds are recomputed with the same core rule.
 */
export function StandingsTable({
  entrants,
  matches,
  standings,
  rounds,
}: {
  entrants: readonly Entrant[];
  matches: readonly Match[];
  standings: readonly Standing[];
  rounds: number;
}) {
  const { locale, t } = useI18n();
  const cityName = useCityName();
  const [round, setRound] = useState(rounds);
  const byId = new Map(entrants.map((entrant) => [entrant.id, entrant]));
  const rows: (Standing | StandingRow)[] =
    round >= rounds
      ? [...standings].sort((a, b) => a.rank - b.rank)
      : standingsAfterRound(entrants, matches, round);
  const number = (value: number) => formatFigure(value, locale);

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('esports.standings.afterRound')}
        value={String(round)}
        onChange={(event) => setRound(Number(event.currentTarget.value))}
        data={Array.from({ length: rounds }, (_, index) => ({
          value: String(index + 1),
          label: t('esports.bracket.round', { round: index + 1 }),
        }))}
        maw={240}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className="table-scroll" tabIndex={0} aria-label={t('esports.standings.title')}>
        <Table striped captionSide="top" className="standings-table" data-testid="standings">
          <caption>{t('esports.standings.caption', { round })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('esports.standings.rank')}</Table.Th>
              <Table.Th scope="col">{t('esports.standings.entrant')}</Table.Th>
              <Table.Th scope="col">{t('esports.standings.points')}</Table.Th>
              <Table.Th scope="col">
                <abbr title={t('esports.standings.recordLong')}>{t('esports.standings.record')}</abbr>
              </Table.Th>
              <Table.Th scope="col">{t('esports.standings.buchholz')}</Table.Th>
              <Table.Th scope="col">{t('esports.standings.sonnebornBerger')}</Table.Th>
              <Table.Th scope="col">{t('esports.standings.rating')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const entrant = byId.get(row.entrantId);
              return (
                <Table.Tr key={row.entrantId} data-testid="standing-row">
                  <Table.Td>{row.rank}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {entrant?.name ?? row.entrantId}
                    {entrant && <span className="match-city"> · {cityName(entrant.cityId)}</span>}
                  </Table.Th>
                  <Table.Td>{number(row.points)}</Table.Td>
                  <Table.Td>{`${row.wins}–${row.draws}–${row.losses}`}</Table.Td>
                  <Table.Td>{number(row.buchholz)}</Table.Td>
                  <Table.Td>{number(row.sonnebornBerger)}</Table.Td>
                  <Table.Td>
                    {entrant?.rating === null || entrant === undefined ? '–' : number(entrant.rating)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
