export {
  type ApplyResultOptions,
  type ApplyResultOutcome,
  applyResult,
  isComplete,
  type ResultProblem,
} from './apply-result.js';
export { judgeScores, type ScoreJudgement, type ScoreProblem, walkoverScores } from './best-of.js';
export { createDoubleElimination, type DoubleEliminationOptions } from './double-elimination.js';
export {
  type Entrant,
  type SeededEntrant,
  type SeedingMethod,
  seedEntrants,
  TournamentInputError,
} from './entrant.js';
export { type FinalRank, finalRanking } from './final-ranking.js';
export {
  type GlickoGame,
  type GlickoRating,
  type GlickoSettings,
  gamesOfMatch,
  initialGlicko,
  updateGlicko,
} from './glicko-rating.js';
export { createGroupStage, type GroupStageOptions, playoffEntrants, snakeGroups } from './group-stage.js';
export {
  type ClassAdvice,
  type Coordinates,
  fibreKmPerMs,
  greatCircleKm,
  type LatencyAdviceCode,
  type LatencyClass,
  type LatencyReport,
  latencyAdvice,
  latencyClasses,
  pathInflation,
  toleratedRttMs,
} from './latency-advice.js';
export type {
  BestOfRule,
  Bracket,
  Match,
  MatchResult,
  MatchStatus,
  Slot,
  SlotSource,
  TournamentFormat,
  TournamentState,
} from './match.js';
export { isBye } from './match.js';
export {
  circleSchedule,
  createRoundRobin,
  type RoundRobinOptions,
  roundRobinMatches,
} from './round-robin.js';
export { bracketSize, standardSeedOrder } from './seeding-order.js';
export { playOut, randomResult, seededRandom } from './simulated-play.js';
export { createSingleElimination, type SingleEliminationOptions } from './single-elimination.js';
export { computeStandings, type EntrantRecord, entrantRecords, type StandingRow } from './standings.js';
export {
  createSwiss,
  currentSwissRound,
  nextSwissRound,
  type SwissOptions,
  type SwissRoundOutcome,
} from './swiss.js';
export {
  pairSwissRound,
  type SwissPairing,
  type SwissPairingOptions,
  type SwissPlayer,
} from './swiss-pairing.js';
export { initialSkill, skillOrdinal, type TeamSkill, updateTeamSkill } from './team-skill.js';
