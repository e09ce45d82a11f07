import { defaultLocale, isLocale, type Locale } from '../../../core/i18n/locales.js';
import { calendarDateIn, isCalendarDate } from '../../../core/time/calendar-date.js';
import { hashToken, newId, newToken } from '../../platform/auth/tokens.js';
import { AppError } from '../../platform/errors/app-error.js';
import { t } from '../../platform/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/outbox.js';
import {
  consentLinkHours,
  consentRequestsPerDay,
  coordinatesCity,
  immediateVerification,
} from './youth.policy.js';
import type { ConsentRequestRow, ConsentRow, VettingRow } from './youth.repository.js';
import type {
  ConsentDecision,
  ConsentDecisionBody,
  ConsentInvitation,
  ConsentRecord,
  ConsentRequest,
  ConsentRequestBody,
  ConsentState,
  Facilitator,
  PendingVerification,
  VettingBody,
  YouthProfile,
} from './youth.schema.js';
import type { Actor, PeopleReader, Person, YouthDeps } from './youth-people.service.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hourMs = 3600_000;

export function toConsentRecord(row: ConsentRow): ConsentRecord {
  return {
    id: row.id,
    decision: row.decision === 'granted' ? 'granted' : 'refused',
    guardianName: row.guardian_name,
    guardianEmail: row.guardian_email,
    relationship: row.relationship,
    verification: row.verification,
    verified: row.verified_at !== null,
    cityId: row.city_id,
    consentAge: row.consent_age,
    decidedAt: row.decided_at,
    withdrawnAt: row.withdrawn_at,
  };
}

