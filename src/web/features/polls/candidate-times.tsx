import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import { OptionWhen } from './poll-parts.js';
import { maxOptions } from './polls-api.js';

/**
 * The candidate times a staff member has gathered for a poll in the session form, in time order,
 * each with every city's time and a button to take it out again.
 */
export function CandidateTimes({
  starts,
  durationMinutes,
  onRemove,
}: {
  /** ISO instants. */
  starts: string[];
  durationMinutes: number;
  onRemove: (startsAt: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md" data-testid="candidate-times">
      <Stack gap="sm">
        <Title order={2} size="h4" id="candidates-heading">
          {t('polls.form.candidates')}
        </Title>
        <Text size="sm" aria-live="polite" data-testid="candidate-count">
          {starts.length === 0
            ? t('polls.form.noCandidates')
            : t('polls.form.count', { count: starts.length, max: maxOptions })}
        </Text>
        {starts.length > 0 && (
          <Stack
            gap="xs"
            component="ol"
            aria-labelledby="candidates-heading"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {starts.map((startsAt) => {
              const whenId = `candidate-${startsAt}`;
              return (
                <li key={startsAt}>
                  <Group justify="space-between" align="center" wrap="wrap" gap="sm">
                    <div id={whenId}>
                      <OptionWhen startsAt={startsAt} durationMinutes={durationMinutes} />
                    </div>
                    <Button
                      variant="subtle"
                      color="red"
                      c="red.9"
                      size="compact-sm"
                      onClick={() => onRemove(startsAt)}
                      aria-describedby={whenId}
                    >
                      {t('polls.form.remove')}
                    </Button>
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
