import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../app/page-title.js';
import { formatDate } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** When this statement's content was last checked against the service; update it with the text. */
const reviewedOn = '2026-05-01';

/** The accessibility statement required by Act 306/2019, with a feedback address on this host. */
export default function AccessibilityPage() {
  const { locale, t } = useI18n();
  const host = window.location.hostname;
  const address = `accessibility@${host}`;
  usePageTitle(t('a11y.title'));
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('a11y.title')}</Title>
      <Text>{t('a11y.intro', { host })}</Text>

      <section aria-labelledby="a11y-standards">
        <Title order={2} id="a11y-standards" mb="xs">
          {t('a11y.standardsHeading')}
        </Title>
        <Text>{t('a11y.standardsBody')}</Text>
      </section>

      <section aria-labelledby="a11y-status">
        <Title order={2} id="a11y-status" mb="xs">
          {t('a11y.statusHeading')}
        </Title>
        <Text>{t('a11y.statusBody')}</Text>
      </section>

      <section aria-labelledby="a11y-limitations">
        <Title order={2} id="a11y-limitations" mb="xs">
          {t('a11y.limitationsHeading')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('a11y.limitation1')}</List.Item>
          <List.Item>{t('a11y.limitation2')}</List.Item>
          <List.Item>{t('a11y.limitation3')}</List.Item>
        </List>
      </section>

      <section aria-labelledby="a11y-feedback">
        <Title order={2} id="a11y-feedback" mb="xs">
          {t('a11y.feedbackHeading')}
        </Title>
        <Text mb="xs">{t('a11y.feedbackBody')}</Text>
        <Anchor href={`mailto:${address}`} data-testid="feedback-link">
          {t('a11y.feedbackLink', { address })}
        </Anchor>
      </section>

      <section aria-labelledby="a11y-enforcement">
        <Title order={2} id="a11y-enforcement" mb="xs">
          {t('a11y.enforcementHeading')}
        </Title>
        <Text>{t('a11y.enforcementBody')}</Text>
      </section>

      <Text size="sm" c="dimmed">
        {t('a11y.updated', { date: formatDate(reviewedOn, locale) })}
      </Text>
    </Stack>
  );
}
