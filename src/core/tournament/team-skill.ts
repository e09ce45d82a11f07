import { ordinal, rate, rating } from 'openskill';

/** A team's members' OpenSkill ratings (mu, sigma) in one game title. */
export interface TeamSkill {
  id: string;
  members: ReadonlyArray<{ id: string; mu: number; sigma: number }>;
}

/** A newcomer's OpenSkill rating (Plackett–Luce defaults: mu 25, sigma 25/3). */
export function initialSkill(): { mu: number; sigma: number } {
  const { mu, sigma } = rating();
  return { mu, sigma };
}

/**
 * Rates one match between teams with OpenSkill (Weng–Lin, Plackett–Luce). `ranks` gives each
 * team's place, 1 the best; equal ranks are a draw. Returns the teams with updated members, in
 * the same order.
 *
 * @example
 * const blue = { id: 'blue', members: [{ id: 'p1', ...initialSkill() }, { id: 'p2', ...initialSkill() }] };
 * const red = { id: 'red', members: [{ id: 'p3', ...initialSkill() }, { id: 'p4', ...initialSkill() }] };
 * updateTeamSkill([blue, red], [1, 2])[0]?.members[0]?.mu // > 25
 */
export function updateTeamSkill(teams: readonly TeamSkill[], ranks: readonly number[]): TeamSkill[] {
  if (ranks.length !== teams.length) throw new RangeError('one rank per team');
  const rated = rate(
    teams.map((t) => t.members.map((m) => rating({ mu: m.mu, sigma: m.sigma }))),
    { rank: [...ranks] },
  );
  return teams.map((team, t) => ({
    id: team.id,
    members: team.members.map((member, i) => {
      const r = rated[t]?.[i];
      return { id: member.id, mu: r?.mu ?? member.mu, sigma: r?.sigma ?? member.sigma };
    }),
  }));
}

/**
 * The number to display and seed by: a conservative skill, mu − 3·sigma (about 0 for a newcomer),
 * for one player; for a team, the sum over its members.
 *
 * @example
 * skillOrdinal({ mu: 25, sigma: 25 / 3 }) // 0
 */
export function skillOrdinal(skill: { mu: number; sigma: number } | TeamSkill): number {
  if ('members' in skill) return skill.members.reduce((sum, m) => sum + ordinal(m), 0);
  return ordinal(skill);
}
