import { createCirclesService } from './youth-circles.service.js';
import { createConsentService } from './youth-consent.service.js';
import { createKitsService } from './youth-kits.service.js';
import { createMeetingsService } from './youth-meetings.service.js';
import { createPeopleReader, type YouthDeps } from './youth-people.service.js';
import { createPrivacyService } from './youth-privacy.service.js';

export type { Actor, YouthDeps } from './youth-people.service.js';

/**
 * The youth exchange (issue 6), built from parts that share the repository and the people reader:
 * guardian consent and facilitator vetting, profiles and circles, circle meetings, privacy, culture kits.
 *
 * @example
 * const youth = createYouthService({ repo, accounts, partnership, roles, clock, publicUrl });
 * await youth.circles.runMatching(actor, { dryRun: true });
 */
export function createYouthService(deps: YouthDeps) {
  const people = createPeopleReader(deps);
  const circles = createCirclesService(deps, people);
  const consent = createConsentService(deps, people, circles.profileOf);
  const privacy = createPrivacyService(deps, people, circles.profileOf);
  const kits = createKitsService(deps);
  const meetings = createMeetingsService(deps, people);
  // Whatever route grants it, a facilitator of a city has a recorded, unrevoked vetting there.
  deps.roles.conditions.register(async ({ userId, role, cityId }) => {
    if (role !== 'facilitator' || cityId === null) return undefined;
    const vettings = await deps.repo.vettingsOf(userId);
    return vettings.some((v) => v.city_id === cityId && v.revoked_at === null)
      ? undefined
      : 'VETTING_REQUIRED';
  });
  return { people, consent, circles, meetings, privacy, kits };
}

export type YouthService = ReturnType<typeof createYouthService>;
