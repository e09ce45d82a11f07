import { AppError } from '../../platform/errors/app-error.js';
import { messageRetentionMonths } from './youth.policy.js';
import type { DataExport, YouthProfile } from './youth.schema.js';
import { toConsentRecord, toConsentRequest } from './youth-consent.service.js';
import type { Actor, PeopleReader, Person, YouthDeps } from './youth-people.service.js';

/** A person's own data (GDPR art. 15 and 20, PIPA art. 35), deletion, and the retention of circle messages. */
export function createPrivacyService(
  deps: YouthDeps,
  people: PeopleReader,
  profileOf: (person: Person) => Promise<YouthProfile | null>,
) {
  const { repo, accounts, clock, personalData } = deps;

  return {
    async exportData(actor: Actor): Promise<DataExport> {
      const person = await people.person(actor.userId);
      if (person === undefined) throw new AppError('UNAUTHENTICATED');
      const me = await accounts.me(person.id);
      const nowIso = clock.now().toISOString();
      const [sessions, polls, practices, esports] = await Promise.all([
        personalData.sessions.exportFor(person.id),
        personalData.polls.exportFor(person.id, person.email),
        personalData.practices.exportFor(person.id),
        personalData.esports.exportFor(person.id),
      ]);
      const [requests, consents, given, memberships, messages, reports, blocked, learned, vetting] =
        await Promise.all([
          repo.requestsOf(person.id),
          repo.consentsOf(person.id),
          repo.consentsGivenBy(person.email),
          repo.membershipsOf(person.id),
          repo.messagesBy(person.id),
          repo.reportsBy(person.id),
          repo.blockedBy(person.id),
          repo.learnedBy(person.id),
          repo.vettingsOf(person.id),
        ]);
      return {
        exportedAt: nowIso,
        account: {
          id: person.id,
          email: person.email,
          displayName: person.ownDisplayName,
          cityId: person.cityId,
          birthDate: person.birthDate,
          locale: person.locale,
          timeZone: person.timeZone,
          status: person.status,
          createdAt: person.createdAt,
          roles: me.roles,
        },
        sessions,
        polls,
        practices,
        esports,
        youth: {
          profile: await profileOf(person),
          consentRequests: requests.map((row) => toConsentRequest(row, nowIso)),
          consents: consents.map(toConsentRecord),
          consentsGiven: given.map(toConsentRecord),
          circles: memberships.map((m) => ({
            circleId: m.circle_id,
            role: m.role,
            joinedAt: m.joined_at,
            leftAt: m.left_at,
          })),
          messages: messages.map((m) => ({
            id: m.id,
            circleId: m.circle_id,
            text: m.text,
            status: m.status,
            createdAt: m.created_at,
          })),
          reports: reports.map((r) => ({
            id: r.id,
            messageId: r.message_id,
            reportedUserId: r.reported_user_id,
            reason: r.reason,
            createdAt: r.created_at,
          })),
          blocked,
          learnedKitItems: [...learned].sort(),
          vetting: vetting.map((v) => ({
            cityId: v.city_id,
            method: v.method,
            checkedOn: v.checked_on,
            vettedAt: v.vetted_at,
          })),
        },
      };
    },

    /**
     * Removes the account and anonymises its activity: seats go to the next in line, poll answers
     * and e-sports entrants lose the name, circle messages lose their author (a minor's are removed
     * outright), reports lose their reporter; personal rows go with the account (foreign keys cascade
     * or set null: registrations, feeds, team places, practices' author, ...).
     */
    async deleteAccount(actor: Actor): Promise<void> {
      const person = await people.person(actor.userId);
      if (person === undefined) throw new AppError('UNAUTHENTICATED');
      await deps.sessions.releaseAll(person.id);
      await personalData.polls.forget(person.id, person.email);
      await personalData.esports.forget(person.id);
      await repo.anonymise(person.id, person.minor);
      await accounts.deleteAccount(person.id);
    },

    /** Deletes circle messages 12 months after their circle ended (run by housekeeping). */
    async purgeExpiredMessages(): Promise<number> {
      const cutoff = new Date(clock.now());
      cutoff.setUTCMonth(cutoff.getUTCMonth() - messageRetentionMonths);
      return repo.purgeMessagesOfCirclesEndedBefore(cutoff.toISOString());
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
