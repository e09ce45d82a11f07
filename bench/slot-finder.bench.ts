// Slot finder: 200 invitees with weekly availability in Helsinki and Seoul, 90 days, 15-minute grid,
// Espoo and Osan. Prints the median time per call against the 50 ms ceiling of issue 3.
import { performance } from 'node:perf_hooks';
import type { SchedulingCity } from '../src/core/time/sensible-hours.js';
import { findSlots, type SlotRequest } from '../src/core/time/slot-finder.js';
import type { Invitee, WeeklySlot } from '../src/core/time/weekly-availability.js';

const ceilingMs = 50;
const runs = 30;

// A small deterministic generator, so every run of the bench measures the same request.
let seed = 20_210_929;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const clock = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

const invitees: Invitee[] = Array.from({ length: 200 }, (_, index) => {
  const weekly: WeeklySlot[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (let stretch = 0; stretch < 2; stretch += 1) {
      const start = Math.floor(random() * 80);
      weekly.push({
        weekday,
        start: clock(start),
        end: clock(Math.min(96, start + 4 + Math.floor(random() * 16))),
      });
    }
  }
  return { id: `invitee-${index}`, timeZone: index % 2 === 0 ? 'Europe/Helsinki' : 'Asia/Seoul', weekly };
});

const cities: SchedulingCity[] = [
  { id: 'espoo', timeZone: 'Europe/Helsinki', country: 'FI' },
  { id: 'osan', timeZone: 'Asia/Seoul', country: 'KR' },
];
const request: SlotRequest = {
  durationMinutes: 90,
  from: '2027-02-01',
  to: '2027-05-01',
  audience: 'everyone',
  cities,
  invitees,
  gridMinutes: 15,
  count: 10,
  fairnessHistory: [{ early: [], late: ['osan'] }],
};

// Warm up: the first call also loads the year's holidays from date-holidays, which are then cached.
const firstStart = performance.now();
const first = findSlots(request);
const firstMs = performance.now() - firstStart;
for (let i = 0; i < 5; i += 1) findSlots(request);

const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  findSlots(request);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = ((times[Math.floor((runs - 1) / 2)] ?? 0) + (times[Math.ceil((runs - 1) / 2)] ?? 0)) / 2;

console.info(
  `slot finder: ${first.length} suggestions, best score ${first[0]?.score ?? 0}, over ${runs} runs`,
);
console.info(`slot finder: first call (cold holidays) ${firstMs.toFixed(1)} ms`);
console.info(
  `slot finder: median ${median.toFixed(1)} ms, ${(median / ceilingMs).toFixed(2)} × the ${ceilingMs} ms ceiling`,
);
