import { Badge, Group } from '@mantine/core';
import { browserTimeZone } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import type { PracticeStatus, Segment, ShownText } from './practices-api.js';

/** The zone dates are shown in: the account's, else the browser's. */
export function useViewerZone(): string {
  const { me } = useSession();
  return me?.timeZone ?? browserTimeZone();
}

/** Topic and city names in the UI language, falling back to their ids. */
export function useLabels() {
  const { locale } = useI18n();
  const { partnership, cityById } = usePartnership();
  return {
    topic: (id: string) => partnership?.topics.find((topic) => topic.id === id)?.label[locale] ?? id,
    city: (id: string | null) => (id === null ? '' : (cityById(id)?.name[locale] ?? id)),
  };
}

/**
 * A search snippet with the matched runs in <mark>. Every run is rendered as text: the query and the
 * snippet never become HTML.
 */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.matched ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of one snippet.
          <mark key={index}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

// Shade 9 of orange and gray falls below 4.5:1 on their light tint; dark text does not.
export const badgeText = (color: string) =>
  color === 'orange' || color === 'gray' ? 'dark.8' : `${color}.9`;

/** Where a shown text came from, when that matters to the reader: machine, translated, outdated. */
export function ProvenanceBadges({
  text,
  showHuman = false,
}: {
  text: Pick<ShownText, 'provenance' | 'outdated'>;
  showHuman?: boolean;
}) {
  const { t } = useI18n();
  const badges: { key: string; label: string; color: string }[] = [];
  if (text.provenance === 'machine')
    badges.push({ key: 'machine', label: t('practices.badge.machine'), color: 'orange' });
  if (text.provenance === 'human' && showHuman)
    badges.push({ key: 'human', label: t('practices.badge.human'), color: 'blue' });
  if (text.outdated && text.provenance !== 'original')
    badges.push({ key: 'outdated', label: t('practices.badge.outdated'), color: 'red' });
  if (badges.length === 0) return null;
  return (
    <Group gap={6}>
      {badges.map((badge) => (
        <Badge
          key={badge.key}
          variant="light"
          color={badge.color}
          c={badgeText(badge.color)}
          tt="none"
          data-testid={`provenance-${badge.key}`}
        >
          {badge.label}
        </Badge>
      ))}
    </Group>
  );
}

const statusColor: Record<PracticeStatus, string> = {
  published: 'green',
  pending: 'gray',
  hidden: 'orange',
  rejected: 'red',
};

/** The status of a practice that is not simply published. */
export function StatusBadge({ status, always = false }: { status: PracticeStatus; always?: boolean }) {
  const { t } = useI18n();
  if (status === 'published' && !always) return null;
  return (
    <Badge
      variant="light"
      color={statusColor[status]}
      c={badgeText(statusColor[status])}
      tt="none"
      data-testid="practice-status"
    >
      {t(`practices.status.${status}`)}
    </Badge>
  );
}

/**
 * Where a practice's shown texts came from, taken together: machine if any text is machine
 * translated, else human if any is translated by a person; outdated if any translation is.
 */
export function combinedProvenance(
  texts: readonly Pick<ShownText, 'provenance' | 'outdated'>[],
): Pick<ShownText, 'provenance' | 'outdated'> {
  const provenance = texts.some((text) => text.provenance === 'machine')
    ? 'machine'
    : texts.some((text) => text.provenance === 'human')
      ? 'human'
      : 'original';
  return { provenance, outdated: texts.some((text) => text.outdated && text.provenance !== 'original') };
}
