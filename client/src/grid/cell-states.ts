// Per-cell save state, kept beside the row data so it survives block reloads and scrolling: a cell that is being
// saved, refused (with the message), failed, or in conflict shows the user's own value until it is resolved.
import { shallowRef } from 'vue';
import type { CellState } from './types';

export interface CellIssue {
  rowKey: string;
  field: string;
  state: CellState;
}

export class CellStates {
  private readonly rows = new Map<string, Map<string, CellState>>();
  /** Bumped on every change; computed views depend on it. */
  readonly rev = shallowRef(0);

  get(rowKey: string | undefined, field: string): CellState | undefined {
    return rowKey === undefined ? undefined : this.rows.get(rowKey)?.get(field);
  }

  set(rowKey: string, field: string, state: CellState | null): void {
    let m = this.rows.get(rowKey);
    if (!state) {
      if (!m?.delete(field)) return;
      if (m.size === 0) this.rows.delete(rowKey);
    } else {
      if (!m) this.rows.set(rowKey, (m = new Map()));
      m.set(field, state);
    }
    this.rev.value++;
  }

  row(rowKey: string): ReadonlyMap<string, CellState> | undefined {
    return this.rows.get(rowKey);
  }

  clearRow(rowKey: string): void {
    if (this.rows.delete(rowKey)) this.rev.value++;
  }

  /** Everything that still needs the user (not the in-flight saves). */
  issues(): CellIssue[] {
    const out: CellIssue[] = [];
    for (const [rowKey, m] of this.rows) {
      for (const [field, state] of m) if (state.kind !== 'saving') out.push({ rowKey, field, state });
    }
    return out;
  }

  /** Every state, the in-flight saves too. */
  all(): CellIssue[] {
    const out: CellIssue[] = [];
    for (const [rowKey, m] of this.rows) for (const [field, state] of m) out.push({ rowKey, field, state });
    return out;
  }

  count(kind: CellState['kind']): number {
    let n = 0;
    for (const m of this.rows.values()) for (const s of m.values()) if (s.kind === kind) n++;
    return n;
  }
}
