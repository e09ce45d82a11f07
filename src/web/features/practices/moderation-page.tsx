import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { NoticeAlert, useNotice } from '../../app/notice.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { badgeText, StatusBadge, useLabels, useViewerZone } from './practice-parts.js';
import {
  type ModerationDecision,
  type ModerationItem,
  mayModerate,
  type PracticeStatus,
  practicesApi,
} from './practices-api.js';

/** The decisions a coordinator can take in each status (mirrors the server, which decides). */
const decisionsFor: Record<PracticeStatus, ModerationDecision[]> = {
  pending: ['publish', 'reject'],
  hidden: ['restore', 'reject'],
  published: ['hide', 'dismiss'],
  rejected: ['publish'],
};

/** Coordinators' list of proposals and reported practices, with a decision for each. */
export default function ModerationPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [items, setItems] = useState<ModerationItem[]>();
  const [loadError, setLoadError] = useState<string>();
  const { notice, run } = useNotice();
  const [busy, setBusy] = useState<string>();
  const allowed = mayModerate(me);
  usePageTitle(t('practices.moderation.title'));

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setItems(await practicesApi.moderationQueue());
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  async function decide(item: ModerationItem, decision: ModerationDecision) {
    setBusy(`${item.id}-${decision}`);
    if (await run(() => practicesApi.moderate(item.id, decision), t('practices.moderation.done')))
      await load();
    setBusy(undefined);
  }

  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/practices" size="sm">
        {t('practices.backToLibrary')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('practices.moderation.title')}</Title>
        {allowed && <Text>{t('practices.moderation.intro')}</Text>}
      </Stack>
      {!allowed ? (
        <Alert color="blue">{t('practices.moderation.noAccess')}</Alert>
      ) : (
        <>
          <NoticeAlert notice={notice} />
          {loadError && <LoadFailure message={loadError} onRetry={() => void load()} />}
          {items === undefined && !loadError && <Loader role="status" aria-label={t('common.loading')} />}
          {items?.length === 0 && (
            <Text data-testid="moderation-empty">{t('practices.moderation.empty')}</Text>
          )}
          {items !== undefined && items.length > 0 && (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <li key={item.id}>
                  <ModerationCard item={item} busy={busy} decide={decide} />
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

function ModerationCard({
  item,
  busy,
  decide,
}: {
  item: ModerationItem;
  busy: string | undefined;
  decide: (item: ModerationItem, decision: ModerationDecision) => Promise<void>;
}) {
  const { locale, t } = useI18n();
  const labels = useLabels();
  const viewerZone = useViewerZone();
  return (
    <Card withBorder padding="md" data-testid="moderation-item">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/practices/${item.id}`} fw={700} lang={item.title.language}>
            {item.title.text}
          </Anchor>
          {item.flagged ? (
            <Badge
              color="orange"
              variant="light"
              c={badgeText('orange')}
              tt="none"
              data-testid="moderation-flagged"
            >
              {t('practices.moderation.flaggedBadge')}
            </Badge>
          ) : (
            <StatusBadge status={item.status} always />
          )}
        </Group>
        <Text size="sm" c="gray.8">
          {labels.city(item.cityId)} ·{' '}
          {t('practices.updated', { date: formatDateTime(new Date(item.updatedAt), locale, viewerZone) })}
        </Text>
        {item.reports.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('practices.moderation.reports', { count: item.reports.length })}
            </Text>
            {item.flagged && (
              <Text size="sm">{t('practices.moderation.flagged', { threshold: item.reportsToHide })}</Text>
            )}
            <List size="sm">
              {item.reports.map((report) => (
                <List.Item key={`${report.createdAt}-${report.reason}`}>
                  {formatDateTime(new Date(report.createdAt), locale, viewerZone)}: {report.reason}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group gap="sm">
          {decisionsFor[item.status].map((decision) => (
            <Button
              key={decision}
              size="compact-md"
              variant={decision === 'publish' || decision === 'restore' ? 'filled' : 'default'}
              loading={busy === `${item.id}-${decision}`}
              disabled={busy !== undefined && busy !== `${item.id}-${decision}`}
              onClick={() => void decide(item, decision)}
              aria-label={`${t(`practices.moderation.${decision}`)}: ${item.title.text}`}
            >
              {t(`practices.moderation.${decision}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
