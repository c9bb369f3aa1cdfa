// Deterministic pseudo-random numbers: the county's spot-check sample and the demo data must come out the same for the
// same seed on every machine, which Math.random cannot promise.

/** mulberry32: a small, well-mixed PRNG over a 32-bit state. Returns next() → a float in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
