import { Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { browserTimeZone, formatAcrossZones, languageName, type ZonedPlace } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { esportsApi, type Game, type ShownText } from './esports-api.js';

/**
 * An organizer's or player's action on a tournament: `busy` while it runs, `problem` (the server's
 * message, else the network fallback) when it failed; `run` answers whether it worked.
 */
export function useTournamentAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setProblem(undefined);
      try {
        await action();
        return true;
      } catch (error) {
        setProblem(errorMessage(error, t('common.networkError')));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, problem, setProblem, run };
}

/** The games catalogue, loaded once per page; undefined while loading, [] when it failed. */
export function useGames(): Game[] | undefined {
  const [games, setGames] = useState<Game[]>();
  useEffect(() => {
    let cancelled = false;
    esportsApi
      .games()
      .then((loaded) => {
        if (!cancelled) setGames(loaded);
      })
      .catch(() => {
        if (!cancelled) setGames([]);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return games;
}

/** A game's name from the catalogue, else its id. */
export function gameName(games: readonly Game[] | undefined, id: string): string {
  return games?.find((game) => game.id === id)?.name ?? id;
}

/** A city's name in the UI language, else its id. */
export function useCityName(): (id: string | null | undefined) => string {
  const { locale } = useI18n();
  const { cityById } = usePartnership();
  return (id) => (id ? (cityById(id)?.name[locale] ?? id) : '');
}

/**
 * An instant in the local time of each city given (a match's two sides), with the viewer's own time
 * first when the viewer is in neither zone: "Sat 11:00 Espoo · 18:00 Osan".
 */
export function CityTimes({
  instant,
  cityIds,
  testId,
  withDate = false,
}: {
  instant: Date;
  cityIds: string[];
  testId?: string;
  /** Put the day first ("Sat 20 Feb"), for times weeks or months away. */
  withDate?: boolean;
}) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { cityById } = usePartnership();
  const places: ZonedPlace[] = [...new Set(cityIds)].flatMap((id) => {
    const city = cityById(id);
    return city ? [{ name: city.name[locale], timeZone: city.timeZone }] : [];
  });
  return (
    <time dateTime={instant.toISOString()} data-testid={testId}>
      {formatAcrossZones(
        instant,
        locale,
        places,
        { timeZone: me?.timeZone ?? browserTimeZone(), label: t('common.yourTime') },
        { withDate },
      )}
    </time>
  );
}

/** A text in the language it is shown in, labelled when a machine translated it. */
export function ShownContent({ shown }: { shown: ShownText }) {
  const { locale, t } = useI18n();
  if (shown.text === '') return null;
  return (
    <>
      <Text lang={shown.language}>{shown.text}</Text>
      {shown.source === 'machine' && (
        <Text size="sm" c="gray.8">
          {t('esports.machineTranslated', { language: languageName(shown.language, locale) })}
        </Text>
      )}
    </>
  );
}

/** A match's status as a label with text (colour alone carries nothing); it wraps rather than truncates. */
export function MatchStatusBadge({
  status,
}: {
  status: 'pending' | 'ready' | 'reported' | 'disputed' | 'completed';
}) {
  const { t } = useI18n();
  return (
    <span className={`match-status match-status-${status}`} data-testid="match-status">
      {t(`esports.matchStatus.${status}`)}
    </span>
  );
}

/** A table figure such as points, Buchholz or a rating: at most one decimal, in the UI language. */
export function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
