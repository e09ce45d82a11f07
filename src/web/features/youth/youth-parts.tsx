import { Badge, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { type SharedWindow, youthLanguages } from './youth-api.js';

/** The UI name of a language code, or the code itself for a language the UI has no name for. */
export function useLanguageName(): (code: string) => string {
  const { t } = useI18n();
  return (code) =>
    (youthLanguages as readonly string[]).includes(code) ? t(`youth.language.${code}` as MessageKey) : code;
}

/** The UI name of an interest from the shared vocabulary. */
export function useInterestName(): (interest: string) => string {
  const { t } = useI18n();
  return (interest) => {
    const key = `youth.interest.${interest}`;
    return t.has(key) ? t(key) : interest;
  };
}

/** A city's name in the UI language, or its id. */
export function useCityName(): (cityId: string) => string {
  const { locale } = useI18n();
  const { cityById } = usePartnership();
  return (cityId) => cityById(cityId)?.name[locale] ?? cityId;
}

/** "Mon", "Tue" … for weekday 1–7 (1 = Monday), from the catalog so it follows the UI language. */
export function useWeekdayName(): (weekday: number) => string {
  const { t } = useI18n();
  return (weekday) => t(`youth.weekday.${weekday}` as MessageKey);
}

/** An age band such as "13–15", with a proper dash. */
export function AgeBandBadge({ band }: { band: string }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color="grape" c="grape.9" tt="none" size="lg">
      {t('youth.ageBand', { band: band.replace('-', '–') })}
    </Badge>
  );
}

/** A weekly window shared by a circle, in each city's own clock: "Sat 09:00–12:00 Espoo · Sat 16:00–19:00 Osan". */
export function SharedWindowText({ window }: { window: SharedWindow }) {
  const { t } = useI18n();
  const weekday = useWeekdayName();
  const cityName = useCityName();
  return (
    <Text size="sm">
      {window.local
        .map((local) =>
          t('youth.window', {
            day: weekday(local.start.weekday),
            from: local.start.time,
            to: local.end.time,
            city: cityName(local.cityId),
          }),
        )
        .join(' · ')}{' '}
      ({t('youth.minutes', { minutes: window.minutes })})
    </Text>
  );
}

/** Languages with levels, e.g. "Korean A1 · Finnish A2". */
export function LearningList({ learning }: { learning: { language: string; level: string }[] }) {
  const languageName = useLanguageName();
  return (
    <Group gap={6} wrap="wrap">
      {learning.map((entry) => (
        <Badge key={entry.language} variant="outline" color="blue.9" tt="none">
          {languageName(entry.language)} {entry.level}
        </Badge>
      ))}
    </Group>
  );
}
