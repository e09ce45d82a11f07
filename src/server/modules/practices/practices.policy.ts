import type { Locale } from '../../../core/i18n/locales.js';
import type { RoleGrant } from '../../platform/auth/permissions.js';

/** Reports that hide a published practice until a coordinator decides. */
export const reportsToHide = 3;

/** Admin, or a coordinator of the city: publishes at once, decides on reports and proposals. */
export function mayModerate(grants: readonly RoleGrant[], cityId: string): boolean {
  return grants.some(
    (grant) => grant.role === 'admin' || (grant.role === 'coordinator' && grant.cityId === cityId),
  );
}

/** Whether what someone proposes is published at once (coordinators of the city, admin) or waits. */
export function publishesAtOnce(grants: readonly RoleGrant[], cityId: string): boolean {
  return mayModerate(grants, cityId);
}

/** The author edits their own practice; the city's coordinators and admin edit any of the city's. */
export function mayEdit(
  grants: readonly RoleGrant[],
  userId: string,
  practice: { authorId: string | null; cityId: string },
) {
  return practice.authorId === userId || mayModerate(grants, practice.cityId);
}

/** Who sees a practice that is not published: its author and those who may moderate it. */
export function maySeeUnpublished(
  grants: readonly RoleGrant[],
  userId: string | undefined,
  practice: { authorId: string | null; cityId: string },
): boolean {
  return (userId !== undefined && practice.authorId === userId) || mayModerate(grants, practice.cityId);
}

/**
 * Human translations: the author, any coordinator (of either city: partners translate each other's
 * practices), admin, and translators granted the language.
 */
export function mayTranslate(
  grants: readonly RoleGrant[],
  userId: string,
  practice: { authorId: string | null },
  translatorLanguages: readonly Locale[],
  language: Locale,
): boolean {
  return (
    practice.authorId === userId ||
    grants.some((grant) => grant.role === 'admin' || grant.role === 'coordinator') ||
    translatorLanguages.includes(language)
  );
}

/** The cities whose moderation queue someone sees (undefined: all). */
export function moderatedCities(grants: readonly RoleGrant[]): string[] | undefined {
  if (grants.some((grant) => grant.role === 'admin')) return undefined;
  return grants.flatMap((grant) =>
    grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
  );
}
