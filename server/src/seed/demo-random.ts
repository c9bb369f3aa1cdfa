// Hashing, weight tables and the per-household PRNG of the demo generator (see demo-generator.ts).
import { mulberry32 } from '@doudi/shared';

/** murmur3 finaliser: a well-mixed uint32 from an int. */
export function hash32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Cumulative distribution of `weights` (normalised; the last entry is exactly 1), for DemoRandom.pick. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (const w of weights) total += w;
  let acc = 0;
  for (let k = 0; k < weights.length; k++) {
    acc += weights[k]! / total;
    out[k] = acc;
  }
  out[weights.length - 1] = 1;
  return out;
}

/** The engine's PRNG: mulberry32, reseeded per household from (seed, household index). */
export class DemoRandom {
  protected readonly seedMix: number;
  protected next: () => number = mulberry32(0);

  constructor(seed: number) {
    this.seedMix = hash32(seed ^ 0x5bd1e995);
  }

  // ── PRNG ──
  protected reseed(i: number): void {
    this.seedState(hash32(this.seedMix ^ Math.imul(i + 1, 0x9e3779b1)));
  }
  protected seedState(state: number): void {
    this.next = mulberry32(state);
  }
  protected int(n: number): number {
    return (this.next() * n) | 0;
  }
  protected pick(cum: Float64Array): number {
    const x = this.next();
    let k = 0;
    while (cum[k]! <= x && k < cum.length - 1) k++;
    return k;
  }
}
