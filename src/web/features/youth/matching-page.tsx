import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { isCoordinator, type MatchingRun, youthApi } from './youth-api.js';
import { AgeBandBadge, SharedWindowText, useCityName } from './youth-parts.js';

/**
 * The coordinators' matching console (/youth/matching): a dry run shows the circles with their scores
 * and who stayed out and why; applying creates exactly the circles shown, each with two facilitators.
 */
export default function MatchingPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('youth.matching.title'));
  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!isCoordinator(me)) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('youth.matching.title')}</Title>
        <Text>{t('youth.matching.noAccess')}</Text>
        <Anchor component={Link} to="/youth">
          {t('youth.title')}
        </Anchor>
      </Stack>
    );
  }
  return <Console />;
}

function Console() {
  const { t } = useI18n();
  const cityName = useCityName();
  const [run, setRun] = useState<MatchingRun>();
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'dry' | 'apply'>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  async function nameEveryone(found: MatchingRun) {
    const ids = [...found.circles.flatMap((c) => c.members), ...found.unmatched.map((u) => u.userId)];
    const known: Record<string, string> = {};
    await Promise.all(
      ids.map(async (id) => {
        try {
          known[id] = (await youthApi.person(id)).displayName;
        } catch {
          // Someone the coordinator may not read (another city's minor) stays as their id.
        }
      }),
    );
    setNames(known);
  }

  async function go(dryRun: boolean) {
    setBusy(dryRun ? 'dry' : 'apply');
    setNotice(undefined);
    try {
      const found = await youthApi.runMatching(
        dryRun || run === undefined
          ? { dryRun }
          : { dryRun, circles: run.circles.map((c) => ({ members: c.members })) },
      );
      setRun(found);
      await nameEveryone(found);
      if (!dryRun)
        setNotice({ ok: true, text: t('youth.matching.applied', { count: found.circles.length }) });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(undefined);
    }
  }

  const name = (id: string) => names[id] ?? id;
  const reason = (code: string) => {
    const key = `youth.unmatched.${code}`;
    return t.has(key) ? t(key) : code;
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('youth.matching.title')}</Title>
        <Text>{t('youth.matching.intro')}</Text>
      </Stack>
      <Group gap="sm">
        <Button loading={busy === 'dry'} disabled={busy !== undefined} onClick={() => void go(true)}>
          {t('youth.matching.dryRun')}
        </Button>
        {run?.dryRun && run.circles.length > 0 && (
          <Button
            color="teal.9"
            loading={busy === 'apply'}
            disabled={busy !== undefined}
            onClick={() => void go(false)}
          >
            {t('youth.matching.apply', { count: run.circles.length })}
          </Button>
        )}
      </Group>
      <div aria-live="polite">
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </Alert>
        )}
      </div>
      {run && run.circles.length === 0 && run.unmatched.length === 0 && (
        <Text data-testid="matching-summary">{t('youth.matching.nobodyWaiting')}</Text>
      )}
      {run && (run.circles.length > 0 || run.unmatched.length > 0) && (
        <>
          <Text data-testid="matching-summary">
            {t('youth.matching.summary', {
              circles: run.circles.length,
              matched: run.objective.matched,
              unmatched: run.unmatched.length,
            })}
          </Text>
          <section aria-labelledby="planned-heading">
            <Title order={2} size="h3" id="planned-heading" mb="sm">
              {run.dryRun ? t('youth.matching.proposed') : t('youth.matching.created')}
            </Title>
            {run.circles.length === 0 ? (
              <Text>{t('youth.matching.noCircles')}</Text>
            ) : (
              <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {run.circles.map((circle, index) => (
                  <li key={circle.members.join()}>
                    <Card withBorder padding="md" data-testid="planned-circle">
                      <Stack gap="xs">
                        <Group gap="sm">
                          <Title order={3} size="h4">
                            {t('youth.matching.circle', { number: index + 1 })}
                          </Title>
                          <AgeBandBadge band={circle.ageBand} />
                        </Group>
                        {Object.entries(circle.membersByCity).map(([cityId, members]) => (
                          <Text key={cityId}>
                            <strong>{cityName(cityId)}:</strong> {members.map(name).join(', ')}
                          </Text>
                        ))}
                        <Text size="sm">
                          {t('youth.matching.scores', {
                            total: circle.scores.total.toFixed(2),
                            interests: circle.scores.interests.toFixed(2),
                            level: circle.scores.levelFit.toFixed(2),
                            size: circle.scores.sizeFit.toFixed(2),
                          })}
                        </Text>
                        {circle.sharedWindows[0] && <SharedWindowText window={circle.sharedWindows[0]} />}
                      </Stack>
                    </Card>
                  </li>
                ))}
              </Stack>
            )}
          </section>
          <section aria-labelledby="unmatched-heading">
            <Title order={2} size="h3" id="unmatched-heading" mb="sm">
              {t('youth.matching.unmatched')}
            </Title>
            {run.unmatched.length === 0 ? (
              <Text>{t('youth.matching.everyoneMatched')}</Text>
            ) : (
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('youth.matching.person')}</Table.Th>
                    <Table.Th scope="col">{t('youth.matching.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {run.unmatched.map((entry) => (
                    <Table.Tr key={entry.userId}>
                      <Table.Td>{name(entry.userId)}</Table.Td>
                      <Table.Td>{reason(entry.reason)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
