import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { NoticeAlert, useNotice } from '../../app/notice.js';
import { browserTimeZone, formatAcrossZones, type ZonedPlace } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { type Circle, type CityTime, type Meeting, type MeetingSlot, youthApi } from './youth-api.js';

/** "Sat 28 Nov 10:00 Espoo · 17:00 Osan", with the viewer's own time first when they are elsewhere. */
function MeetingTime({ startsAt, local, testId }: { startsAt: string; local: CityTime[]; testId: string }) {
  const { locale, t } = useI18n();
  const { me } = useSession();
  const { cityById } = usePartnership();
  const instant = new Date(startsAt);
  const places: ZonedPlace[] = local.map((place) => ({
    name: cityById(place.cityId)?.name[locale] ?? place.cityId,
    timeZone: place.timeZone,
  }));
  const viewerZone = me?.timeZone ?? browserTimeZone();
  return (
    <time dateTime={startsAt} data-testid={testId}>
      {formatAcrossZones(
        instant,
        locale,
        places,
        { timeZone: viewerZone, label: t('common.yourTime') },
        { withDate: true },
      )}
    </time>
  );
}

/**
 * A circle's next meeting, in the local time of both cities: members take a seat and join the video
 * room once a facilitator opened it; facilitators plan a meeting from suggested times (youth hours of
 * both cities, no holidays, when most members are usually free) and open the room.
 */
export function CircleMeetings({ circle }: { circle: Circle }) {
  const { t } = useI18n();
  const facilitator = circle.myRole === 'facilitator';
  const [meetings, setMeetings] = useState<Meeting[]>();
  const [slots, setSlots] = useState<MeetingSlot[]>();
  const [room, setRoom] = useState<string>();
  const { notice, setNotice, run } = useNotice();

  const load = useCallback(async () => {
    try {
      setMeetings((await youthApi.meetings(circle.id)).meetings);
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.loadFailed')) });
    }
  }, [circle.id, t, setNotice]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<unknown>, done?: string) {
    if (await run(action, done)) await load();
  }

  const next = meetings?.[0];
  return (
    <section aria-labelledby="meeting-heading">
      <Title order={2} size="h3" id="meeting-heading" mb="xs">
        {t('youth.meeting.heading')}
      </Title>
      <Stack gap="sm">
        {meetings !== undefined && next === undefined && <Text>{t('youth.meeting.none')}</Text>}
        {next !== undefined && (
          <Card withBorder padding="md" data-testid="next-meeting">
            <Stack gap="xs">
              <Text fw={600}>{next.title}</Text>
              <MeetingTime startsAt={next.startsAt} local={next.local} testId="next-meeting-time" />
              <Text size="sm">
                {next.roomOpen ? t('youth.meeting.roomOpen') : t('youth.meeting.roomClosed')}
              </Text>
              <Group gap="xs">
                {!facilitator && next.registration === null && (
                  <Button
                    size="sm"
                    onClick={() => void act(() => youthApi.takeSeat(next.id), t('youth.meeting.seatTaken'))}
                  >
                    {t('youth.meeting.takeSeat')}
                  </Button>
                )}
                {!facilitator && next.registration !== null && (
                  <>
                    <Text size="sm" data-testid="meeting-registration">
                      {t('youth.meeting.registered')}
                    </Text>
                    <Button
                      size="sm"
                      variant="default"
                      onClick={() => void act(() => youthApi.giveUpSeat(next.id))}
                    >
                      {t('youth.meeting.giveUpSeat')}
                    </Button>
                  </>
                )}
                {facilitator && (
                  <Button
                    size="sm"
                    onClick={() => void act(async () => setRoom((await youthApi.openRoom(next.id)).url))}
                  >
                    {t('youth.meeting.openRoom')}
                  </Button>
                )}
                {!facilitator && next.roomOpen && next.registration === 'confirmed' && (
                  <Button
                    size="sm"
                    onClick={() => void act(async () => setRoom((await youthApi.joinRoom(next.id)).url))}
                  >
                    {t('youth.meeting.join')}
                  </Button>
                )}
              </Group>
              {room !== undefined && (
                <Anchor href={room} target="_blank" rel="noreferrer" data-testid="meeting-room-link">
                  {t('youth.meeting.roomLink')}
                </Anchor>
              )}
            </Stack>
          </Card>
        )}
        <NoticeAlert notice={notice} />
        {facilitator && (
          <Stack gap="xs">
            <Group>
              <Button
                variant="default"
                onClick={() => void act(async () => setSlots((await youthApi.meetingTimes(circle.id)).slots))}
              >
                {t('youth.meeting.suggest')}
              </Button>
            </Group>
            {slots !== undefined && slots.length === 0 && <Text>{t('youth.meeting.noSlots')}</Text>}
            {slots !== undefined && slots.length > 0 && (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {slots.map((slot) => (
                  <li key={slot.startsAt}>
                    <Card withBorder padding="sm" data-testid="meeting-slot">
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Stack gap={2}>
                          <MeetingTime
                            startsAt={slot.startsAt}
                            local={slot.local}
                            testId="meeting-slot-time"
                          />
                          <Text size="sm">
                            {t('youth.meeting.membersFree', { free: slot.membersFree, total: slot.members })}
                          </Text>
                        </Stack>
                        <Button
                          size="xs"
                          onClick={() =>
                            void act(async () => {
                              await youthApi.proposeMeeting(circle.id, {
                                startsAt: slot.startsAt,
                                durationMinutes: 60,
                              });
                              setSlots(undefined);
                            }, t('youth.meeting.proposed'))
                          }
                        >
                          {t('youth.meeting.propose')}
                        </Button>
                      </Group>
                    </Card>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
