// Milliseconds per phase of an import's match and commit (report.timings.phasesMs), for the import benchmark.

export type Phases = Record<string, number>;

/**
 * Runs `f`, adding its wall time to `phases[name]` and this process's CPU time to `phases[name + 'Cpu']` (phases
 * accumulate across batches). On a shared machine the wall time mostly measures the wait for a CPU; the CPU time
 * says what the server itself spent (what the database spent is not in it).
 */
export async function timed<T>(phases: Phases | undefined, name: string, f: () => Promise<T> | T): Promise<T> {
  if (!phases) return f();
  const t = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await f();
  } finally {
    const used = process.cpuUsage(cpu);
    phases[name] = (phases[name] ?? 0) + performance.now() - t;
    phases[`${name}Cpu`] = (phases[`${name}Cpu`] ?? 0) + (used.user + used.system) / 1000;
  }
}

/** The phases rounded to whole milliseconds. */
export const roundPhases = (phases: Phases): Phases => Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
