import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/errors.js';
import type {
  Database,
  YouthCircleMeetingTable,
  YouthCircleMemberTable,
  YouthCircleTable,
  YouthConsentRequestTable,
  YouthConsentTable,
  YouthFacilitatorVettingTable,
  YouthKitItemTable,
  YouthMessageTable,
  YouthProfileTable,
  YouthReportTable,
} from '../../db/schema.js';
import type { TransactionStep } from '../../db/transaction-step.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { enqueueMail, type OutgoingMail } from '../../platform/mail/outbox.js';

export type ConsentRequestRow = YouthConsentRequestTable;
export type ConsentRow = YouthConsentTable;
export type VettingRow = YouthFacilitatorVettingTable;
export type ProfileRow = YouthProfileTable;
export type CircleRow = YouthCircleTable;
export type MemberRow = YouthCircleMemberTable;
export type MessageRow = YouthMessageTable;
export type ReportRow = YouthReportTable;
export type KitItemRow = YouthKitItemTable;
export type MeetingRow = YouthCircleMeetingTable;

export interface NewCircle {
  id: string;
  runId: string;
  ageBand: string;
  cityIds: string[];
  scores: unknown;
  sharedWindows: unknown;
  members: { userId: string; cityId: string }[];
  facilitators: { userId: string; cityId: string }[];
}

