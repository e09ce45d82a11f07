import {
  applyResult,
  computeStandings,
  createDoubleElimination,
  createSwiss,
  initialSkill,
  playOut,
  randomResult,
  seededRandom,
  skillOrdinal,
  type TournamentState,
  updateTeamSkill,
} from '../../../core/tournament/index.js';
import { newId } from '../../platform/auth/tokens.js';
import type {
  ClubRow,
  EntrantRow,
  GameRow,
  MatchRow,
  NewRating,
  TournamentRow,
} from './esports.repository.js';
import { matchRow } from './esports-state.service.js';

/** The default games catalogue: one or more games of each latency class, one-on-one and team. */
export function defaultGames(now: string): GameRow[] {
  const game = (
    id: string,
    name: string,
    latency_class: string,
    team_size: number,
    allow_draws = 0,
  ): GameRow => ({ id, name, latency_class, team_size, allow_draws, created_at: now });
  return [
    game('chess', 'Chess', 'turn_based', 1, 1),
    game('hearthstone', 'Hearthstone', 'turn_based', 1),
    game('teamfight-tactics', 'Teamfight Tactics', 'latency_tolerant', 1),
    game('starcraft-2', 'StarCraft II', 'latency_tolerant', 1),
    game('league-of-legends', 'League of Legends', 'latency_tolerant', 5),
    game('valorant', 'VALORANT', 'latency_sensitive', 5),
    game('counter-strike-2', 'Counter-Strike 2', 'latency_sensitive', 5),
    game('rocket-league', 'Rocket League', 'latency_sensitive', 3),
    game('tekken-8', 'Tekken 8', 'latency_sensitive', 1),
  ];
}

/** Demo clubs and programmes: Osan University's e-sports programme and clubs in Espoo. */
export function demoClubs(now: string): ClubRow[] {
  const club = (
    fields: Pick<ClubRow, 'city_id' | 'kind' | 'name' | 'contact' | 'website'>,
    original: 'fi' | 'ko' | 'sv' | 'en',
    description: Partial<Record<'fi' | 'sv' | 'en' | 'ko', string>>,
    coaching: Partial<Record<'fi' | 'sv' | 'en' | 'ko', string>>,
    games: string[],
  ): ClubRow => {
    const texts = (input: typeof description) => ({
      original,
      texts: Object.fromEntries(
        Object.entries(input).map(([language, text]) => [
          language,
          { text, source: language === original ? 'original' : 'human' },
        ]),
      ),
    });
    return {
      id: newId(),
      ...fields,
      description: JSON.stringify(texts(description)),
      coaching: JSON.stringify(texts(coaching)),
      games: JSON.stringify(games),
      created_by: null,
      created_at: now,
      updated_at: now,
    };
  };
  return [
    club(
      {
        city_id: 'osan',
        kind: 'university_programme',
        name: '오산대학교 e스포츠 프로그램',
        contact: null,
        website: null,
      },
      'ko',
      {
        ko: '선수, 코치, 대회 운영과 방송 인력을 기르는 학위 과정이에요. 에스푸 학생들과 함께 원격으로 훈련하고 교류전을 열어요.',
        en: 'A degree programme training players, coaches, tournament operators and broadcast crews. Trains and plays friendly matches remotely with students in Espoo.',
      },
      {
        ko: '전략 분석과 멘탈 코칭 클리닉을 한 달에 한 번 열어요.',
        en: 'Monthly clinics on strategy analysis and mental coaching.',
      },
      ['league-of-legends', 'valorant', 'starcraft-2', 'teamfight-tactics'],
    ),
    club(
      { city_id: 'espoo', kind: 'club', name: 'Espoon nuorten e-urheiluseura', contact: null, website: null },
      'fi',
      {
        fi: 'Nuorisotalojen e-urheiluryhmät 13–19-vuotiaille: harjoittelua, turnauksia ja ohjattua pelaamista.',
        sv: 'E-sportgrupper på ungdomsgårdarna för 13–19-åringar: träning, turneringar och handlett spelande.',
        en: 'E-sports groups at Espoo youth centres for ages 13–19: training, tournaments and supervised play.',
      },
      {
        fi: 'Ohjaajat valmentavat joukkuepelaamista ja terveellisiä pelitapoja.',
        en: 'Youth workers coach team play and healthy gaming habits.',
      },
      ['rocket-league', 'valorant', 'chess'],
    ),
    club(
      { city_id: 'espoo', kind: 'school', name: 'E-urheilulinja, Espoo', contact: null, website: null },
      'fi',
      {
        fi: 'Toisen asteen e-urheilun opintolinja: valmennusta, liikuntaa ja e-urheilun yrittäjyyttä.',
        en: 'An upper-secondary e-sports study line: coaching, physical training and e-sports entrepreneurship.',
      },
      { fi: 'Valmennusklinikat yhdessä Osanin kanssa.', en: 'Coaching clinics run together with Osan.' },
      ['league-of-legends', 'counter-strike-2', 'rocket-league'],
    ),
  ];
}

