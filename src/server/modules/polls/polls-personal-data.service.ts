import type { PollsPersonalDataRepository } from './polls-personal-data.repository.js';

/** What the polls module holds about a person. */
export interface PollsPersonalData {
  answers: {
    id: string;
    pollId: string;
    name: string;
    email: string | null;
    locale: string;
    timeZone: string;
    answers: { optionId: string; startsAt: string | null; answer: string }[];
    createdAt: string;
    updatedAt: string;
  }[];
}

/**
 * The polls module's part of a person's data export and deletion.
 *
 * @example
 * const data = createPollsPersonalData({ repo });
 * await data.forget(userId, email); // answers stay counted, without a name
 */
export function createPollsPersonalData({ repo }: { repo: PollsPersonalDataRepository }) {
  return {
    async exportFor(userId: string, email: string): Promise<PollsPersonalData> {
      const rows = await repo.responsesOf(userId, email);
      const options = await repo.optionsOf([...new Set(rows.map((row) => row.poll_id))]);
      const startOf = new Map(options.map((option) => [option.id, option.starts_at]));
      return {
        answers: rows.map((row) => ({
          id: row.id,
          pollId: row.poll_id,
          name: row.name,
          email: row.email,
          locale: row.locale,
          timeZone: row.time_zone,
          answers: Object.entries(JSON.parse(row.answers) as Record<string, string>).map(
            ([optionId, answer]) => ({ optionId, startsAt: startOf.get(optionId) ?? null, answer }),
          ),
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        })),
      };
    },

    forget: (userId: string, email: string) => repo.anonymise(userId, email),
  };
}

export type PollsPersonalDataService = ReturnType<typeof createPollsPersonalData>;