export function toConsentRequest(row: ConsentRequestRow, nowIso: string): ConsentRequest {
  return {
    id: row.id,
    guardianEmail: row.guardian_email,
    guardianName: row.guardian_name,
    status: row.used_at !== null ? 'used' : row.expires_at <= nowIso ? 'expired' : 'pending',
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

/**
 * Guardian consent under the law of the young person's city (Finland 13, Korea 14 with a recorded
 * verification method), the guardian's own view and withdrawal, and the vetting of facilitators.
 */
export function createConsentService(
  deps: YouthDeps,
  people: PeopleReader,
  profileOf: (person: Person) => Promise<YouthProfile | null>,
) {
  const { repo, accounts, partnership, roles, clock, publicUrl } = deps;

  async function childOrGone(userId: string): Promise<Person> {
    const child = await people.person(userId);
    if (child === undefined || child.city === undefined) throw new AppError('CONSENT_LINK_GONE');
    return child;
  }

  async function usableRequest(token: string): Promise<ConsentRequestRow> {
    const request = await repo.findRequestByToken(hashToken(token));
    if (
      request === undefined ||
      request.used_at !== null ||
      request.expires_at <= clock.now().toISOString()
    ) {
      throw new AppError('CONSENT_LINK_GONE');
    }
    return request;
  }

  /** A person past the consent age needs no guardian: lift a wait that no longer applies. */
  async function settle(person: Person): Promise<Person['status']> {
    if (
      person.status === 'awaiting_guardian_consent' &&
      !person.needsGuardianConsent &&
      person.age !== undefined
    ) {
      await accounts.setConsentStatus(person.id, 'active');
      return 'active';
    }
    return person.status;
  }

  async function cityNames(locale: Locale): Promise<string> {
    const cities = await partnership.listCities();
    return cities.map((city) => city.name[locale]).join(' – ');
  }

  async function signature(locale: Locale): Promise<string> {
    const name = (await partnership.getPartnership())?.name[locale] ?? 'Silta';
    return t(locale, 'mail.signature', { partnership: name });
  }

  return {
    async state(actor: Actor): Promise<ConsentState> {
      const person = await people.person(actor.userId);
      if (person === undefined) throw new AppError('UNAUTHENTICATED');
      const status = await settle(person);
      const nowIso = clock.now().toISOString();
      return {
        status,
        needsGuardianConsent: person.needsGuardianConsent,
        consentAge: person.city?.consentAge ?? 0,
        requests: (await repo.requestsOf(person.id)).map((row) => toConsentRequest(row, nowIso)),
        consents: (await repo.consentsOf(person.id)).map(toConsentRecord),
      };
    },

    /** The young person names a guardian; the guardian gets a single-use, expiring link in the city's language. */
    async request(actor: Actor, body: ConsentRequestBody): Promise<ConsentRequest> {
      const person = await people.person(actor.userId);
      if (person === undefined || person.city === undefined) throw new AppError('UNAUTHENTICATED');
      if ((await settle(person)) === 'active') throw new AppError('CONSENT_NOT_NEEDED');
      const guardianEmail = body.guardianEmail.trim().toLowerCase();
      if (!emailPattern.test(guardianEmail) || guardianEmail === person.email) {
        throw new AppError('VALIDATION_FAILED', { field: 'guardianEmail' });
      }
      const guardianName = body.guardianName.trim();
      if (guardianName === '') throw new AppError('VALIDATION_FAILED', { field: 'guardianName' });
      const now = clock.now();
      const since = new Date(now.getTime() - 24 * hourMs).toISOString();
      if ((await repo.countRequestsSince(person.id, since)) >= consentRequestsPerDay) {
        throw new AppError('RATE_LIMITED');
      }

      const city = person.city;
      const mainLanguage = city.languages[0];
      const locale: Locale = isLocale(mainLanguage) ? mainLanguage : defaultLocale;
      const token = newToken();
      const link = `${publicUrl}/guardian/consent?token=${token}&lang=${locale}`;
      const mail: OutgoingMail = {
        to: guardianEmail,
        subject: t(locale, 'mail.youth.consent.subject', { child: person.displayName }),
        text: [
          t(locale, 'mail.greeting', { name: guardianName }),
          '',
          t(locale, 'mail.youth.consent.body', {
            child: person.displayName,
            cities: await cityNames(locale),
            city: city.name[locale],
            hours: consentLinkHours,
            link,
          }),
          '',
          await signature(locale),
        ].join('\n'),
      };
      const row: ConsentRequestRow = {
        id: newId(),
        user_id: person.id,
        guardian_email: guardianEmail,
        guardian_name: guardianName,
        token_hash: hashToken(token),
        locale,
        expires_at: new Date(now.getTime() + consentLinkHours * hourMs).toISOString(),
        used_at: null,
        created_at: now.toISOString(),
      };
      await repo.createConsentRequest(row, mail);
      return toConsentRequest(row, now.toISOString());
    },

    /** What the guardian reads before deciding: the child as a band, what Silta is and keeps. */
    async invitation(token: string, locale: Locale): Promise<ConsentInvitation> {
      const request = await usableRequest(token);
      const child = await childOrGone(request.user_id);
      const city = child.city as NonNullable<Person['city']>;
      return {
        child: {
          displayName: child.displayName,
          ageBand: child.ageBand ?? '13-15',
          cityId: city.id,
          cityName: city.name[locale],
        },
        guardianName: request.guardian_name,
        about: t(locale, 'youth.about'),
        dataKept: (['account', 'profile', 'circles', 'consent', 'retention', 'rights'] as const).map((key) =>
          t(locale, `youth.data.${key}`),
        ),
        consentAge: city.consentAge,
        verificationRequired: city.guardianVerificationRequired,
        verificationMethods: ['email', 'signed_form', 'phone_check'],
        expiresAt: request.expires_at,
      };
    },

    /** The guardian grants or refuses. Granting with a verification in force makes the account active. */
    async decide(token: string, body: ConsentDecisionBody): Promise<ConsentDecision> {
      const request = await usableRequest(token);
      const child = await childOrGone(request.user_id);
      const city = child.city as NonNullable<Person['city']>;
      const guardianName = body.guardianName.trim();
      if (guardianName === '') throw new AppError('VALIDATION_FAILED', { field: 'guardianName' });
      const grant = body.decision === 'grant';
      if (grant && body.verification === undefined && city.guardianVerificationRequired) {
        throw new AppError('VERIFICATION_REQUIRED');
      }
      const verification = body.verification ?? 'email';
      // Where the city's law wants a verifiable method (Korea: PIPA Enforcement Decree art. 17-2), the
      // mailed link proves only that someone reads that mailbox, possibly the child: the consent waits
      // for a coordinator to record the phone or document check, whatever method was named.
      const verified = grant && !city.guardianVerificationRequired && immediateVerification.has(verification);
      const nowIso = clock.now().toISOString();
      const guardianToken = grant ? newToken() : undefined;
      const locale: Locale = isLocale(request.locale) ? request.locale : defaultLocale;
      const mail: OutgoingMail | undefined =
        guardianToken === undefined
          ? undefined
          : {
              to: request.guardian_email,
              subject: t(locale, 'mail.youth.granted.subject', { child: child.displayName }),
              text: [
                t(locale, 'mail.greeting', { name: guardianName }),
                '',
                t(locale, 'mail.youth.granted.body', {
                  child: child.displayName,
                  link: `${publicUrl}/guardian?token=${guardianToken}&lang=${locale}`,
                }),
                '',
                await signature(locale),
              ].join('\n'),
            };
      // The consent and the activation it brings are one transaction: a failed activation leaves the
      // link unused and nothing recorded.
      const activates = verified && child.status !== 'active';
      const recorded = await repo.recordDecision(
        request.token_hash,
        {
          id: newId(),
          user_id: child.id,
          request_id: request.id,
          decision: grant ? 'granted' : 'refused',
          guardian_email: request.guardian_email,
          guardian_name: guardianName,
          relationship: body.relationship,
          verification,
          verified_at: verified ? nowIso : null,
          verified_by: null,
          city_id: city.id,
          consent_age: city.consentAge,
          guardian_token_hash: guardianToken === undefined ? null : hashToken(guardianToken),
          decided_at: nowIso,
          withdrawn_at: null,
        },
        mail,
        activates ? [accounts.consentStatusStep(child.id, 'active')] : [],
      );
      if (!recorded) throw new AppError('CONSENT_LINK_GONE');
      const childStatus = activates ? 'active' : child.status;
      return { decision: grant ? 'granted' : 'refused', childStatus, verification, verified };
    },

    /** A coordinator of the child's city records a signed form or a phone check; consent then takes effect. */
    async verify(actor: Actor, consentId: string): Promise<ConsentRecord> {
      const consent = await repo.findConsent(consentId);
      if (consent === undefined) throw new AppError('CONSENT_NOT_FOUND');
      if (!coordinatesCity(actor.roles, consent.city_id)) throw new AppError('CONSENT_NOT_FOUND');
      const child = await people.person(consent.user_id);
      const activation =
        child !== undefined && child.status !== 'active'
          ? [accounts.consentStatusStep(child.id, 'active')]
          : [];
      if (!(await repo.markVerified(consent.id, actor.userId, consent.city_id, activation))) {
        throw new AppError('NOTHING_TO_DECIDE');
      }
      return toConsentRecord((await repo.findConsent(consent.id)) as ConsentRow);
    },

    /** Grants waiting for a coordinator to record the signed form or phone check, in the actor's cities. */
    async awaitingVerification(actor: Actor): Promise<{ consents: PendingVerification[] }> {
      const admin = actor.roles.some((grant) => grant.role === 'admin');
      const cities = admin
        ? undefined
        : actor.roles.flatMap((grant) =>
            grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
          );
      const rows = await repo.consentsAwaitingVerification(cities);
      const children = await people.people(rows.map((row) => row.user_id));
      return {
        consents: rows.flatMap((row) => {
          const child = children.get(row.user_id);
          if (child === undefined) return [];
          return [
            {
              consent: toConsentRecord(row),
              child: { userId: child.id, displayName: child.displayName, ageBand: child.ageBand ?? null },
            },
          ];
        }),
      };
    },

    /** What a guardian sees with their link: the child's consent, profile and circles. */
    async guardianView(token: string) {
      const consent = await repo.findConsentByGuardianToken(hashToken(token));
      if (consent === undefined) throw new AppError('CONSENT_LINK_GONE');
      const child = await childOrGone(consent.user_id);
      const memberships = await repo.membershipsOf(child.id);
      const circleIds = memberships.map((m) => m.circle_id);
      const everyone = await repo.membersOf(circleIds);
      const facilitatorIds = everyone.filter((m) => m.role === 'facilitator').map((m) => m.user_id);
      const staff = await people.people(facilitatorIds);
      const circles = [];
      for (const membership of memberships) {
        const circle = await repo.findCircle(membership.circle_id);
        if (circle === undefined) continue;
        const inCircle = everyone.filter((m) => m.circle_id === circle.id);
        circles.push({
          id: circle.id,
          ageBand: circle.age_band,
          status: membership.left_at === null ? circle.status : 'left',
          joinedAt: membership.joined_at,
          memberCount: inCircle.filter((m) => m.role === 'member').length,
          facilitators: inCircle
            .filter((m) => m.role === 'facilitator')
            .map((m) => ({ displayName: staff.get(m.user_id)?.displayName ?? '', cityId: m.city_id })),
        });
      }
      return {
        child: { displayName: child.displayName, ageBand: child.ageBand ?? '13-15', cityId: child.cityId },
        consent: toConsentRecord(consent),
        circles,
        profile: await profileOf(child),
      };
    },

    /** Withdrawal stops participation at once: the account waits for consent again, circles are left. */
    async withdraw(token: string): Promise<{ status: 'withdrawn' }> {
      const consent = await repo.findConsentByGuardianToken(hashToken(token));
      if (consent === undefined) throw new AppError('CONSENT_LINK_GONE');
      const child = await people.person(consent.user_id);
      await repo.withdrawConsent(
        consent.id,
        consent.user_id,
        child?.needsGuardianConsent
          ? [accounts.consentStatusStep(child.id, 'awaiting_guardian_consent')]
          : [],
      );
      return { status: 'withdrawn' };
    },

    /** A coordinator makes someone a facilitator of their city and records how they were vetted. */
    async vet(actor: Actor, body: VettingBody): Promise<Facilitator> {
      const city = await partnership.findCity(body.cityId);
      if (city === undefined) throw new AppError('UNKNOWN_CITY');
      if (!coordinatesCity(actor.roles, city.id)) throw new AppError('FORBIDDEN');
      if (!isCalendarDate(body.checkedOn) || body.checkedOn > calendarDateIn(clock.now(), city.timeZone)) {
        throw new AppError('VALIDATION_FAILED', { field: 'checkedOn' });
      }
      const person = await people.person(body.userId);
      if (person === undefined) throw new AppError('USER_NOT_FOUND');
      // Facilitators are adults: staff accounts (no birth date) or people of age under the stricter of
      // their own city's law and the law of the city they facilitate for (the same rule as roles.grant).
      const majorityAge = Math.max(city.majorityAge, person.city?.majorityAge ?? 0);
      if (person.minor || (person.age !== undefined && person.age < majorityAge))
        throw new AppError('ROLE_NEEDS_ADULT', { majorityAge });
      const row: VettingRow = {
        user_id: person.id,
        city_id: city.id,
        method: body.method,
        checked_on: body.checkedOn,
        note: body.note?.trim() || null,
        vetted_by: actor.userId,
        vetted_at: clock.now().toISOString(),
        revoked_at: null,
      };
      await repo.recordVetting(row);
      // The vetting first: the role's own rule (roles.conditions) asks for it.
      try {
        await roles.grant(actor, person.id, { role: 'facilitator', cityId: city.id });
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'ROLE_ALREADY_HELD')) throw error;
      }
      return toFacilitator(row, person.displayName);
    },

    async facilitators(actor: Actor): Promise<Facilitator[]> {
      const admin = actor.roles.some((grant) => grant.role === 'admin');
      const cities = admin
        ? undefined
        : actor.roles.flatMap((grant) =>
            grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
          );
      const rows = await repo.vettings(cities);
      const names = await people.people(rows.map((row) => row.user_id));
      return rows.map((row) => toFacilitator(row, names.get(row.user_id)?.displayName ?? ''));
    },
  };
}

function toFacilitator(row: VettingRow, displayName: string): Facilitator {
  return {
    userId: row.user_id,
    displayName,
    cityId: row.city_id,
    method: row.method,
    checkedOn: row.checked_on,
    vettedBy: row.vetted_by,
    vettedAt: row.vetted_at,
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
