import { Alert, Badge, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { OptionWhen, useShortOptionLabel } from './poll-parts.js';
import { bestOptionIds } from './poll-tally.js';
import { type Poll, pollsApi } from './polls-api.js';

/** The invitation link with a copy button, for the poll's staff. */
export function ShareLink({ url }: { url: string | undefined }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="share-heading">
      <Title order={2} size="h3" id="share-heading" mb="xs">
        {t('polls.share')}
      </Title>
      {url === undefined ? (
        <Text>{t('polls.shareUnknown')}</Text>
      ) : (
        <Stack gap="xs" maw={760}>
          <Text>{t('polls.shareHelp')}</Text>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('polls.shareLabel')}
              value={url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              data-testid="share-url"
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'default' : 'filled'}>
                  {copied ? t('polls.copied') : t('polls.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
    </section>
  );
}

/**
 * "Pick this time" per candidate, with a confirmation that says what happens: the poll closes, the
 * time becomes a session and everyone who answered is told. Then the new session opens.
 */
export function PickPanel({ poll }: { poll: Poll }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const label = useShortOptionLabel();
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const best = new Set(bestOptionIds(poll.options));
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);

  async function pick(optionId: string) {
    setBusy(true);
    setFailure(undefined);
    try {
      const { session } = await pollsApi.pick(poll.id, optionId);
      void navigate(`/sessions/${session.id}`);
    } catch (error) {
      setFailure(errorMessage(error, t('common.networkError')));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="pick-heading">
      <Title order={2} size="h3" id="pick-heading" mb="xs">
        {t('polls.pickTitle')}
      </Title>
      <Stack gap="sm">
        <Text>{t('polls.pickHelp')}</Text>
        <div aria-live="polite">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
        </div>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {poll.options.map((option, index) => {
            const whenId = `pick-${option.id}-when`;
            return (
              <li key={option.id}>
                <Card withBorder padding="sm" data-testid={`pick-option-${index}`}>
                  <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                    <Stack gap={4} style={{ flex: 1, minWidth: '16rem' }}>
                      <div id={whenId}>
                        <OptionWhen startsAt={option.startsAt} durationMinutes={poll.durationMinutes} />
                      </div>
                      <Group gap="xs">
                        <Text size="sm">
                          {t('polls.tally', { yes: option.yes, ifNeedBe: option.ifNeedBe, no: option.no })}
                        </Text>
                        {best.has(option.id) && (
                          <Badge variant="light" color="green" c="dark.8" tt="none">
                            {t('polls.best')}
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                    {confirming !== option.id && (
                      <Button
                        variant={best.has(option.id) ? 'filled' : 'default'}
                        onClick={() => setConfirming(option.id)}
                        aria-describedby={whenId}
                        disabled={busy}
                      >
                        {t('polls.pick')}
                      </Button>
                    )}
                  </Group>
                  {confirming === option.id && (
                    <Alert color="blue" mt="sm" title={t('polls.pickConfirmTitle')}>
                      <Text mb="sm">
                        {t('polls.pickConfirmBody', {
                          when: label(option.startsAt),
                          count: poll.responses.length,
                        })}
                      </Text>
                      <Group gap="sm">
                        <Button
                          loading={busy}
                          onClick={() => void pick(option.id)}
                          // The button that opened this is gone: focus moves to the answer it asks for.
                          ref={focusOnMount}
                        >
                          {t('polls.pickConfirm')}
                        </Button>
                        <Button variant="default" disabled={busy} onClick={() => setConfirming(undefined)}>
                          {t('polls.pickKeep')}
                        </Button>
                      </Group>
                    </Alert>
                  )}
                </Card>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </section>
  );
}
