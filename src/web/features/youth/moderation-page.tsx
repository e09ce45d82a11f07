import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { NoticeAlert, useNotice } from '../../app/notice.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { isModerator, type ModerationQueue, youthApi } from './youth-api.js';
import { useCityName } from './youth-parts.js';

/**
 * The facilitators' moderation queue (/youth/moderation): messages that reports hid, and reports of
 * messages and people in the circles they moderate. Every decision is recorded in the audit log.
 */
export default function YouthModerationPage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const cityName = useCityName();
  const [queue, setQueue] = useState<ModerationQueue>();
  const { notice, run } = useNotice();
  const [loadError, setLoadError] = useState<string>();
  usePageTitle(t('youth.moderation.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setQueue(await youthApi.moderation());
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    if (isModerator(me)) void load();
  }, [load, me]);

  async function decide(action: () => Promise<unknown>, done: string) {
    if (await run(action, done)) await load();
  }

  const zone = me?.timeZone ?? browserTimeZone();
  if (!isModerator(me)) return <Alert color="yellow">{t('youth.moderation.staffOnly')}</Alert>;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('youth.moderation.title')}</Title>
        <Text>{t('youth.moderation.intro')}</Text>
      </Stack>
      <NoticeAlert notice={notice} />
      {loadError ? (
        <LoadFailure message={loadError} onRetry={() => void load()} />
      ) : queue === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <>
          <section aria-labelledby="hidden-heading">
            <Title order={2} size="h3" id="hidden-heading" mb="sm">
              {t('youth.moderation.hiddenHeading')}
            </Title>
            {queue.messages.length === 0 ? (
              <Text>{t('youth.moderation.noHidden')}</Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {queue.messages.map((message) => (
                  <li key={message.id}>
                    <Card withBorder padding="sm" data-testid="hidden-message">
                      <Stack gap="xs">
                        <Group gap="xs" wrap="wrap">
                          <Text fw={600}>{message.authorName ?? t('youth.moderation.formerMember')}</Text>
                          {message.authorCityId && <Text size="sm">{cityName(message.authorCityId)}</Text>}
                          <Text size="sm">{formatDateTime(new Date(message.createdAt), locale, zone)}</Text>
                          <Badge variant="light" color="red" c="red.9" tt="none">
                            {t('youth.moderation.reports', { count: message.reportCount ?? 0 })}
                          </Badge>
                        </Group>
                        <Text style={{ whiteSpace: 'pre-wrap' }}>{message.text}</Text>
                        <Group gap="xs">
                          <Button
                            size="xs"
                            onClick={() =>
                              void decide(
                                () => youthApi.decideMessage(message.id, 'restore'),
                                t('youth.moderation.restored'),
                              )
                            }
                          >
                            {t('youth.moderation.restore')}
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="outline"
                            onClick={() =>
                              void decide(
                                () => youthApi.decideMessage(message.id, 'remove'),
                                t('youth.moderation.removed'),
                              )
                            }
                          >
                            {t('youth.moderation.remove')}
                          </Button>
                        </Group>
                      </Stack>
                    </Card>
                  </li>
                ))}
              </Stack>
            )}
          </section>
          <section aria-labelledby="reports-heading">
            <Title order={2} size="h3" id="reports-heading" mb="sm">
              {t('youth.moderation.reportsHeading')}
            </Title>
            {queue.reports.length === 0 ? (
              <Text>{t('youth.moderation.noReports')}</Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {queue.reports.map((report) => (
                  <li key={report.id}>
                    <Card withBorder padding="sm" data-testid="open-report">
                      <Stack gap="xs">
                        <Text fw={600}>
                          {report.messageId === null
                            ? t('youth.moderation.personReport', {
                                name: report.reportedName ?? t('youth.moderation.formerMember'),
                              })
                            : t('youth.moderation.messageReport', {
                                name: report.reportedName ?? t('youth.moderation.formerMember'),
                              })}
                        </Text>
                        <Text size="sm">{formatDateTime(new Date(report.createdAt), locale, zone)}</Text>
                        <Text>{report.reason || t('youth.moderation.noReason')}</Text>
                        <Group gap="xs">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() =>
                              void decide(
                                () => youthApi.decideReport(report.id, 'dismiss'),
                                t('youth.moderation.dismissed'),
                              )
                            }
                          >
                            {t('youth.moderation.dismiss')}
                          </Button>
                          {report.reportedUserId !== null && (
                            <Button
                              size="xs"
                              color="red"
                              variant="outline"
                              onClick={() =>
                                void decide(
                                  () => youthApi.decideReport(report.id, 'remove_from_circle'),
                                  t('youth.moderation.takenOut'),
                                )
                              }
                            >
                              {t('youth.moderation.removeFromCircle')}
                            </Button>
                          )}
                        </Group>
                      </Stack>
                    </Card>
                  </li>
                ))}
              </Stack>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
