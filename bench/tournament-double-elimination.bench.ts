// Creating a 1,024-entrant double elimination (ceiling 100 ms) and reporting one result in it:
// time, and how many matches one result changes (what the server must write in its transaction).
import { applyResult } from '../src/core/tournament/apply-result.js';
import { createDoubleElimination } from '../src/core/tournament/double-elimination.js';
import { randomResult, seededRandom } from '../src/core/tournament/simulated-play.js';

const entrants = Array.from({ length: 1_024 }, (_, i) => ({ id: `e${i}`, rating: 3000 - i }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const createTimes: number[] = [];
let state = createDoubleElimination(entrants);
for (let run = 0; run < 25; run++) {
  const start = performance.now();
  state = createDoubleElimination(entrants);
  createTimes.push(performance.now() - start);
}
const createMs = median(createTimes);
console.info(
  `create 1,024-entrant double elimination (${state.matches.length} matches): ${createMs.toFixed(2)} ms; ceiling 100 ms → ${(100 / createMs).toFixed(1)}× under`,
);

const random = seededRandom(5);
const resultTimes: number[] = [];
let mostChanged = 0;
let results = 0;
for (;;) {
  const ready = state.matches.filter((m) => m.status === 'ready');
  const match = ready[Math.floor(random() * ready.length)];
  if (match === undefined) break;
  const result = randomResult(match, false, random);
  const start = performance.now();
  const outcome = applyResult(state, match.id, result);
  resultTimes.push(performance.now() - start);
  if (!outcome.ok) throw new Error(outcome.code);
  mostChanged = Math.max(mostChanged, outcome.changed.length);
  results++;
  state = outcome.state;
}
console.info(
  `report one result: ${median(resultTimes).toFixed(3)} ms median over ${results} results; at most ${mostChanged} matches change per result (SQL statement count is the server's: ceiling 5, brackets-manager ~33 calls)`,
);
console.info(`tournament ${state.status}`);
