import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { browserTimeZone } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { answerLook, OptionWhen } from './poll-parts.js';
import {
  type Poll,
  type PollAnswer,
  pollAnswers,
  pollsApi,
  rememberedPoll,
  rememberPoll,
} from './polls-api.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Yes / if need be / no for every candidate time, as one radio group per time (arrow keys move
 * inside a group, Tab to the next). Guests give a name and, if they like, an e-mail address to be
 * told the chosen time; they get an edit token back, kept in this browser, to change the answer.
 */
export function AnswerForm({
  poll,
  token,
  onSaved,
}: {
  poll: Poll;
  token: string | undefined;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const remembered = rememberedPoll(poll.id);
  const earlier = poll.responses.find((response) => response.id === remembered.responseId);
  const [answers, setAnswers] = useState<Record<string, PollAnswer>>(() => earlier?.answers ?? {});
  const [name, setName] = useState(earlier?.name ?? '');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'answers' | 'name' | 'email', string>>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const guest = me === null;

  function validate(): boolean {
    const found: typeof errors = {};
    if (poll.options.some((option) => answers[option.id] === undefined))
      found.answers = t('polls.missingAnswers');
    if (guest && name.trim() === '') found.name = t('polls.nameRequired');
    if (guest && email.trim() !== '' && !emailPattern.test(email.trim()))
      found.email = t('polls.emailInvalid');
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    if (!validate()) return;
    setBusy(true);
    try {
      const saved = await pollsApi.answer(poll.id, {
        ...(token === undefined ? {} : { token }),
        ...(guest ? { name: name.trim(), timeZone: browserTimeZone() } : {}),
        ...(guest && email.trim() !== '' ? { email: email.trim() } : {}),
        ...(guest && remembered.editToken !== undefined ? { editToken: remembered.editToken } : {}),
        answers,
      });
      rememberPoll(poll.id, {
        responseId: saved.id,
        ...(saved.editToken === undefined ? {} : { editToken: saved.editToken }),
      });
      setNotice({ ok: true, text: guest ? t('polls.savedGuest') : t('polls.saved') });
      await onSaved();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="answer-form">
      <Stack gap="md">
        <Text>{t('polls.answerHelp')}</Text>
        {earlier !== undefined && <Text fw={600}>{t('polls.answeredBefore', { name: earlier.name })}</Text>}
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {poll.options.map((option, index) => {
            const whenId = `answer-${option.id}-when`;
            const missing = errors.answers !== undefined && answers[option.id] === undefined;
            return (
              <li key={option.id}>
                <Card withBorder padding="sm" data-testid={`answer-option-${index}`}>
                  <div id={whenId}>
                    <OptionWhen
                      startsAt={option.startsAt}
                      durationMinutes={poll.durationMinutes}
                      testId={`option-${index}-when`}
                    />
                  </div>
                  <div
                    role="radiogroup"
                    aria-labelledby={whenId}
                    aria-describedby={missing ? 'answers-error' : undefined}
                  >
                    <Group gap="xs" mt="xs" wrap="wrap">
                      {pollAnswers.map((answer) => (
                        <Radio
                          key={answer}
                          name={`answer-${option.id}`}
                          value={answer}
                          checked={answers[option.id] === answer}
                          onChange={() => setAnswers((current) => ({ ...current, [option.id]: answer }))}
                          label={
                            <span>
                              <span aria-hidden="true" style={{ color: answerLook[answer].color }}>
                                {answerLook[answer].mark}{' '}
                              </span>
                              {t(`polls.answer.${answer}`)}
                            </span>
                          }
                          styles={{
                            root: {
                              background: answerLook[answer].background,
                              borderRadius: 'var(--mantine-radius-md)',
                              padding: '0.4rem 0.75rem',
                            },
                          }}
                        />
                      ))}
                    </Group>
                  </div>
                </Card>
              </li>
            );
          })}
        </Stack>
        {errors.answers !== undefined && (
          <Text c="red.9" size="sm" id="answers-error" role="alert">
            {errors.answers}
          </Text>
        )}
        {guest ? (
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput
              label={t('polls.name')}
              required
              maxLength={100}
              autoComplete="name"
              value={name}
              error={errors.name}
              onChange={(event) => setName(event.currentTarget.value)}
              w={280}
            />
            {/* The server keeps the address given with the first answer; changing the answer does not touch it. */}
            {earlier === undefined && (
              <TextInput
                type="email"
                label={t('polls.email')}
                description={t('polls.emailHelp')}
                maxLength={254}
                autoComplete="email"
                value={email}
                error={errors.email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                w={320}
              />
            )}
          </Group>
        ) : (
          me && earlier === undefined && <Text>{t('polls.answeringAs', { name: me.displayName })}</Text>
        )}
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          )}
        </div>
        <Group>
          <Button type="submit" loading={busy}>
            {earlier === undefined ? t('polls.send') : t('polls.update')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
