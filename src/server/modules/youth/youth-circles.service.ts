import {
  circleViolations,
  defaultCircleRules,
  freeWindows,
  isWeeklyFreeTime,
  localWeekTime,
  type MatchingCandidate,
  matchCircles,
  minutesPerWeek,
  type PreparedCandidate,
  prepareCandidate,
  referenceWeekStart,
  scoreCircle,
  sharedSlots,
  Vocabulary,
} from '../../../core/matching/index.js';
import { maskContactDetails } from '../../../core/safety/mask-contact-details.js';
import { isCalendarDate } from '../../../core/time/calendar-date.js';
import { newId } from '../../platform/auth/tokens.js';
import { AppError } from '../../platform/errors/app-error.js';
import {
  circleSizeLimits,
  coordinatesCity,
  mayReadProfile,
  reportsToHide,
  youthInterests,
} from './youth.policy.js';
import type { CircleRow, MemberRow, MessageRow, NewCircle, ProfileRow } from './youth.repository.js';
import type {
  Circle,
  MatchingRun,
  MatchingRunBody,
  Message,
  PersonCard,
  ProfileBody,
  YouthProfile,
} from './youth.schema.js';
import type { Actor, PeopleReader, Person, YouthDeps } from './youth-people.service.js';

const languagePattern = /^[a-z]{2,3}$/;
const interestSet: ReadonlySet<string> = new Set(youthInterests);

