import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../auth/tokens.js';
import type { Clock } from '../clock.js';

export interface AuditEntry {
  actorId: string | null;
  /** What was done, e.g. "role.grant". */
  action: string;
  subjectType: string;
  subjectId: string;
  /** The city the action concerns, so each city's coordinators see their own record. */
  cityId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: string;
  createdAt: string;
}

/** Appends to the audit log; call it in the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, clock: Clock, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      city_id: entry.cityId,
      detail: JSON.stringify(entry.detail),
      created_at: clock.now().toISOString(),
    })
    .execute();
}

/** The newest entries first; only the given cities' entries when `cityIds` is set. */
export async function listAudit(
  db: Kysely<Database>,
  filter: { cityIds?: string[]; limit: number },
): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit);
  if (filter.cityIds !== undefined) {
    if (filter.cityIds.length === 0) return [];
    query = query.where('city_id', 'in', filter.cityIds);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    cityId: row.city_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    createdAt: row.created_at,
  }));
}