export interface DemoTournament {
  tournament: TournamentRow;
  entrants: EntrantRow[];
  subjects: Array<{ entrant_id: string; subject_id: string }>;
  matches: MatchRow[];
  ratings: NewRating[];
}

const espooTeams = [
  'Kivenlahti Kings',
  'Tapiola Titans',
  'Leppävaara Lynx',
  'Otaniemi Owls',
  'Matinkylä Meteors',
  'Espoonlahti Eagles',
  'Kauklahti Comets',
  'Nuuksio Wolves',
];
const osanTeams = [
  '오산 피닉스',
  '세마 스톰',
  '독산성 나이츠',
  '물향기 웨이브',
  '오산천 드래곤즈',
  '궐동 블레이즈',
  '원동 라이온즈',
  '세교 스타즈',
];

/**
 * Demo tournaments: a finished 16-team cross-city Swiss (Rocket League, best of three, four rounds)
 * and its top eight in a double elimination that is running. Results come from `playOut` with a
 * fixed seed, so the demo is the same every time; ratings move match by match (OpenSkill).
 */
export function demoTournaments(now: Date, hostCityId: string): DemoTournament[] {
  const day = 86_400_000;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();
  const random = seededRandom(2026);
  const swissId = newId();
  const teams = [
    ...espooTeams.map((name) => ({ name, city: 'espoo' })),
    ...osanTeams.map((name) => ({ name, city: 'osan' })),
  ];
  const swissEntrants: EntrantRow[] = teams.map((team, i) => ({
    id: newId(),
    tournament_id: swissId,
    name: team.name,
    city_id: team.city,
    rating: 16 - i,
    seed: null,
    user_id: null,
    team_id: null,
    status: 'registered',
    checked_in_at: null,
    created_at: at(30 - i / 100),
  }));
  const swissStart = createSwiss(
    swissEntrants.map((e) => ({ id: e.id, rating: Number(e.rating) })),
    { rounds: 4, bestOf: 3 },
  );
  const swissState = playOut(swissStart, random);
  const top = computeStandings(swissState).slice(0, 8);
  const playoffId = newId();
  const byId = new Map(swissEntrants.map((e) => [e.id, e]));
  const playoffEntrants: EntrantRow[] = top.map((row, i) => {
    const from = byId.get(row.entrantId) as EntrantRow;
    return { ...from, id: newId(), tournament_id: playoffId, seed: i + 1, created_at: at(7) };
  });
  let playoffState: TournamentState = createDoubleElimination(
    playoffEntrants.map((e, i) => ({ id: e.id, rating: 8 - i, seed: i + 1 })),
    { seeding: 'hand', bestOf: 3, grandFinalReset: true },
  );
  // The first six results are in: the winners' quarter-finals and the first losers' round.
  for (let played = 0; played < 6; played += 1) {
    const ready = playoffState.matches.find((m) => m.status === 'ready');
    if (ready === undefined) break;
    const outcome = applyResult(playoffState, ready.id, randomResult(ready, false, random));
    if (outcome.ok) playoffState = outcome.state;
  }

  // Name-only entrants are their own rating subjects; a playoff entrant carries its Swiss one.
  const subjectOf = new Map<string, string>();
  for (const e of swissEntrants) subjectOf.set(e.id, e.id);
  for (const [i, e] of playoffEntrants.entries()) subjectOf.set(e.id, top[i]?.entrantId ?? e.id);
  const skills = new Map<string, { mu: number; sigma: number; seq: number }>();
  const ratings: NewRating[] = [];
  const rate = (tournamentId: string, state: TournamentState, matchIds: Map<string, string>) => {
    for (const match of state.matches) {
      const [a, b] = [match.slots[0].entrantId, match.slots[1].entrantId];
      if (match.status !== 'completed' || match.result === null || a === null || b === null) continue;
      const sides = [subjectOf.get(a) ?? a, subjectOf.get(b) ?? b];
      const teamsNow = sides.map((id) => ({
        id,
        members: [{ id, ...(skills.get(id) ?? { ...initialSkill() }) }],
      }));
      const ranks = match.winnerId === null ? [1, 1] : match.winnerId === a ? [1, 2] : [2, 1];
      for (const team of updateTeamSkill(teamsNow, ranks)) {
        const member = team.members[0];
        if (member === undefined) continue;
        const seq = (skills.get(member.id)?.seq ?? 0) + 1;
        skills.set(member.id, { mu: member.mu, sigma: member.sigma, seq });
        ratings.push({
          game_id: 'rocket-league',
          subject_id: member.id,
          seq,
          system: 'openskill',
          rating: skillOrdinal(member),
          rd: null,
          volatility: null,
          mu: member.mu,
          sigma: member.sigma,
          tournament_id: tournamentId,
          match_id: matchIds.get(match.id) ?? null,
        });
      }
    }
  };

  const rows = (tournamentId: string, state: TournamentState, stamp: string) =>
    state.matches.map((match, position) =>
      matchRow(match, { tournamentId, position, now: stamp, id: newId() }),
    );
  const swissRows = rows(swissId, swissState, at(14));
  const playoffRows = rows(playoffId, playoffState, at(1));
  rate(swissId, swissState, new Map(swissRows.map((r) => [r.match_key, r.id])));
  rate(playoffId, playoffState, new Map(playoffRows.map((r) => [r.match_key, r.id])));
  const lastSwiss = new Map(swissEntrants.map((e) => [e.id, skills.get(e.id)]));

  const tournament = (
    fields: Partial<TournamentRow> & Pick<TournamentRow, 'id' | 'name' | 'format'>,
  ): TournamentRow => ({
    game_id: 'rocket-league',
    entrant_kind: 'team',
    host_city_id: hostCityId,
    status: 'running',
    seeding: 'rating',
    best_of: 3,
    swiss_rounds: null,
    groups: null,
    third_place: 0,
    grand_final_reset: 1,
    double_round_robin: 0,
    allow_draws: 0,
    entry_cap: 16,
    entrant_count: 16,
    registration_opens_at: null,
    registration_closes_at: null,
    check_in_opens_at: null,
    check_in_closes_at: null,
    parent_id: null,
    version: 1,
    created_by: null,
    created_at: at(30),
    started_at: at(21),
    completed_at: null,
    updated_at: at(1),
    ...fields,
  });
  const seeds = new Map(swissState.entrants.map((e) => [e.id, e.seed]));
  return [
    {
      tournament: tournament({
        id: swissId,
        name: 'Silta Cup 2026 · Swiss',
        format: 'swiss',
        status: 'completed',
        swiss_rounds: 4,
        completed_at: at(14),
        updated_at: at(14),
      }),
      entrants: swissEntrants.map((e) => ({ ...e, seed: seeds.get(e.id) ?? null })),
      subjects: swissEntrants.map((e) => ({ entrant_id: e.id, subject_id: e.id })),
      matches: swissRows,
      ratings: ratings.filter((r) => r.tournament_id === swissId),
    },
    {
      tournament: tournament({
        id: playoffId,
        name: 'Silta Cup 2026 · Playoffs',
        format: 'double_elimination',
        seeding: 'hand',
        entry_cap: 8,
        entrant_count: 8,
        parent_id: swissId,
        created_at: at(13),
        started_at: at(7),
      }),
      entrants: playoffEntrants.map((e) => {
        const skill = lastSwiss.get(subjectOf.get(e.id) ?? '');
        return { ...e, rating: skill === undefined ? 0 : skillOrdinal(skill) };
      }),
      subjects: playoffEntrants.map((e) => ({ entrant_id: e.id, subject_id: subjectOf.get(e.id) ?? e.id })),
      matches: playoffRows,
      ratings: ratings.filter((r) => r.tournament_id === playoffId),
    },
  ];
}