type SharedWindowView = MatchingRun['circles'][number]['sharedWindows'][number];

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Profiles, matching runs, circles and their moderated messages. */
export function createCirclesService(deps: YouthDeps, people: PeopleReader) {
  const { repo, accounts, partnership, clock } = deps;

  function toProfile(person: Person, row: ProfileRow): YouthProfile {
    return {
      userId: person.id,
      displayName: person.displayName,
      cityId: person.cityId,
      ageBand: person.ageBand ?? '25-29',
      timeZone: person.timeZone,
      nativeLanguages: parseJson<string[]>(row.native_languages, []),
      learning: parseJson<{ language: string; level: string }[]>(row.learning, []),
      interests: parseJson<string[]>(row.interests, []),
      availability: parseJson<YouthProfile['availability']>(row.availability, []),
      preferredCircleSize: row.preferred_circle_size,
      updatedAt: row.updated_at,
    };
  }

  async function profileOf(person: Person): Promise<YouthProfile | null> {
    if (person.ageBand === undefined) return null;
    const row = await repo.findProfile(person.id);
    return row === undefined ? null : toProfile(person, row);
  }

  /** The viewer's place in a circle: member or facilitator now, else undefined. */
  function roleIn(members: readonly MemberRow[], userId: string): 'member' | 'facilitator' | undefined {
    const row = members.find((m) => m.user_id === userId);
    return row === undefined ? undefined : row.role === 'facilitator' ? 'facilitator' : 'member';
  }

  /** A circle the viewer is in, with its people; a circle they are not in does not exist for them. */
  async function circleFor(actor: Actor, circleId: string) {
    const circle = await repo.findCircle(circleId);
    if (circle === undefined) throw new AppError('CIRCLE_NOT_FOUND');
    const members = await repo.membersOf([circle.id]);
    const role = roleIn(members, actor.userId);
    if (role === undefined) throw new AppError('CIRCLE_NOT_FOUND');
    return { circle, members, role };
  }

  /** Whether an actor may moderate a circle: its facilitators, its cities' coordinators, admin. */
  function mayModerate(actor: Actor, circle: CircleRow, members: readonly MemberRow[]): boolean {
    if (roleIn(members, actor.userId) === 'facilitator') return true;
    return parseJson<string[]>(circle.city_ids, []).some((cityId) => coordinatesCity(actor.roles, cityId));
  }

  async function minorsIn(members: readonly MemberRow[]): Promise<boolean> {
    const ids = members.filter((m) => m.role === 'member').map((m) => m.user_id);
    const found = await people.people(ids);
    return [...found.values()].some((person) => person.minor);
  }

  function windowsView(windows: unknown): SharedWindowView[] {
    if (!Array.isArray(windows)) return [];
    return (windows as SharedWindowView[]).map((w) => ({ minutes: w.minutes, local: w.local }));
  }

  async function describeCircle(
    actor: Actor,
    circle: CircleRow,
    members: readonly MemberRow[],
  ): Promise<Circle> {
    const names = await people.people(members.map((m) => m.user_id));
    const role = roleIn(members, actor.userId) ?? 'staff';
    return {
      id: circle.id,
      ageBand: circle.age_band,
      status: circle.status,
      cityIds: parseJson<string[]>(circle.city_ids, []),
      myRole: role,
      people: members.map((m) => {
        const person = names.get(m.user_id);
        return {
          userId: m.user_id,
          displayName: person?.displayName ?? '',
          cityId: m.city_id,
          role: m.role === 'facilitator' ? 'facilitator' : 'member',
          ageBand: m.role === 'facilitator' ? null : (person?.ageBand ?? null),
        };
      }),
      sharedWindows: windowsView(parseJson<unknown>(circle.shared_windows, [])),
      minorsPresent: [...names.values()].some(
        (p) => p.minor && members.some((m) => m.user_id === p.id && m.role === 'member'),
      ),
      createdAt: circle.created_at,
    };
  }

  async function toMessages(
    rows: readonly MessageRow[],
    asModerator: boolean,
    hiddenAuthors: ReadonlySet<string>,
  ): Promise<Message[]> {
    const authors = await people.people(
      rows.flatMap((row) => (row.author_id === null ? [] : [row.author_id])),
    );
    return rows
      .filter((row) => row.author_id === null || !hiddenAuthors.has(row.author_id))
      .map((row) => {
        const status = row.status === 'hidden' ? 'hidden' : row.status === 'removed' ? 'removed' : 'visible';
        const showText = status === 'visible' || (status === 'hidden' && asModerator);
        return {
          id: row.id,
          circleId: row.circle_id,
          authorId: row.author_id,
          authorName: row.author_id === null ? null : (authors.get(row.author_id)?.displayName ?? null),
          authorCityId: row.author_city_id,
          text: showText ? row.text : null,
          masked: parseJson<string[]>(row.masked, []),
          status,
          ...(asModerator ? { reportCount: row.report_count } : {}),
          createdAt: row.created_at,
        };
      });
  }

  async function runCities(actor: Actor, requested: readonly string[] | undefined) {
    const all = await partnership.listCities();
    const ids = requested ?? all.slice(0, 2).map((city) => city.id);
    const cities = ids.map((id) => all.find((city) => city.id === id));
    const [first, second] = cities;
    if (first === undefined || second === undefined || first.id === second.id) {
      throw new AppError('MATCHING_NEEDS_TWO_CITIES');
    }
    if (!coordinatesCity(actor.roles, first.id) && !coordinatesCity(actor.roles, second.id)) {
      throw new AppError('FORBIDDEN');
    }
    return [first, second] as const;
  }

  /** Everyone who may be matched now: active accounts of the two cities with a profile, in no active circle. */
  async function candidatesFor(cityIds: readonly string[]): Promise<MatchingCandidate[]> {
    const [profiles, busy] = await Promise.all([repo.allProfiles(), repo.peopleInActiveCircles()]);
    const open = profiles.filter((row) => !busy.has(row.user_id));
    const found = await people.people(open.map((row) => row.user_id));
    const candidates: MatchingCandidate[] = [];
    for (const row of open) {
      const person = found.get(row.user_id);
      if (person === undefined || person.status !== 'active' || person.ageBand === undefined) continue;
      if (!cityIds.includes(person.cityId)) continue;
      const profile = toProfile(person, row);
      candidates.push({
        id: person.id,
        cityId: person.cityId,
        timeZone: person.timeZone,
        ageBand: person.ageBand,
        nativeLanguages: profile.nativeLanguages,
        learning: profile.learning as MatchingCandidate['learning'],
        interests: profile.interests,
        availability: profile.availability,
        ...(profile.preferredCircleSize === null ? {} : { preferredCircleSize: profile.preferredCircleSize }),
      });
    }
    return candidates;
  }

  /** Checks a coordinator's own circles against every rule and describes them like the matcher does. */
  function planFromCoordinator(
    plan: readonly { members: string[] }[],
    candidates: readonly MatchingCandidate[],
    cities: readonly [{ id: string; timeZone: string }, { id: string; timeZone: string }],
    referenceInstant: Date,
  ): MatchingRun['circles'] {
    const weekStart = referenceWeekStart(referenceInstant);
    const languages = new Vocabulary();
    const interests = new Vocabulary();
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const placed = new Set<string>();
    return plan.map((circle, index) => {
      const prepared: PreparedCandidate[] = [];
      for (const id of circle.members) {
        const candidate = byId.get(id);
        if (candidate === undefined || placed.has(id)) {
          throw new AppError('INVALID_CIRCLE', { field: `circles.${index}: ${id}` });
        }
        placed.add(id);
        const ready = prepareCandidate(
          candidate,
          [cities[0].id, cities[1].id],
          weekStart,
          languages,
          interests,
        );
        if (typeof ready === 'string')
          throw new AppError('INVALID_CIRCLE', { field: `circles.${index}: ${id}` });
        prepared.push(ready);
      }
      const violations = circleViolations(prepared, defaultCircleRules);
      if (violations.length > 0) {
        throw new AppError('INVALID_CIRCLE', { field: `circles.${index}: ${violations.join(', ')}` });
      }
      const ordered = [...prepared].sort(
        (a, b) => a.side - b.side || (a.candidate.id < b.candidate.id ? -1 : 1),
      );
      return {
        ageBand: prepared[0]?.band ?? '13-15',
        members: ordered.map((p) => p.candidate.id),
        membersByCity: Object.fromEntries(
          cities.map((city) => [
            city.id,
            ordered.filter((p) => p.candidate.cityId === city.id).map((p) => p.candidate.id),
          ]),
        ),
        scores: scoreCircle(prepared),
        sharedWindows: freeWindows(sharedSlots(prepared), defaultCircleRules.minSharedMinutes).map(
          (window) => ({
            minutes: window.end - window.start,
            local: cities.map((city) => ({
              cityId: city.id,
              timeZone: city.timeZone,
              start: localWeekTime(weekStart, window.start, city.timeZone),
              end: localWeekTime(weekStart, window.end % minutesPerWeek, city.timeZone),
            })),
          }),
        ),
      };
    });
  }

  /** Vetted facilitators of a city who still hold the role there. */
  async function vettedFacilitators(cityId: string): Promise<string[]> {
    const rows = await repo.vettings([cityId]);
    const result: string[] = [];
    for (const row of rows) {
      const me = await accounts.me(row.user_id).catch(() => undefined);
      if (me?.status === 'active' && me.roles.some((r) => r.role === 'facilitator' && r.cityId === cityId)) {
        result.push(row.user_id);
      }
    }
    return result;
  }

  return {
    profileOf,

    async vocabulary() {
      return {
        interests: [...youthInterests],
        levels: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
        ageBands: ['13-15', '16-17', '18-24', '25-29'],
        circleSize: { ...circleSizeLimits },
      };
    },

    async saveProfile(actor: Actor, body: ProfileBody): Promise<YouthProfile> {
      const person = await people.person(actor.userId);
      if (person === undefined) throw new AppError('UNAUTHENTICATED');
      if (person.ageBand === undefined) throw new AppError('YOUTH_ONLY');
      const native = [...new Set(body.nativeLanguages.map((l) => l.trim().toLowerCase()))];
      native.forEach((language, index) => {
        if (!languagePattern.test(language))
          throw new AppError('INVALID_LANGUAGE', { field: `nativeLanguages.${index}` });
      });
      const learning: { language: string; level: string }[] = [];
      body.learning.forEach((entry, index) => {
        const language = entry.language.trim().toLowerCase();
        if (!languagePattern.test(language))
          throw new AppError('INVALID_LANGUAGE', { field: `learning.${index}` });
        if (!learning.some((l) => l.language === language)) learning.push({ language, level: entry.level });
      });
      const interests = [...new Set(body.interests.map((i) => i.trim().toLowerCase()))];
      interests.forEach((interest, index) => {
        if (!interestSet.has(interest))
          throw new AppError('UNKNOWN_INTEREST', { field: `interests.${index}` });
      });
      body.availability.forEach((entry, index) => {
        if (!isWeeklyFreeTime(entry))
          throw new AppError('INVALID_AVAILABILITY', { field: `availability.${index}` });
      });
      const size = body.preferredCircleSize;
      if (size !== undefined && (size < circleSizeLimits.min || size > circleSizeLimits.max)) {
        throw new AppError('VALIDATION_FAILED', { field: 'preferredCircleSize' });
      }
      await repo.saveProfile({
        user_id: person.id,
        native_languages: JSON.stringify(native),
        learning: JSON.stringify(learning),
        interests: JSON.stringify(interests),
        availability: JSON.stringify(
          body.availability.map(({ weekday, from, to }) => ({ weekday, from, to })),
        ),
        preferred_circle_size: size ?? null,
        updated_at: clock.now().toISOString(),
      });
      return (await profileOf(person)) as YouthProfile;
    },

    async myProfile(actor: Actor): Promise<YouthProfile> {
      const person = await people.person(actor.userId);
      const profile = person === undefined ? null : await profileOf(person);
      if (profile === null) throw new AppError('PROFILE_NOT_FOUND');
      return profile;
    },

    /**
     * A person as the viewer may see them. A minor exists only for themselves, their circle's
     * facilitators and their city's coordinators (guardians use their own link): 404 for anyone else.
     */
    async personCard(actor: Actor, userId: string): Promise<PersonCard> {
      const subject = await people.person(userId);
      if (subject === undefined) throw new AppError('USER_NOT_FOUND');
      let sharedCircleRole: 'member' | 'facilitator' | undefined;
      if (actor.userId !== subject.id) {
        const theirs = (await repo.membershipsOf(subject.id)).filter(
          (m) => m.left_at === null && m.role === 'member',
        );
        const mine = (await repo.membershipsOf(actor.userId)).filter((m) => m.left_at === null);
        for (const membership of mine) {
          if (!theirs.some((m) => m.circle_id === membership.circle_id)) continue;
          if (membership.role === 'facilitator') sharedCircleRole = 'facilitator';
          else sharedCircleRole ??= 'member';
        }
      }
      const mayRead = mayReadProfile({
        viewerId: actor.userId,
        viewerRoles: actor.roles,
        subjectId: subject.id,
        subjectCityId: subject.cityId,
        subjectIsMinor: subject.minor,
        sharedCircleRole,
      });
      if (subject.minor && !mayRead) throw new AppError('USER_NOT_FOUND');
      return {
        id: subject.id,
        displayName: subject.displayName,
        cityId: subject.cityId,
        ageBand: subject.ageBand ?? null,
        profile: mayRead ? await profileOf(subject) : null,
      };
    },

    /** A coordinator's matching run: a dry run shows circles and the unmatched; otherwise they are created. */
    async runMatching(actor: Actor, body: MatchingRunBody): Promise<MatchingRun> {
      const cities = await runCities(actor, body.cityIds);
      if (body.referenceDate !== undefined && !isCalendarDate(body.referenceDate)) {
        throw new AppError('VALIDATION_FAILED', { field: 'referenceDate' });
      }
      const referenceInstant =
        body.referenceDate === undefined ? clock.now() : new Date(`${body.referenceDate}T12:00:00Z`);
      const cityPair = [
        { id: cities[0].id, timeZone: cities[0].timeZone },
        { id: cities[1].id, timeZone: cities[1].timeZone },
      ] as const;
      const candidates = await candidatesFor(cityPair.map((c) => c.id));

      let circles: MatchingRun['circles'];
      let unmatched: MatchingRun['unmatched'];
      let weekStart: string;
      if (body.circles !== undefined) {
        circles = planFromCoordinator(body.circles, candidates, cityPair, referenceInstant);
        const placed = new Set(circles.flatMap((c) => c.members));
        unmatched = candidates
          .filter((c) => !placed.has(c.id))
          .map((c) => ({ userId: c.id, reason: 'left_out_by_coordinator' }));
        weekStart = new Date(referenceWeekStart(referenceInstant)).toISOString();
      } else {
        const result = matchCircles({ cities: cityPair, candidates, referenceInstant });
        circles = result.circles.map((circle) => ({
          ageBand: circle.ageBand,
          members: circle.members,
          membersByCity: circle.membersByCity,
          scores: circle.scores,
          sharedWindows: circle.sharedWindows.map((w) => ({ minutes: w.minutes, local: w.local })),
        }));
        unmatched = result.unmatched.map((u) => ({ userId: u.id, reason: u.reason }));
        weekStart = result.referenceWeekStart;
      }
      const objective = {
        matched: circles.reduce((sum, c) => sum + c.members.length, 0),
        score: circles.reduce((sum, c) => sum + c.scores.total, 0),
      };
      const run: MatchingRun = {
        dryRun: body.dryRun,
        cityIds: cityPair.map((c) => c.id),
        referenceWeekStart: weekStart,
        circles,
        unmatched,
        objective,
      };
      if (body.dryRun || circles.length === 0) return run;

      // Each circle gets a vetted facilitator of each city, the least busy first.
      const pools = await Promise.all(cityPair.map((city) => vettedFacilitators(city.id)));
      if (pools.some((pool) => pool.length === 0)) throw new AppError('NO_FACILITATOR');
      const load = await repo.facilitatorLoad(pools.flat());
      const runId = newId();
      const created: NewCircle[] = circles.map((circle) => {
        const facilitators = cityPair.map((city, side) => {
          const pool = pools[side] as string[];
          const chosen = [...pool].sort(
            (a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (a < b ? -1 : 1),
          )[0] as string;
          load.set(chosen, (load.get(chosen) ?? 0) + 1);
          return { userId: chosen, cityId: city.id };
        });
        const cityOf = new Map(candidates.map((c) => [c.id, c.cityId]));
        return {
          id: newId(),
          runId,
          ageBand: circle.ageBand,
          cityIds: cityPair.map((c) => c.id),
          scores: circle.scores,
          sharedWindows: circle.sharedWindows,
          members: circle.members.map((userId) => ({ userId, cityId: cityOf.get(userId) ?? '' })),
          facilitators,
        };
      });
      if (!(await repo.createCircles(created, actor.userId, run.cityIds)))
        throw new AppError('ALREADY_IN_CIRCLE');
      return {
        ...run,
        circles: circles.map((circle, index) => ({
          ...circle,
          id: created[index]?.id as string,
          facilitators: created[index]?.facilitators.map((f) => f.userId) ?? [],
        })),
      };
    },

    async myCircles(actor: Actor): Promise<{ circles: Circle[] }> {
      const rows = await repo.circlesOf(actor.userId);
      const members = await repo.membersOf(rows.map((row) => row.id));
      const circles: Circle[] = [];
      for (const row of rows) {
        circles.push(
          await describeCircle(
            actor,
            row,
            members.filter((m) => m.circle_id === row.id),
          ),
        );
      }
      return { circles };
    },

    async messages(actor: Actor, circleId: string): Promise<{ messages: Message[] }> {
      const { role } = await circleFor(actor, circleId);
      const blocked = new Set(await repo.blockedBy(actor.userId));
      const rows = await repo.messagesOf(circleId, 500);
      return { messages: await toMessages(rows, role === 'facilitator', blocked) };
    },

    /** Posts to the whole circle; contact details are masked whenever a minor is in it or writes. */
    async post(actor: Actor, circleId: string, text: string): Promise<Message> {
      const { circle, members } = await circleFor(actor, circleId);
      if (circle.status !== 'active') throw new AppError('CIRCLE_ENDED');
      const trimmed = text.trim();
      if (trimmed === '') throw new AppError('VALIDATION_FAILED', { field: 'text' });
      const author = await people.person(actor.userId);
      const masking = (author?.minor ?? false) || (await minorsIn(members));
      const masked = masking ? maskContactDetails(trimmed) : { text: trimmed, masked: [] };
      const row: MessageRow = {
        id: newId(),
        circle_id: circle.id,
        author_id: actor.userId,
        author_city_id: author?.cityId ?? null,
        text: masked.text,
        masked: JSON.stringify(masked.masked),
        status: 'visible',
        report_count: 0,
        decided_by: null,
        decided_at: null,
        created_at: clock.now().toISOString(),
      };
      await repo.insertMessage(row);
      return (await toMessages([row], false, new Set()))[0] as Message;
    },

    async reportMessage(actor: Actor, messageId: string, reason: string) {
      const message = await repo.findMessage(messageId);
      if (message === undefined) throw new AppError('MESSAGE_NOT_FOUND');
      await circleFor(actor, message.circle_id).catch(() => {
        throw new AppError('MESSAGE_NOT_FOUND');
      });
      if (message.author_id === actor.userId) throw new AppError('VALIDATION_FAILED', { field: 'messageId' });
      const reportId = newId();
      const outcome = await repo.reportMessage(
        {
          id: reportId,
          circle_id: message.circle_id,
          message_id: message.id,
          reported_user_id: message.author_id,
          reporter_id: actor.userId,
          reason: reason.trim(),
          created_at: clock.now().toISOString(),
          resolved_at: null,
          resolved_by: null,
          decision: null,
        },
        reportsToHide,
      );
      if (outcome === undefined) throw new AppError('YOUTH_ALREADY_REPORTED');
      return { reportId, ...outcome };
    },

    /** Reports a person one shares a circle with (the only people a young person meets here). */
    async reportPerson(actor: Actor, body: { userId: string; circleId?: string; reason: string }) {
      if (body.userId === actor.userId) throw new AppError('VALIDATION_FAILED', { field: 'userId' });
      const mine = (await repo.membershipsOf(actor.userId)).filter((m) => m.left_at === null);
      const theirs = (await repo.membershipsOf(body.userId)).filter((m) => m.left_at === null);
      const shared = mine
        .map((m) => m.circle_id)
        .filter(
          (id) =>
            theirs.some((t) => t.circle_id === id) && (body.circleId === undefined || id === body.circleId),
        );
      const circleId = shared[0];
      if (circleId === undefined) throw new AppError('USER_NOT_FOUND');
      const reportId = newId();
      await repo.insertReport({
        id: reportId,
        circle_id: circleId,
        message_id: null,
        reported_user_id: body.userId,
        reporter_id: actor.userId,
        reason: body.reason.trim(),
        created_at: clock.now().toISOString(),
        resolved_at: null,
        resolved_by: null,
        decision: null,
      });
      return { reportId, reports: 1, hidden: false };
    },

    async block(actor: Actor, userId: string): Promise<{ blocked: string[] }> {
      if (userId === actor.userId) throw new AppError('VALIDATION_FAILED', { field: 'userId' });
      if ((await people.person(userId)) === undefined) throw new AppError('USER_NOT_FOUND');
      await repo.block(actor.userId, userId);
      return { blocked: await repo.blockedBy(actor.userId) };
    },

    async unblock(actor: Actor, userId: string): Promise<void> {
      await repo.unblock(actor.userId, userId);
    },

    async blocks(actor: Actor): Promise<{ blocked: string[] }> {
      return { blocked: await repo.blockedBy(actor.userId) };
    },

    /** Hidden messages and open reports of the circles the actor moderates. */
    async moderationQueue(actor: Actor) {
      const admin = actor.roles.some((grant) => grant.role === 'admin');
      const coordinated = actor.roles.flatMap((g) =>
        g.role === 'coordinator' && g.cityId !== null ? [g.cityId] : [],
      );
      const ids = new Set<string>();
      for (const row of await repo.circlesOf(actor.userId)) ids.add(row.id);
      if (admin || coordinated.length > 0) {
        for (const row of await repo.circlesOfCities(admin ? undefined : coordinated)) ids.add(row.id);
      }
      const circleIds = [...ids];
      const [hidden, reports] = await Promise.all([
        repo.hiddenMessagesIn(circleIds),
        repo.openReportsIn(circleIds),
      ]);
      const reported = await people.people(
        reports.flatMap((r) => (r.reported_user_id === null ? [] : [r.reported_user_id])),
      );
      return {
        messages: await toMessages(hidden, true, new Set()),
        reports: reports.map((r) => ({
          id: r.id,
          circleId: r.circle_id,
          messageId: r.message_id,
          reportedUserId: r.reported_user_id,
          reportedName:
            r.reported_user_id === null ? null : (reported.get(r.reported_user_id)?.displayName ?? null),
          reason: r.reason,
          createdAt: r.created_at,
        })),
      };
    },

    async decideMessage(actor: Actor, messageId: string, decision: 'restore' | 'remove'): Promise<Message> {
      const message = await repo.findMessage(messageId);
      if (message === undefined) throw new AppError('MESSAGE_NOT_FOUND');
      const circle = (await repo.findCircle(message.circle_id)) as CircleRow;
      if (!mayModerate(actor, circle, await repo.membersOf([circle.id])))
        throw new AppError('MESSAGE_NOT_FOUND');
      const status = decision === 'restore' ? 'visible' : 'removed';
      if (!(await repo.decideMessage(message.id, status, actor.userId)))
        throw new AppError('NOTHING_TO_DECIDE');
      return (
        await toMessages([(await repo.findMessage(message.id)) as MessageRow], true, new Set())
      )[0] as Message;
    },

    async decideReport(actor: Actor, reportId: string, decision: 'dismiss' | 'remove_from_circle') {
      const report = await repo.findReport(reportId);
      const circle = report?.circle_id == null ? undefined : await repo.findCircle(report.circle_id);
      if (report === undefined || circle === undefined) throw new AppError('NOT_FOUND');
      if (!mayModerate(actor, circle, await repo.membersOf([circle.id]))) throw new AppError('NOT_FOUND');
      if (!(await repo.resolveReport(report, decision, actor.userId)))
        throw new AppError('NOTHING_TO_DECIDE');
      return { status: 'resolved' as const };
    },
  };
}

export type CirclesService = ReturnType<typeof createCirclesService>;
