import { Stack, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Entrant, Match } from './esports-api.js';
import { MatchCard } from './match-card.js';

interface BracketProps {
  matches: readonly Match[];
  entrants: ReadonlyMap<string, Entrant>;
  organizer: boolean;
  allowDraws: boolean;
  onChanged(message: MessageKey): void;
  /** Heading level of the bracket parts; rounds are one level below. */
  level?: 2 | 3;
}

type Part = 'winners' | 'losers' | 'grand_final' | 'rounds';

/** Matches grouped by round, in bracket order. */
function byRound(matches: readonly Match[]): [number, Match[]][] {
  const rounds = new Map<number, Match[]>();
  for (const match of matches) rounds.set(match.round, [...(rounds.get(match.round) ?? []), match]);
  return [...rounds.entries()].sort(([a], [b]) => a - b);
}

/**
 * An elimination bracket as headed lists: one section per part (winners, losers, grand final), and
 * in each one list per round. A screen reader walks it as headings; sighted readers see columns.
 * Round robin and Swiss use the same view with rounds only.
 */
export function BracketView({ matches, level = 2, ...cardProps }: BracketProps) {
  const { t } = useI18n();
  const parts: Part[] = matches.some((match) => match.bracket !== null)
    ? ['winners', 'losers', 'grand_final']
    : ['rounds'];
  return (
    <Stack gap="xl">
      {parts.map((part) => {
        const inPart = matches.filter((match) => (part === 'rounds' ? true : match.bracket === part));
        if (inPart.length === 0) return null;
        const partId = `bracket-${part}`;
        return (
          <section key={part} aria-labelledby={partId} data-testid={partId}>
            {part !== 'rounds' && (
              <Title order={level} id={partId} mb="sm">
                {t(`esports.bracket.${part}`)}
              </Title>
            )}
            <div className="bracket-rounds">
              {byRound(inPart).map(([round, roundMatches]) => {
                const roundId = `${partId}-round-${round}`;
                return (
                  <section key={round} className="bracket-round" aria-labelledby={roundId}>
                    <Title
                      order={part === 'rounds' ? level : ((level + 1) as 3 | 4)}
                      id={roundId}
                      size="h4"
                      mb="xs"
                    >
                      {part === 'grand_final'
                        ? t(round === 1 ? 'esports.bracket.final' : 'esports.bracket.reset')
                        : t('esports.bracket.round', { round })}
                    </Title>
                    <ol className="plain-list">
                      {roundMatches.map((match) => (
                        <li key={match.id}>
                          <MatchCard match={match} {...cardProps} />
                        </li>
                      ))}
                    </ol>
                  </section>
                );
              })}
            </div>
          </section>
        );
      })}
    </Stack>
  );
}
