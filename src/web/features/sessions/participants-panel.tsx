import { Alert, Button, Checkbox, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { useNow } from '../../app/use-now.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { type Participant, type Session, sessionsApi } from './sessions-api.js';

/** Registrants for the session's staff, and attendance once the session has started. */
export function ParticipantsPanel({ session }: { session: Session }) {
  const { locale, t } = useI18n();
  const { cityById } = usePartnership();
  const now = useNow();
  const [participants, setParticipants] = useState<Participant[]>();
  const [attended, setAttended] = useState<Record<string, boolean>>({});
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const started = now.getTime() >= new Date(session.startsAt).getTime();

  // Reload whenever the session changes (someone registered, left or was promoted).
  // biome-ignore lint/correctness/useExhaustiveDependencies: updatedAt and seats mark a change on purpose; `attempt` counts tries again.
  useEffect(() => {
    let cancelled = false;
    setLoadError(undefined);
    sessionsApi
      .participants(session.id)
      .then((loaded) => {
        if (cancelled) return;
        setParticipants(loaded);
        setAttended(Object.fromEntries(loaded.map((p) => [p.userId, p.attended === true])));
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error, t('common.loadFailed')));
      });
    return () => {
      cancelled = true;
    };
  }, [session.id, session.updatedAt, session.seats, t, attempt]);

  async function save() {
    if (participants === undefined) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const saved = await sessionsApi.markAttendance(
        session.id,
        participants
          .filter((p) => p.status === 'confirmed')
          .map((p) => ({ userId: p.userId, attended: attended[p.userId] ?? false })),
      );
      setParticipants(saved);
      setNotice({ ok: true, text: t('sessions.attendanceSaved') });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  const statusText = (p: Participant) =>
    p.status === 'confirmed'
      ? t('sessions.participantConfirmed')
      : t('sessions.participantWaiting', { position: p.position });

  return (
    <section aria-labelledby="participants-heading">
      <Title order={2} size="h3" id="participants-heading" mb="xs">
        {t('sessions.participants')}
      </Title>
      {loadError ? (
        <LoadFailure message={loadError} onRetry={() => setAttempt((count) => count + 1)} />
      ) : participants === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : participants.length === 0 ? (
        <Text>{t('sessions.noParticipants')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {started ? t('sessions.attendanceHelp') : t('sessions.attendanceLater')}
          </Text>
          <Table withTableBorder data-testid="participants">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.participantName')}</Table.Th>
                <Table.Th scope="col">{t('sessions.city')}</Table.Th>
                <Table.Th scope="col">{t('sessions.participantStatus')}</Table.Th>
                <Table.Th scope="col">{t('sessions.attended')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <Table.Tr key={p.userId}>
                  <Table.Th scope="row" fw={500}>
                    {p.displayName}
                  </Table.Th>
                  <Table.Td>{cityById(p.cityId)?.name[locale] ?? p.cityId}</Table.Td>
                  <Table.Td>{statusText(p)}</Table.Td>
                  <Table.Td>
                    {p.status === 'confirmed' && (
                      <Checkbox
                        aria-label={t('sessions.attendedBy', { name: p.displayName })}
                        checked={attended[p.userId] ?? false}
                        disabled={!started}
                        onChange={(event) => {
                          const checked = event.currentTarget.checked;
                          setAttended((current) => ({ ...current, [p.userId]: checked }));
                        }}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {started && (
            <Button onClick={() => void save()} loading={busy} w="fit-content">
              {t('sessions.saveAttendance')}
            </Button>
          )}
          <div aria-live="polite">
            {notice && (
              <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
                {notice.text}
              </Alert>
            )}
          </div>
        </Stack>
      )}
    </section>
  );
}
