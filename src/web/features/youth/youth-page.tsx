import { Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { isCoordinator, isModerator, youthApi } from './youth-api.js';
import { AgeBandBadge, SharedWindowText, useCityName } from './youth-parts.js';

/** The youth exchange's front page (/youth): my circles, and the way to the profile, kits and matching. */
export default function YouthPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('youth.title'));
  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('youth.title')}</Title>
        <Text size="lg">{t('youth.intro')}</Text>
      </Stack>
      {me === null ? (
        <Anchor component={Link} to="/sign-in">
          {t('youth.signIn')}
        </Anchor>
      ) : me.status !== 'active' ? (
        <Anchor component={Link} to="/profile">
          {t('youth.awaitingLink')}
        </Anchor>
      ) : (
        <>
          <nav aria-label={t('youth.sectionsNav')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <SectionCard
                to="/youth/profile"
                title={t('youth.profile.title')}
                body={t('youth.profile.teaser')}
              />
              <SectionCard to="/youth/kits" title={t('youth.kits.title')} body={t('youth.kits.teaser')} />
              {isCoordinator(me) && (
                <SectionCard
                  to="/youth/matching"
                  title={t('youth.matching.title')}
                  body={t('youth.matching.teaser')}
                />
              )}
              {isModerator(me) && (
                <SectionCard
                  to="/youth/moderation"
                  title={t('youth.moderation.title')}
                  body={t('youth.moderation.teaser')}
                />
              )}
              {isCoordinator(me) && (
                <SectionCard
                  to="/youth/consents"
                  title={t('youth.consents.title')}
                  body={t('youth.consents.teaser')}
                />
              )}
            </SimpleGrid>
          </nav>
          <MyCircles />
        </>
      )}
    </Stack>
  );
}

function SectionCard({ to, title, body }: { to: string; title: string; body: string }) {
  return (
    <Card withBorder padding="md">
      <Stack gap={4}>
        <Anchor component={Link} to={to} fw={700} size="lg">
          {title}
        </Anchor>
        <Text size="sm">{body}</Text>
      </Stack>
    </Card>
  );
}

function MyCircles() {
  const { t } = useI18n();
  const cityName = useCityName();
  const {
    value: circles,
    error: loadError,
    retry,
  } = usePageLoad(async () => (await youthApi.myCircles()).circles, []);

  return (
    <section aria-labelledby="circles-heading">
      <Title order={2} size="h3" id="circles-heading" mb="sm">
        {t('youth.circles.heading')}
      </Title>
      {loadError ? (
        <LoadFailure message={loadError} onRetry={retry} />
      ) : circles === undefined ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : circles.length === 0 ? (
        <Text>{t('youth.circles.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {circles.map((circle, index) => (
            <li key={circle.id}>
              <Card withBorder padding="md" data-testid="my-circle">
                <Stack gap={6}>
                  <Group gap="sm" wrap="wrap">
                    <Anchor component={Link} to={`/youth/circles/${circle.id}`} fw={700}>
                      {t('youth.circle.name', {
                        number: index + 1,
                        cities: circle.cityIds.map(cityName).join(' & '),
                      })}
                    </Anchor>
                    <AgeBandBadge band={circle.ageBand} />
                  </Group>
                  <Text size="sm">
                    {t('youth.circle.memberCount', {
                      count: circle.people.filter((p) => p.role === 'member').length,
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
  );
}
