// Demo data for 永宁县: households of the three monitoring ledgers (+ 突发严重困难户) with their members.
//
// Deterministic: household i of a run is a pure function of (seed, i) plus the ID-sequence bookkeeping of the
// households before it in the same block (see "ID numbers" in demo-ids.ts), so a run can be produced in chunks
// (`start`) and chunk boundaries change nothing. Fixed reference date 2026-06-30: nobody is born after it, nobody
// before 1930.
//
// Fast by design (the seed must insert ≥ 50k households/s; this alone makes 350k–600k/s on the 2-core machine): one
// PRNG per household (mulberry32) reseeded from (seed, i), date strings / check-digit partial sums / age at the
// reference date precomputed per day, no Date, no regex, no per-member temporary objects besides the output.
//
// ID numbers are unique across a whole run by construction; demo-ids.ts describes the scheme and proves it.
//
// This file is the entry point and the public API. The engine is layered over several files:
//   demo-types.ts       public types (re-exported here)
//   demo-random.ts      hash32, cumulative weights, the per-household PRNG (DemoRandom)
//   demo-calendar.ts    per-day tables 1930-01-01 … 2026-06-30
//   demo-geography.ts   address codes, township/village weights, the village table
//   demo-vocab.ts       vocabularies, their weights, remark texts, phone prefixes
//   demo-ids.ts         ID-number allocation (IdAllocator) and its block constants
//   demo-tables.ts      the precomputed tables, built once per process
//   demo-families.ts    household structures and planning (FamilyPlanner)
//   demo-households.ts  member details and the household row (Engine)
import { DEMO_BLOCK_SIZE, DEMO_MAX_HOUSEHOLDS } from './demo-ids.js';
import { Engine } from './demo-households.js';
import type { DemoGeneratorOptions, DemoHousehold } from './demo-types.js';

export type {
  DemoCategory,
  DemoDisabilityGrade,
  DemoDisabilityType,
  DemoGender,
  DemoGeneratorOptions,
  DemoHealth,
  DemoHousehold,
  DemoLaborAbility,
  DemoMember,
  DemoRelation,
  DemoRiskStatus,
  DemoRiskType,
  DemoSchooling,
} from './demo-types.js';
export { DEMO_BLOCK_SIZE, DEMO_MAX_HOUSEHOLDS } from './demo-ids.js';
export { demoHouseholdCode } from './demo-tables.js';

/** Everyone's age and schooling are as of this date; no birth date is after it. */
export const DEMO_REFERENCE_DATE = '2026-06-30';

/**
 * Yields households start … start + count − 1 of the run for `seed`. The same (seed, index) always gives the same
 * household, whatever the chunking; ID numbers never repeat within a run (see demo-ids.ts).
 */
export function* generateDemoHouseholds(opts: DemoGeneratorOptions): Generator<DemoHousehold> {
  const count = opts.count;
  const start = opts.start ?? 0;
  const seed = (opts.seed ?? 1) >>> 0;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  if (!Number.isInteger(start) || start < 0) throw new RangeError('start must be a non-negative integer');
  if (start + count > DEMO_MAX_HOUSEHOLDS) {
    throw new RangeError(`a demo run is limited to ${DEMO_MAX_HOUSEHOLDS} households (start + count)`);
  }
  if (count === 0) return;
  const engine = new Engine(seed);
  // Rebuild the block's ID counters from the households before `start` in its block.
  for (let i = start - (start % DEMO_BLOCK_SIZE); i < start; i++) {
    engine.enter(i);
    engine.plan(i);
  }
  const end = start + count;
  for (let i = start; i < end; i++) {
    engine.enter(i);
    engine.plan(i);
    yield engine.build(i);
  }
}
