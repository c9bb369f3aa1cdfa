// Heavy jobs (imports, exports) run at most `perUser` at once per caller and `total` at once in the process; a job
// beyond is refused at once (HTTP 429, TOO_MANY_JOBS) rather than queued behind the others and stalling the server.
export class JobSlots {
  private readonly running = new Map<string, number>();
  private count = 0;

  /** Told the rows each finished job handled (metrics: doudi_job_rows_total). */
  onRows: ((kind: 'import' | 'export', rows: number) => void) | null = null;

  constructor(readonly perUser: number, readonly total: number) {}

  recordRows(kind: 'import' | 'export', rows: number): void {
    if (rows > 0) this.onRows?.(kind, rows);
  }

  /** A release function when a slot is free (call it exactly once, when the job ends), or null. */
  acquire(actor: string): (() => void) | null {
    const mine = this.running.get(actor) ?? 0;
    if (mine >= this.perUser || this.count >= this.total) return null;
    this.running.set(actor, mine + 1);
    this.count += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count -= 1;
      const left = (this.running.get(actor) ?? 1) - 1;
      if (left > 0) this.running.set(actor, left);
      else this.running.delete(actor);
    };
  }

  get active(): number {
    return this.count;
  }
}

export const tooManyJobsMessage = (slots: JobSlots) =>
  `导入、导出任务过多（每人同时最多 ${slots.perUser} 个，全系统最多 ${slots.total} 个），请等当前任务完成后再试`;
