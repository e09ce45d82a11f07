import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';
import { answerLook, useShortOptionLabel } from './poll-parts.js';
import { bestOptionIds } from './poll-tally.js';
import type { Poll } from './polls-api.js';

/**
 * Who answered what, like Rallly: one row per person, one column per time (in the viewer's zone),
 * and the tally below. Each cell says its answer in words to screen readers and shows a mark and a
 * tint to the eye.
 */
export function AnswersGrid({ poll }: { poll: Poll }) {
  const { t } = useI18n();
  const label = useShortOptionLabel();
  const best = new Set(poll.status === 'open' ? bestOptionIds(poll.options) : []);
  if (poll.responses.length === 0) return <Text data-testid="no-responses">{t('polls.noResponses')}</Text>;
  return (
    <Table.ScrollContainer minWidth={Math.min(240 + poll.options.length * 120, 2600)}>
      <Table withTableBorder withColumnBorders data-testid="answers-grid">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('polls.respondents', { count: poll.responses.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('polls.person')}</Table.Th>
            {poll.options.map((option) => (
              <Table.Th scope="col" key={option.id} style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={option.startsAt}>{label(option.startsAt)}</time>
                {option.id === poll.chosenOptionId && <Text size="sm">{t('polls.chosen')}</Text>}
                {best.has(option.id) && <Text size="sm">{t('polls.best')}</Text>}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {poll.responses.map((response) => (
            <Table.Tr key={response.id}>
              <Table.Th scope="row">{response.name}</Table.Th>
              {poll.options.map((option) => {
                const answer = response.answers[option.id];
                return (
                  <Table.Td
                    key={option.id}
                    ta="center"
                    style={answer === undefined ? undefined : { background: answerLook[answer].background }}
                    data-answer={answer ?? 'none'}
                  >
                    {answer === undefined ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <VisuallyHidden>{t('polls.answer.none')}</VisuallyHidden>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true" style={{ color: answerLook[answer].color, fontWeight: 700 }}>
                          {answerLook[answer].mark}
                        </span>
                        <VisuallyHidden>{t(`polls.answer.${answer}`)}</VisuallyHidden>
                      </>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('polls.total')}</Table.Th>
            {poll.options.map((option) => (
              <Table.Td key={option.id} ta="center" data-testid={`tally-${option.id}`}>
                <Text size="sm">
                  {t('polls.tally', { yes: option.yes, ifNeedBe: option.ifNeedBe, no: option.no })}
                </Text>
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