/** The youth exchange's tables: the only file of the module that speaks SQL. */
export function createYouthRepository(db: Kysely<Database>, clock: Clock) {
  const now = () => clock.now().toISOString();

  return {
    // ---- Consent ---------------------------------------------------------------------------------

    async countRequestsSince(userId: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('youth_consent_requests')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Stores a request and the guardian's e-mail in one transaction. */
    async createConsentRequest(request: ConsentRequestRow, mail: OutgoingMail): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('youth_consent_requests').values(request).execute();
        await enqueueMail(trx, clock, mail);
      });
    },

    async requestsOf(userId: string): Promise<ConsentRequestRow[]> {
      return db
        .selectFrom('youth_consent_requests')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
    },

    async consentsOf(userId: string): Promise<ConsentRow[]> {
      return db
        .selectFrom('youth_consents')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('decided_at', 'desc')
        .execute();
    },

    /** Consents given by a guardian, found by the address their link was mailed to. */
    async consentsGivenBy(guardianEmail: string): Promise<ConsentRow[]> {
      return db
        .selectFrom('youth_consents')
        .selectAll()
        .where('guardian_email', '=', guardianEmail)
        .orderBy('decided_at', 'desc')
        .execute();
    },

    async findRequestByToken(tokenHash: string): Promise<ConsentRequestRow | undefined> {
      return db
        .selectFrom('youth_consent_requests')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /**
     * Uses the request's token and records the guardian's decision, all or nothing. The conditional
     * update makes the link single-use under concurrency; false when it was used or expired meanwhile.
     * `steps` (the child's activation) run in the same transaction: if one fails, the link stays unused.
     */
    async recordDecision(
      tokenHash: string,
      consent: ConsentRow,
      mail?: OutgoingMail,
      steps: readonly TransactionStep[] = [],
    ): Promise<boolean> {
      const at = now();
      return db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable('youth_consent_requests')
          .set({ used_at: at })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', at)
          .executeTakeFirst();
        if (used.numUpdatedRows !== 1n) return false;
        if (consent.decision === 'granted') {
          // One consent in force at a time: a new grant supersedes an older one.
          await trx
            .updateTable('youth_consents')
            .set({ withdrawn_at: at, guardian_token_hash: null })
            .where('user_id', '=', consent.user_id)
            .where('decision', '=', 'granted')
            .where('withdrawn_at', 'is', null)
            .execute();
        }
        await trx.insertInto('youth_consents').values(consent).execute();
        if (mail !== undefined) await enqueueMail(trx, clock, mail);
        for (const step of steps) await step(trx);
        return true;
      });
    },

    async findConsent(id: string): Promise<ConsentRow | undefined> {
      return db.selectFrom('youth_consents').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findConsentByGuardianToken(tokenHash: string): Promise<ConsentRow | undefined> {
      return db
        .selectFrom('youth_consents')
        .selectAll()
        .where('guardian_token_hash', '=', tokenHash)
        .where('decision', '=', 'granted')
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
    },

    /** The grant in force for a person, if any. */
    async consentInForce(userId: string): Promise<ConsentRow | undefined> {
      return db
        .selectFrom('youth_consents')
        .selectAll()
        .where('user_id', '=', userId)
        .where('decision', '=', 'granted')
        .where('withdrawn_at', 'is', null)
        .orderBy('decided_at', 'desc')
        .executeTakeFirst();
    },

    /** Records a coordinator's verification and runs `steps` (the child's activation) in the same transaction. */
    /** Grants in force whose signed form or phone check no coordinator has recorded yet. */
    async consentsAwaitingVerification(cityIds: readonly string[] | undefined): Promise<ConsentRow[]> {
      if (cityIds !== undefined && cityIds.length === 0) return [];
      let query = db
        .selectFrom('youth_consents')
        .selectAll()
        .where('decision', '=', 'granted')
        .where('verified_at', 'is', null)
        .where('withdrawn_at', 'is', null)
        .orderBy('decided_at');
      if (cityIds !== undefined) query = query.where('city_id', 'in', [...cityIds]);
      return query.execute();
    },

    async markVerified(
      consentId: string,
      actorId: string,
      cityId: string,
      steps: readonly TransactionStep[] = [],
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('youth_consents')
          .set({ verified_at: now(), verified_by: actorId })
          .where('id', '=', consentId)
          .where('verified_at', 'is', null)
          .where('withdrawn_at', 'is', null)
          .where('decision', '=', 'granted')
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return false;
        await recordAudit(trx, clock, {
          actorId,
          action: 'youth.consent.verify',
          subjectType: 'youth_consent',
          subjectId: consentId,
          cityId,
          detail: {},
        });
        for (const step of steps) await step(trx);
        return true;
      });
    },

    /**
     * Withdraws a consent and ends the person's circle memberships at once, with `steps` (the account
     * back to waiting) in the same transaction. False when it was no longer in force.
     */
    async withdrawConsent(
      consentId: string,
      userId: string,
      steps: readonly TransactionStep[] = [],
    ): Promise<boolean> {
      const at = now();
      return db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('youth_consents')
          .set({ withdrawn_at: at, guardian_token_hash: null })
          .where('id', '=', consentId)
          .where('withdrawn_at', 'is', null)
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return false;
        await trx
          .updateTable('youth_circle_members')
          .set({ left_at: at })
          .where('user_id', '=', userId)
          .where('left_at', 'is', null)
          .execute();
        for (const step of steps) await step(trx);
        return true;
      });
    },

    // ---- Facilitators ----------------------------------------------------------------------------

    /** Records (or renews) a vetting, with its audit entry. */
    async recordVetting(row: VettingRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('youth_facilitator_vetting')
          .where('user_id', '=', row.user_id)
          .where('city_id', '=', row.city_id)
          .execute();
        await trx.insertInto('youth_facilitator_vetting').values(row).execute();
        await recordAudit(trx, clock, {
          actorId: row.vetted_by,
          action: 'youth.facilitator.vet',
          subjectType: 'user',
          subjectId: row.user_id,
          cityId: row.city_id,
          detail: { method: row.method, checkedOn: row.checked_on },
        });
      });
    },

    async vettings(cityIds: readonly string[] | undefined): Promise<VettingRow[]> {
      let query = db
        .selectFrom('youth_facilitator_vetting')
        .selectAll()
        .where('revoked_at', 'is', null)
        .orderBy('city_id')
        .orderBy('vetted_at');
      if (cityIds !== undefined) {
        if (cityIds.length === 0) return [];
        query = query.where('city_id', 'in', [...cityIds]);
      }
      return query.execute();
    },

    async vettingsOf(userId: string): Promise<VettingRow[]> {
      return db.selectFrom('youth_facilitator_vetting').selectAll().where('user_id', '=', userId).execute();
    },

    /** Active circles per facilitator, so new circles go to the least busy. */
    async facilitatorLoad(userIds: readonly string[]): Promise<Map<string, number>> {
      const load = new Map<string, number>(userIds.map((id) => [id, 0]));
      if (userIds.length === 0) return load;
      const rows = await db
        .selectFrom('youth_circle_members')
        .innerJoin('youth_circles', 'youth_circles.id', 'youth_circle_members.circle_id')
        .select(['youth_circle_members.user_id as userId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('youth_circle_members.user_id', 'in', [...userIds])
        .where('youth_circle_members.role', '=', 'facilitator')
        .where('youth_circle_members.left_at', 'is', null)
        .where('youth_circles.status', '=', 'active')
        .groupBy('youth_circle_members.user_id')
        .execute();
      for (const row of rows) load.set(row.userId, Number(row.n));
      return load;
    },

    // ---- Profiles --------------------------------------------------------------------------------

    async saveProfile(row: Omit<ProfileRow, 'created_at'>): Promise<void> {
      await db
        .insertInto('youth_profiles')
        .values({ ...row, created_at: row.updated_at })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            native_languages: row.native_languages,
            learning: row.learning,
            interests: row.interests,
            availability: row.availability,
            preferred_circle_size: row.preferred_circle_size,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    async findProfile(userId: string): Promise<ProfileRow | undefined> {
      return db.selectFrom('youth_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },

    /** The profiles of these people (those who have one), in one query. */
    async findProfiles(userIds: readonly string[]): Promise<Map<string, ProfileRow>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('youth_profiles')
        .selectAll()
        .where('user_id', 'in', [...userIds])
        .execute();
      return new Map(rows.map((row) => [row.user_id, row]));
    },

    async allProfiles(): Promise<ProfileRow[]> {
      return db.selectFrom('youth_profiles').selectAll().orderBy('user_id').execute();
    },

    // ---- Circles ---------------------------------------------------------------------------------

    /** People who are members (not facilitators) of an active circle now. */
    async peopleInActiveCircles(): Promise<Set<string>> {
      const rows = await db
        .selectFrom('youth_circle_members')
        .innerJoin('youth_circles', 'youth_circles.id', 'youth_circle_members.circle_id')
        .select('youth_circle_members.user_id as userId')
        .where('youth_circle_members.role', '=', 'member')
        .where('youth_circle_members.left_at', 'is', null)
        .where('youth_circles.status', '=', 'active')
        .execute();
      return new Set(rows.map((row) => row.userId));
    },

    /** Creates circles with their members and facilitators, and the run's audit entry, all or nothing. */
    /** False (and nothing created) when one of the members is already in an active circle. */
    async createCircles(
      circles: readonly NewCircle[],
      actorId: string,
      runCityIds: string[],
    ): Promise<boolean> {
      const at = now();
      const memberIds = circles.flatMap((circle) => circle.members.map((m) => m.userId));
      return db.transaction().execute(async (trx) => {
        for (let start = 0; start < memberIds.length; start += 500) {
          const busy = await trx
            .selectFrom('youth_circle_members')
            .innerJoin('youth_circles', 'youth_circles.id', 'youth_circle_members.circle_id')
            .select('youth_circle_members.user_id')
            .where('youth_circle_members.user_id', 'in', memberIds.slice(start, start + 500))
            .where('youth_circle_members.role', '=', 'member')
            .where('youth_circle_members.left_at', 'is', null)
            .where('youth_circles.status', '=', 'active')
            .executeTakeFirst();
          if (busy !== undefined) return false;
        }
        for (const circle of circles) {
          await trx
            .insertInto('youth_circles')
            .values({
              id: circle.id,
              run_id: circle.runId,
              age_band: circle.ageBand,
              city_ids: JSON.stringify(circle.cityIds),
              scores: JSON.stringify(circle.scores),
              shared_windows: JSON.stringify(circle.sharedWindows),
              status: 'active',
              created_by: actorId,
              created_at: at,
              ended_at: null,
            })
            .execute();
          const people = [
            ...circle.members.map((m) => ({ ...m, role: 'member' })),
            ...circle.facilitators.map((f) => ({ ...f, role: 'facilitator' })),
          ];
          await trx
            .insertInto('youth_circle_members')
            .values(
              people.map((person) => ({
                circle_id: circle.id,
                user_id: person.userId,
                role: person.role,
                city_id: person.cityId,
                joined_at: at,
                left_at: null,
              })),
            )
            .execute();
        }
        const runId = circles[0]?.runId;
        if (runId !== undefined) {
          await recordAudit(trx, clock, {
            actorId,
            action: 'youth.matching.apply',
            subjectType: 'youth_matching_run',
            subjectId: runId,
            cityId: null,
            detail: { cityIds: runCityIds, circles: circles.length },
          });
        }
        return true;
      });
    },

    async findCircle(id: string): Promise<CircleRow | undefined> {
      return db.selectFrom('youth_circles').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Circles someone is in now (as member or facilitator), newest first. */
    async circlesOf(userId: string): Promise<CircleRow[]> {
      return db
        .selectFrom('youth_circles')
        .innerJoin('youth_circle_members', 'youth_circle_members.circle_id', 'youth_circles.id')
        .selectAll('youth_circles')
        .where('youth_circle_members.user_id', '=', userId)
        .where('youth_circle_members.left_at', 'is', null)
        .orderBy('youth_circles.created_at', 'desc')
        .orderBy('youth_circles.id')
        .execute();
    },

    /** Active circles with someone of the given cities (all, when undefined). */
    async circlesOfCities(cityIds: readonly string[] | undefined): Promise<CircleRow[]> {
      const rows = await db
        .selectFrom('youth_circles')
        .selectAll()
        .where('status', '=', 'active')
        .orderBy('created_at', 'desc')
        .execute();
      if (cityIds === undefined) return rows;
      return rows.filter((row) =>
        (JSON.parse(row.city_ids) as string[]).some((cityId) => cityIds.includes(cityId)),
      );
    },

    /** Everyone who is in the circles now. */
    async membersOf(circleIds: readonly string[]): Promise<MemberRow[]> {
      if (circleIds.length === 0) return [];
      return db
        .selectFrom('youth_circle_members')
        .selectAll()
        .where('circle_id', 'in', [...circleIds])
        .where('left_at', 'is', null)
        .orderBy('role', 'desc')
        .orderBy('city_id')
        .orderBy('joined_at')
        .orderBy('user_id')
        .execute();
    },

    /** Every membership someone ever had, for the data export and the guardian's view. */
    async membershipsOf(userId: string): Promise<MemberRow[]> {
      return db
        .selectFrom('youth_circle_members')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('joined_at')
        .execute();
    },

    // ---- Messages, reports, blocks ---------------------------------------------------------------

    async insertMessage(row: MessageRow): Promise<void> {
      await db.insertInto('youth_messages').values(row).execute();
    },

    async findMessage(id: string): Promise<MessageRow | undefined> {
      return db.selectFrom('youth_messages').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** The newest `limit` messages of a circle, oldest first. */
    async messagesOf(circleId: string, limit: number): Promise<MessageRow[]> {
      const rows = await db
        .selectFrom('youth_messages')
        .selectAll()
        .where('circle_id', '=', circleId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse();
    },

    async hiddenMessagesIn(circleIds: readonly string[]): Promise<MessageRow[]> {
      if (circleIds.length === 0) return [];
      return db
        .selectFrom('youth_messages')
        .selectAll()
        .where('circle_id', 'in', [...circleIds])
        .where('status', '=', 'hidden')
        .orderBy('created_at')
        .execute();
    },

    /**
     * Records one person's report of a message and hides it when `threshold` different people have
     * reported it. Undefined when this person already reported it.
     */
    async reportMessage(
      report: ReportRow,
      threshold: number,
    ): Promise<{ reports: number; hidden: boolean } | undefined> {
      const messageId = report.message_id as string;
      try {
        return await db.transaction().execute(async (trx) => {
          await trx.insertInto('youth_reports').values(report).execute();
          await trx
            .updateTable('youth_messages')
            .set((eb) => ({ report_count: eb('report_count', '+', 1) }))
            .where('id', '=', messageId)
            .execute();
          await trx
            .updateTable('youth_messages')
            .set({ status: 'hidden' })
            .where('id', '=', messageId)
            .where('status', '=', 'visible')
            .where('decided_at', 'is', null)
            .where('report_count', '>=', threshold)
            .execute();
          const row = await trx
            .selectFrom('youth_messages')
            .select(['report_count', 'status'])
            .where('id', '=', messageId)
            .executeTakeFirstOrThrow();
          return { reports: row.report_count, hidden: row.status === 'hidden' };
        });
      } catch (error) {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
    },

    async insertReport(report: ReportRow): Promise<void> {
      await db.insertInto('youth_reports').values(report).execute();
    },

    async findReport(id: string): Promise<ReportRow | undefined> {
      return db.selectFrom('youth_reports').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async openReportsIn(circleIds: readonly string[]): Promise<ReportRow[]> {
      if (circleIds.length === 0) return [];
      return db
        .selectFrom('youth_reports')
        .selectAll()
        .where('circle_id', 'in', [...circleIds])
        .where('resolved_at', 'is', null)
        .orderBy('created_at')
        .execute();
    },

    async reportsBy(userId: string): Promise<ReportRow[]> {
      return db
        .selectFrom('youth_reports')
        .selectAll()
        .where('reporter_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    /**
     * A facilitator's decision on a message; resolves its reports and records who decided in the
     * audit log. False when nothing was to decide.
     */
    async decideMessage(messageId: string, status: 'visible' | 'removed', actorId: string): Promise<boolean> {
      const at = now();
      return db.transaction().execute(async (trx) => {
        let update = trx
          .updateTable('youth_messages')
          .set({ status, decided_by: actorId, decided_at: at })
          .where('id', '=', messageId);
        update =
          status === 'visible'
            ? update.where('status', '=', 'hidden')
            : update.where('status', '!=', 'removed');
        const done = await update.executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return false;
        await trx
          .updateTable('youth_reports')
          .set({
            resolved_at: at,
            resolved_by: actorId,
            decision: status === 'visible' ? 'restore' : 'remove',
          })
          .where('message_id', '=', messageId)
          .where('resolved_at', 'is', null)
          .execute();
        await recordAudit(trx, clock, {
          actorId,
          action: status === 'visible' ? 'youth.message.restore' : 'youth.message.remove',
          subjectType: 'youth_message',
          subjectId: messageId,
          cityId: null,
          detail: {},
        });
        return true;
      });
    },

    /**
     * Resolves a report with its audit entry; taking the person out of the circle happens in the same
     * transaction. False when it was already resolved.
     */
    async resolveReport(
      report: Pick<ReportRow, 'id' | 'circle_id' | 'reported_user_id'>,
      decision: 'dismiss' | 'remove_from_circle',
      actorId: string,
    ): Promise<boolean> {
      const at = now();
      return db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('youth_reports')
          .set({ resolved_at: at, resolved_by: actorId, decision })
          .where('id', '=', report.id)
          .where('resolved_at', 'is', null)
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return false;
        if (
          decision === 'remove_from_circle' &&
          report.circle_id !== null &&
          report.reported_user_id !== null
        ) {
          await trx
            .updateTable('youth_circle_members')
            .set({ left_at: at })
            .where('circle_id', '=', report.circle_id)
            .where('user_id', '=', report.reported_user_id)
            .where('left_at', 'is', null)
            .execute();
        }
        await recordAudit(trx, clock, {
          actorId,
          action: `youth.report.${decision}`,
          subjectType: 'youth_report',
          subjectId: report.id,
          cityId: null,
          detail: { reportedUserId: report.reported_user_id, circleId: report.circle_id },
        });
        return true;
      });
    },

    async messagesBy(userId: string): Promise<MessageRow[]> {
      return db
        .selectFrom('youth_messages')
        .selectAll()
        .where('author_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    async block(blockerId: string, blockedId: string): Promise<void> {
      try {
        await db
          .insertInto('youth_blocks')
          .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: now() })
          .execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    },

    async unblock(blockerId: string, blockedId: string): Promise<void> {
      await db
        .deleteFrom('youth_blocks')
        .where('blocker_id', '=', blockerId)
        .where('blocked_id', '=', blockedId)
        .execute();
    },

    async blockedBy(blockerId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('youth_blocks')
        .select('blocked_id')
        .where('blocker_id', '=', blockerId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => row.blocked_id);
    },

    // ---- Retention and deletion ------------------------------------------------------------------

    /** Deletes the messages of circles that ended before `cutoff`. Returns how many went. */
    async purgeMessagesOfCirclesEndedBefore(cutoff: string): Promise<number> {
      const ended = db
        .selectFrom('youth_circles')
        .select('id')
        .where('status', '=', 'ended')
        .where('ended_at', '<', cutoff);
      const result = await db.deleteFrom('youth_messages').where('circle_id', 'in', ended).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async endCircle(circleId: string): Promise<boolean> {
      const done = await db
        .updateTable('youth_circles')
        .set({ status: 'ended', ended_at: now() })
        .where('id', '=', circleId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return done.numUpdatedRows === 1n;
    },

    /**
     * Detaches a person's activity before their account goes: messages lose their author (and are
     * removed from view when a minor wrote them), reports lose their reporter.
     */
    async anonymise(userId: string, removeMessages: boolean): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('youth_messages')
          .set(removeMessages ? { author_id: null, status: 'removed', text: '' } : { author_id: null })
          .where('author_id', '=', userId)
          .execute();
        await trx
          .updateTable('youth_reports')
          .set({ reporter_id: null })
          .where('reporter_id', '=', userId)
          .execute();
      });
    },

    // ---- Circle meetings (sessions restricted to a circle) ---------------------------------------

    async insertMeeting(row: MeetingRow): Promise<void> {
      await db.insertInto('youth_circle_meetings').values(row).execute();
    },

    async findMeeting(sessionId: string): Promise<MeetingRow | undefined> {
      return db
        .selectFrom('youth_circle_meetings')
        .selectAll()
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
    },

    /** Every meeting of a circle, newest first (their times belong to the sessions module). */
    async meetingsOf(circleId: string): Promise<MeetingRow[]> {
      return db
        .selectFrom('youth_circle_meetings')
        .selectAll()
        .where('circle_id', '=', circleId)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
    },

    /** Records that a facilitator opened the room (the first opening counts); with its audit entry. */
    async openRoom(sessionId: string, actorId: string, cityId: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const done = await trx
          .updateTable('youth_circle_meetings')
          .set({ room_opened_at: now(), room_opened_by: actorId })
          .where('session_id', '=', sessionId)
          .where('room_opened_at', 'is', null)
          .executeTakeFirst();
        if (done.numUpdatedRows !== 1n) return;
        await recordAudit(trx, clock, {
          actorId,
          action: 'youth.meeting.open_room',
          subjectType: 'session',
          subjectId: sessionId,
          cityId,
          detail: {},
        });
      });
    },

    // ---- Culture kits ----------------------------------------------------------------------------

    async insertKitItem(row: Omit<KitItemRow, 'position'>): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('youth_kit_items')
          .select((eb) => eb.fn.max('position').as('position'))
          .executeTakeFirst();
        await trx
          .insertInto('youth_kit_items')
          .values({ ...row, position: Number(last?.position ?? 0) + 1 })
          .execute();
      });
    },

    async kitItems(): Promise<KitItemRow[]> {
      return db
        .selectFrom('youth_kit_items')
        .selectAll()
        .orderBy('kind', 'desc')
        .orderBy('position')
        .execute();
    },

    async countKitItems(): Promise<number> {
      const row = await db
        .selectFrom('youth_kit_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async findKitItem(id: string): Promise<KitItemRow | undefined> {
      return db.selectFrom('youth_kit_items').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async learnedBy(userId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('youth_kit_learned')
        .select('item_id')
        .where('user_id', '=', userId)
        .execute();
      return new Set(rows.map((row) => row.item_id));
    },

    async setLearned(userId: string, itemId: string, learned: boolean): Promise<void> {
      if (!learned) {
        await db
          .deleteFrom('youth_kit_learned')
          .where('user_id', '=', userId)
          .where('item_id', '=', itemId)
          .execute();
        return;
      }
      try {
        await db
          .insertInto('youth_kit_learned')
          .values({ user_id: userId, item_id: itemId, learned_at: now() })
          .execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    },

    newId,
  };
}

export type YouthRepository = ReturnType<typeof createYouthRepository>;
