import { defaultLocale, isLocale, type Locale } from '../../../core/i18n/locales.js';
import { isTimeZone } from '../../../core/time/calendar-date.js';
import { isoWithOffset } from '../../../core/time/zoned-time.js';
import type { Actor } from '../../platform/auth/actor.js';
import { newId, newToken } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import { formatInstant, formatInZones } from '../../platform/i18n/format-date.js';
import { t } from '../../platform/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/outbox.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { SessionBody } from '../sessions/sessions.schema.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { PollRecord, PollsRepository } from './polls.repository.js';
import type { Poll, PollBody, ResponseBody } from './polls.schema.js';

export type { Actor } from '../../platform/auth/actor.js';

type Template = Omit<SessionBody, 'startsAt' | 'status'>;
type Answer = 'yes' | 'if_need_be' | 'no';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Availability polls (like Rallly): staff propose candidate times, invitees with or without an account
 * answer yes / if need be / no through the invitation link, seeing each time in their own zone; the
 * picked time becomes a session and everyone who answered is told.
 */
export function createPollsService(deps: {
  repo: PollsRepository;
  sessions: SessionsService;
  partnership: PartnershipService;
  clock: Clock;
  publicUrl: string;
}) {
  const { repo, sessions, partnership, clock, publicUrl } = deps;

  function isStaffOf(actor: Actor | null, record: PollRecord): boolean {
    if (actor === null) return false;
    return actor.roles.some(
      (grant) =>
        grant.role === 'admin' ||
        ((grant.role === 'coordinator' || grant.role === 'facilitator') &&
          grant.cityId === record.poll.host_city_id),
    );
  }

  async function recordFor(id: string, viewer: Actor | null, token: string | undefined): Promise<PollRecord> {
    const record = await repo.find(id);
    // An unknown poll and a wrong link answer alike: the link is the secret.
    if (record === undefined) throw new AppError('NOT_FOUND');
    if (isStaffOf(viewer, record)) return record;
    if (token === undefined || !repo.tokenMatches(record, token)) throw new AppError('NOT_FOUND');
    return record;
  }

  async function toPoll(record: PollRecord, locale: Locale): Promise<Poll> {
    const template = JSON.parse(record.poll.session_template) as Template;
    const cities = await partnership.listCities();
    const answersOf = (json: string) => JSON.parse(json) as Record<string, Answer>;
    const responses = record.responses.map((r) => ({
      id: r.id,
      name: r.name,
      answers: answersOf(r.answers),
    }));
    const language: Locale =
      template.title[locale] !== undefined ? locale : (template.originalLanguage as Locale);
    return {
      id: record.poll.id,
      title: template.title[language] ?? '',
      description: template.description?.[language] ?? '',
      language,
      durationMinutes: template.durationMinutes,
      anchorTimeZone: template.anchorTimeZone,
      status: record.poll.status,
      options: record.options.map((option) => {
        const count = (answer: Answer) => responses.filter((r) => r.answers[option.id] === answer).length;
        return {
          id: option.id,
          startsAt: option.starts_at,
          localTimes: Object.fromEntries(
            cities.map((city) => [city.id, isoWithOffset(new Date(option.starts_at), city.timeZone)]),
          ),
          yes: count('yes'),
          ifNeedBe: count('if_need_be'),
          no: count('no'),
        };
      }),
      responses,
      chosenOptionId: record.poll.chosen_option_id,
      sessionId: record.poll.session_id,
    };
  }

  function checkAnswers(record: PollRecord, answers: Record<string, Answer>): string {
    const known = new Set(record.options.map((o) => o.id));
    for (const optionId of Object.keys(answers)) {
      if (!known.has(optionId)) throw new AppError('VALIDATION_FAILED', { field: `answers.${optionId}` });
    }
    return JSON.stringify(answers);
  }

  return {
    async create(actor: Actor, body: PollBody, locale: Locale): Promise<{ poll: Poll; shareUrl: string }> {
      const { options, ...template } = body;
      const starts = [...new Set(options)].map((value) => {
        const instant = new Date(value);
        if (!/(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(instant.getTime()))
          throw new AppError('INVALID_START');
        if (instant.getTime() <= clock.now().getTime()) throw new AppError('START_IN_PAST');
        return instant.toISOString();
      });
      if (starts.length < 2) throw new AppError('VALIDATION_FAILED', { field: 'options' });
      // The template must make a valid session: check it now, not when a time is picked.
      await sessions.validateTemplate(actor, { ...template, startsAt: starts[0] ?? '' });
      const id = newId();
      const shareToken = newToken();
      const now = clock.now().toISOString();
      await repo.insert(
        {
          id,
          session_template: JSON.stringify(template),
          host_city_id: template.hostCityId ?? actor.cityId,
          status: 'open',
          chosen_option_id: null,
          session_id: null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        },
        shareToken,
        starts.sort(),
      );
      const record = await repo.find(id);
      if (record === undefined) throw new AppError('INTERNAL');
      return { poll: await toPoll(record, locale), shareUrl: `${publicUrl}/polls/${id}?token=${shareToken}` };
    },

    async get(id: string, viewer: Actor | null, token: string | undefined, locale: Locale): Promise<Poll> {
      return toPoll(await recordFor(id, viewer, token), locale);
    },

    /**
     * Saves an answer. A signed-in person answers once and may change it; a guest gets an edit token
     * back and changes the answer with it.
     */
    async respond(
      id: string,
      viewer: Actor | null,
      body: ResponseBody,
      context: { locale: Locale; displayName?: string; timeZone?: string },
    ): Promise<{ id: string; editToken?: string }> {
      const record = await recordFor(id, viewer, body.token);
      if (record.poll.status !== 'open') throw new AppError('POLL_CLOSED');
      const answers = checkAnswers(record, body.answers);
      if (viewer !== null) {
        const existing = await repo.responseOf(id, viewer.userId);
        const name = body.name?.trim() || context.displayName || '';
        if (existing !== undefined) {
          await repo.updateResponse(existing.id, answers, name || existing.name);
          return { id: existing.id };
        }
      } else if (body.editToken !== undefined) {
        const existing = await repo.responseByEditToken(id, body.editToken);
        if (existing === undefined) throw new AppError('INVALID_TOKEN');
        await repo.updateResponse(existing.id, answers, body.name?.trim() || existing.name);
        return { id: existing.id };
      }
      const name = (body.name ?? context.displayName ?? '').trim();
      if (name === '') throw new AppError('VALIDATION_FAILED', { field: 'name' });
      const email = body.email?.trim().toLowerCase() || null;
      if (email !== null && !emailPattern.test(email))
        throw new AppError('VALIDATION_FAILED', { field: 'email' });
      const timeZone = body.timeZone ?? context.timeZone ?? 'UTC';
      if (!isTimeZone(timeZone)) throw new AppError('UNKNOWN_TIME_ZONE');
      const editToken = newToken();
      const responseId = newId();
      const now = clock.now().toISOString();
      await repo.insertResponse(
        {
          id: responseId,
          poll_id: id,
          user_id: viewer?.userId ?? null,
          name,
          email,
          locale: context.locale,
          time_zone: timeZone,
          answers,
          created_at: now,
          updated_at: now,
        },
        editToken,
      );
      return viewer === null ? { id: responseId, editToken } : { id: responseId };
    },

    /** Turns the picked time into a session and tells everyone who answered, in their language and zone. */
    async pick(id: string, actor: Actor, optionId: string, locale: Locale) {
      const record = await repo.find(id);
      if (record === undefined || !isStaffOf(actor, record)) throw new AppError('NOT_FOUND');
      if (record.poll.status !== 'open') throw new AppError('POLL_CLOSED');
      const option = record.options.find((o) => o.id === optionId);
      if (option === undefined) throw new AppError('VALIDATION_FAILED', { field: 'optionId' });
      const template = JSON.parse(record.poll.session_template) as Template;
      const session = await sessions.create(actor, { ...template, startsAt: option.starts_at }, locale);
      const cities = await partnership.listCities();
      const notices: OutgoingMail[] = [];
      for (const recipient of await repo.recipients(id)) {
        const to = recipient.userEmail ?? recipient.guestEmail;
        if (to === null) continue;
        const language = isLocale(recipient.locale) ? recipient.locale : defaultLocale;
        const title = template.title[language] ?? template.title[template.originalLanguage] ?? '';
        const starts = new Date(option.starts_at);
        notices.push({
          to,
          subject: t(language, 'mail.poll.chosen.subject', { title }),
          text: [
            t(language, 'mail.greeting', { name: recipient.name }),
            '',
            t(language, 'mail.poll.chosen.body', {
              title,
              when: t(language, 'mail.session.when', {
                yourTime: formatInstant(
                  starts,
                  language,
                  isTimeZone(recipient.time_zone) ? recipient.time_zone : 'UTC',
                ),
                cityTimes: formatInZones(
                  starts,
                  language,
                  cities.map((city) => ({ label: city.name[language], timeZone: city.timeZone })),
                ),
              }),
              link: `${publicUrl}/sessions/${session.id}`,
            }),
          ].join('\n'),
        });
      }
      if (!(await repo.close(id, optionId, session.id, notices))) {
        // Someone picked at the same moment: theirs stands, this session is withdrawn.
        await sessions.cancel(session.id, actor, locale);
        throw new AppError('POLL_CLOSED');
      }
      return {
        poll: await this.get(id, actor, undefined, locale),
        session: await sessions.get(session.id, actor, locale),
      };
    },
  };
}

export type PollsService = ReturnType<typeof createPollsService>;
