import { parseTranslatable, writtenTexts } from '../../platform/content/translatable.js';
import type { PracticesPersonalDataRepository } from './practices-personal-data.repository.js';

/** What the practice library holds about a person. */
export interface PracticesPersonalData {
  written: {
    id: string;
    title: Record<string, string>;
    cityId: string;
    status: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
  }[];
  edits: { practiceId: string; version: number; change: string; createdAt: string }[];
  reports: { id: string; practiceId: string; reason: string; createdAt: string; resolvedAt: string | null }[];
}

/**
 * The practice library's part of a person's data export.
 *
 * @example
 * (await createPracticesPersonalData({ repo }).exportFor(userId)).written.length // 2
 */
export function createPracticesPersonalData({ repo }: { repo: PracticesPersonalDataRepository }) {
  return {
    async exportFor(userId: string): Promise<PracticesPersonalData> {
      const [written, edits, reports] = await Promise.all([
        repo.writtenBy(userId),
        repo.editsBy(userId),
        repo.reportsBy(userId),
      ]);
      return {
        written: written.map((row) => ({
          id: row.id,
          title: writtenTexts(parseTranslatable(row.title)) as Record<string, string>,
          cityId: row.city_id,
          status: row.status,
          version: Number(row.version),
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          publishedAt: row.published_at,
        })),
        edits: edits.map((row) => ({
          practiceId: row.practice_id,
          version: Number(row.version),
          change: row.change,
          createdAt: row.created_at,
        })),
        reports: reports.map((row) => ({
          id: row.id,
          practiceId: row.practice_id,
          reason: row.reason,
          createdAt: row.created_at,
          resolvedAt: row.resolved_at,
        })),
      };
    },
  };
}

export type PracticesPersonalDataService = ReturnType<typeof createPracticesPersonalData>;
