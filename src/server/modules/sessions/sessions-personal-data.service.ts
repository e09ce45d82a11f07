import { parseTranslatable, writtenTexts } from '../../platform/content/translatable.js';
import type { SessionsPersonalDataRepository } from './sessions-personal-data.repository.js';

/** What the sessions module holds about a person (GDPR art. 15 and 20, PIPA art. 35). */
export interface SessionsPersonalData {
  registrations: {
    sessionId: string;
    title: Record<string, string>;
    startsAt: string;
    endsAt: string;
    sessionStatus: string;
    cityId: string;
    status: string;
    position: number;
    attended: boolean | null;
    createdAt: string;
    updatedAt: string;
  }[];
  sessionsCreated: { id: string; title: Record<string, string>; startsAt: string; status: string }[];
  calendarFeeds: { createdAt: string; revokedAt: string | null }[];
}

/**
 * The sessions module's part of a person's data export.
 *
 * @example
 * const data = createSessionsPersonalData({ repo });
 * (await data.exportFor(userId)).registrations[0]?.status // 'confirmed'
 */
export function createSessionsPersonalData({ repo }: { repo: SessionsPersonalDataRepository }) {
  const texts = (json: string) => writtenTexts(parseTranslatable(json)) as Record<string, string>;
  return {
    async exportFor(userId: string): Promise<SessionsPersonalData> {
      const [registrations, created, feeds] = await Promise.all([
        repo.registrationsOf(userId),
        repo.sessionsCreatedBy(userId),
        repo.feedsOf(userId),
      ]);
      return {
        registrations: registrations.map((row) => ({
          sessionId: row.sessionId,
          title: texts(row.title),
          startsAt: row.startsAt,
          endsAt: row.endsAt,
          sessionStatus: row.sessionStatus,
          cityId: row.cityId,
          status: row.status,
          position: Number(row.position),
          attended: row.attended === null ? null : Number(row.attended) === 1,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        })),
        sessionsCreated: created.map((row) => ({
          id: row.id,
          title: texts(row.title),
          startsAt: row.startsAt,
          status: row.status,
        })),
        calendarFeeds: feeds,
      };
    },
  };
}

export type SessionsPersonalDataService = ReturnType<typeof createSessionsPersonalData>;
