import { Alert, Button, Card, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type KeyboardEvent, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { formatLongDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { dateAfter } from './calendar-month.js';
import { AcrossZones } from './session-parts.js';
import {
  type SessionAudience,
  type SlotAudience,
  type SuggestedSlot,
  sessionsApi,
  slotAudiences,
} from './sessions-api.js';

/**
 * "Find a time": asks the slot finder for start times that suit every city's audience (an Espoo
 * class in school hours can meet Osan youth after school), lists them with their reasons and every
 * city's time, and hands the chosen one to the form.
 */
export function SlotFinderPanel({
  durationMinutes,
  cityIds,
  audience,
  anchorTimeZone,
  onChoose,
  chooseLabel,
  taken,
  seriesId,
}: {
  durationMinutes: number;
  cityIds: string[];
  audience: SessionAudience;
  anchorTimeZone: string;
  onChoose: (slot: SuggestedSlot) => void;
  /** The button's text when it does something other than "Use this time" (adding to a poll). */
  chooseLabel?: string;
  /** Slots already chosen (a poll's candidates): their button is disabled and says so. */
  taken?: { has: (startsAt: string) => boolean; label: string };
  /** The series the session belongs to: its early and late hours so far are shared out fairly. */
  seriesId?: string | null;
}) {
  const { locale, t } = useI18n();
  const { cityById } = usePartnership();
  const now = new Date();
  const [from, setFrom] = useState(() => dateAfter(now, anchorTimeZone, 1));
  const [to, setTo] = useState(() => dateAfter(now, anchorTimeZone, 21));
  const [audiences, setAudiences] = useState<Record<string, SlotAudience>>({});
  const [slots, setSlots] = useState<SuggestedSlot[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function find() {
    setBusy(true);
    setError(undefined);
    try {
      const result = await sessionsApi.suggest({
        durationMinutes,
        from,
        to,
        audience: Object.fromEntries(cityIds.map((id) => [id, audiences[id] ?? audience])),
        cities: cityIds,
        count: 6,
        ...(seriesId ? { seriesId } : {}),
      });
      setSlots(result.slots);
    } catch (failure) {
      setError(errorMessage(failure, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  function onEnter(event: KeyboardEvent) {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    void find();
  }

  return (
    <Card withBorder padding="md" data-testid="slot-finder">
      {/* Inside the session form: Enter here searches rather than saving the session. */}
      <fieldset className="plain-fieldset" aria-labelledby="slot-finder-heading" onKeyDown={onEnter}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="slot-finder-heading">
            {t('slots.title')}
          </Title>
          <Text size="sm">{t('slots.intro', { minutes: durationMinutes })}</Text>
          <Group gap="md" align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('slots.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('slots.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              required
            />
          </Group>
          <Group gap="md" align="flex-end" wrap="wrap">
            {cityIds.map((id) => (
              <NativeSelect
                key={id}
                label={t('slots.audienceIn', { city: cityById(id)?.name[locale] ?? id })}
                value={audiences[id] ?? audience}
                onChange={(e) => {
                  const value = e.currentTarget.value as SlotAudience;
                  setAudiences((current) => ({ ...current, [id]: value }));
                }}
                data={slotAudiences.map((value) => ({ value, label: t(`slots.audience.${value}`) }))}
              />
            ))}
          </Group>
          <Group>
            <Button type="button" onClick={() => void find()} loading={busy} disabled={cityIds.length === 0}>
              {t('slots.find')}
            </Button>
          </Group>
          <div aria-live="polite">
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            {slots !== undefined && (
              <Text size="sm" fw={600}>
                {slots.length === 0 ? t('slots.none') : t('slots.found', { count: slots.length })}
              </Text>
            )}
          </div>
          {slots !== undefined && slots.length > 0 && (
            <Stack
              gap="xs"
              component="ol"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              data-testid="slots"
            >
              {slots.map((slot, index) => {
                const start = new Date(slot.startsAt);
                const whenId = `slot-${index}-when`;
                return (
                  <li key={slot.startsAt}>
                    <Card withBorder padding="sm" bg="gray.0">
                      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                        <Stack gap={2} style={{ flex: 1, minWidth: '16rem' }}>
                          <div id={whenId}>
                            <Text fw={700}>{formatLongDay(start, locale, anchorTimeZone)}</Text>
                            <Text>
                              <AcrossZones instant={start} />
                            </Text>
                          </div>
                          <List size="sm" spacing={2}>
                            {slot.reasons.map((reason) => (
                              <List.Item key={`${reason.code}-${reason.city ?? ''}-${reason.text}`}>
                                {reason.text}
                              </List.Item>
                            ))}
                          </List>
                        </Stack>
                        <Button
                          size="sm"
                          onClick={() => onChoose(slot)}
                          aria-describedby={whenId}
                          disabled={taken?.has(slot.startsAt) ?? false}
                        >
                          {taken?.has(slot.startsAt) ? taken.label : (chooseLabel ?? t('slots.use'))}
                        </Button>
                      </Group>
                    </Card>
                  </li>
                );
              })}
            </Stack>
          )}
        </Stack>
      </fieldset>
    </Card>
  );
}
