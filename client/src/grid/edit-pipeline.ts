// Every change a user makes — typing, paste, fill-down, clear, keep-mine — goes through here: validate each cell with
// the shared rules (a refused cell keeps the user's text and the message, nothing is sent for it), send the valid
// ones of one step as ONE request under one change-set id, and paint each row's outcome. Requests go one at a time,
// so a second edit of a row always carries the version the first one produced.
import { reactive } from 'vue';
import { validateField } from '@doudi/shared';
import { t } from '../i18n';
import { newChangeSetId, recordStep } from './change-sets';
import type { CellStates } from './cell-states';
import { isDraftKey, type Drafts } from './drafts';
import type { RowResult, SheetAdapter, SheetColumn, SheetRow } from './types';

export interface Edit {
  /** row id, or a draft key for a new row */
  rowKey: string;
  field: string;
  raw: unknown;
}

interface PendingUpdate {
  id: string;
  patch: Record<string, unknown>;
  /** the saved values the user was looking at: a conflict on a field nobody else touched is no conflict */
  before: Record<string, unknown>;
}

interface PendingCreate {
  key: string;
  values: Record<string, unknown>;
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface PipelineDeps<R extends SheetRow> {
  adapter: SheetAdapter<R>;
  states: CellStates;
  drafts: Drafts;
  column: (colId: string) => SheetColumn<R> | undefined;
  /** the row as the grid holds it now (undefined when not in the block cache) */
  rowData: (id: string) => R | undefined;
  /** put a saved row into the grid (and anywhere else it is shown) */
  applyRow: (row: R) => void;
  repaint: () => void;
  onCreated: (rows: R[]) => void;
}

/** rows whose newest saved state is remembered (the ones this tab saved or saw change lately) */
const MAX_NEWEST = 2000;

export function createEditPipeline<R extends SheetRow>(d: PipelineDeps<R>) {
  const status = reactive({ inFlight: 0, lastSavedAt: null as Date | null, lastError: '' });
  const versions = new Map<string, number>();
  // Rows the user edited that may leave the block cache before their save returns.
  const known = new Map<string, R>();
  let queue: Promise<void> = Promise.resolve();

  const versionOf = (id: string): number =>
    Math.max(versions.get(id) ?? 0, d.rowData(id)?.version ?? 0, known.get(id)?.version ?? 0);

  // The newest row seen from a save's answer or a live change: a read answered after it (sent before that save
  // committed, e.g. the refresh a live grid does once it has subscribed) must not paint the older values back.
  const newest = new Map<string, R>();
  function noteRow(row: R) {
    versions.set(row.id, Math.max(versions.get(row.id) ?? 0, row.version));
    if ((newest.get(row.id)?.version ?? -1) < row.version) {
      newest.delete(row.id);
      newest.set(row.id, row);
      if (newest.size > MAX_NEWEST) newest.delete(newest.keys().next().value!);
    }
  }

  /** Rows from a read, each replaced by the newer one this grid already holds (if any). */
  function fresher(rows: R[]): R[] {
    return rows.map((r) => {
      const n = newest.get(r.id);
      return n && n.version > r.version ? n : r;
    });
  }

  /** Validates and queues one user step. Resolves when its request (if any) has been answered. */
  function applyEdits(edits: Edit[], label: string, rowsHint: R[] = []): Promise<{ ignored: number }> {
    for (const r of rowsHint) known.set(r.id, r);
    const updates = new Map<string, PendingUpdate>();
    const touchedDrafts = new Set<string>();
    let ignored = 0;
    for (const e of edits) {
      const col = d.column(e.field);
      const meta = col?.meta;
      if (!meta?.editable) {
        ignored++;
        continue;
      }
      // Text that reads exactly as the cell already does is no change: a block copied from the grid and pasted back
      // (masked ID numbers included) must not turn into edits, let alone refused ones.
      const existing = isDraftKey(e.rowKey) ? undefined : (d.rowData(e.rowKey) ?? known.get(e.rowKey));
      if (existing && typeof e.raw === 'string' && !d.states.get(e.rowKey, e.field) && col!.text(existing[e.field], existing) === e.raw.trim()) continue;
      const r = validateField(meta, e.raw);
      if (!r.ok) {
        d.states.set(e.rowKey, e.field, { kind: 'invalid', draft: e.raw, hasDraft: true, message: r.error.message });
        if (isDraftKey(e.rowKey)) d.drafts.set(e.rowKey, e.field, null);
        continue;
      }
      if (isDraftKey(e.rowKey)) {
        d.drafts.set(e.rowKey, e.field, r.value);
        d.states.set(e.rowKey, e.field, null);
        touchedDrafts.add(e.rowKey);
        continue;
      }
      const row = d.rowData(e.rowKey) ?? known.get(e.rowKey);
      if (!row) continue;
      const current = row[e.field];
      const inFlight = d.states.get(e.rowKey, e.field)?.kind === 'saving';
      if (sameValue(r.value, current) && !inFlight && !(e.field in (updates.get(e.rowKey)?.patch ?? {}))) {
        d.states.set(e.rowKey, e.field, null); // back to the saved value: nothing to send
        continue;
      }
      known.set(row.id, row);
      const u = updates.get(e.rowKey) ?? { id: e.rowKey, patch: {}, before: {} };
      u.patch[e.field] = r.value;
      u.before[e.field] = current;
      updates.set(e.rowKey, u);
      d.states.set(e.rowKey, e.field, { kind: 'saving', draft: r.value, hasDraft: true });
    }
    const creates = [...touchedDrafts].map((k) => readyDraft(k)).filter((c): c is PendingCreate => !!c);
    d.repaint();
    if (updates.size === 0 && creates.length === 0) return Promise.resolve({ ignored });
    for (const c of creates) d.drafts.get(c.key)!.pending = true;
    const stepId = newChangeSetId();
    const job = queue.then(() => send([...updates.values()], creates, stepId, label)).then(() => undefined);
    queue = job.catch(() => undefined);
    return job.then(() => ({ ignored }));
  }

  /** A draft whose required cells are all valid, with its values; null while something is missing or refused. */
  function readyDraft(key: string): PendingCreate | null {
    const draft = d.drafts.get(key);
    if (!draft || draft.pending) return null;
    const refused = d.states.row(key);
    if (refused && [...refused.values()].some((s) => s.kind === 'invalid')) return null;
    const values = { ...(d.adapter.createDefaults?.() ?? {}), ...draft.values };
    const missing = (d.adapter.requiredForCreate ?? []).filter((f) => values[f] === undefined || values[f] === null);
    return missing.length ? null : { key, values };
  }

  /** Which required cells a draft still lacks (for the message under the grid). */
  function draftMissing(key: string): string[] {
    const draft = d.drafts.get(key);
    if (!draft) return [];
    const values = { ...(d.adapter.createDefaults?.() ?? {}), ...draft.values };
    return (d.adapter.requiredForCreate ?? []).filter((f) => values[f] === undefined || values[f] === null);
  }

  /** Sends one request; true when at least one row was saved. Conflict retries ride on the same change set. */
  async function send(updates: PendingUpdate[], creates: PendingCreate[], stepId: string, label: string, retry = false): Promise<boolean> {
    status.inFlight++;
    let res;
    try {
      res = await d.adapter.save(
        { updates: updates.map((u) => ({ id: u.id, version: versionOf(u.id), patch: u.patch })), creates: creates.map((c) => c.values) },
        stepId,
      );
    } catch (e) {
      // The whole request failed (network, server): every cell keeps the user's value, marked, ready to retry.
      const message = (e as Error).message;
      status.lastError = message;
      for (const u of updates) for (const [f, v] of Object.entries(u.patch)) d.states.set(u.id, f, { kind: 'error', draft: v, hasDraft: true, message });
      for (const c of creates) {
        const draft = d.drafts.get(c.key);
        if (draft) draft.pending = false;
      }
      d.repaint();
      return false;
    } finally {
      status.inFlight--;
    }
    const retries: PendingUpdate[] = [];
    let anyOk = false;
    res.updates.forEach((r, i) => {
      const u = updates[i];
      if (!u) return;
      if (r.ok && r.row) {
        anyOk = true;
        settle(u.id, r.row);
        for (const f of Object.keys(u.patch)) d.states.set(u.id, f, null);
      } else if (r.conflict) {
        settle(u.id, r.conflict);
        const again = mergeConflict(u, r.conflict);
        if (again) retries.push(again);
      } else {
        paintErrors(u, r);
      }
    });
    const created: R[] = [];
    res.creates.forEach((r, i) => {
      const c = creates[i];
      if (!c) return;
      const draft = d.drafts.get(c.key);
      if (draft) draft.pending = false;
      if (r.ok && r.row) {
        anyOk = true;
        noteRow(r.row);
        created.push(r.row);
        d.drafts.remove(c.key);
        d.states.clearRow(c.key);
        return;
      }
      const col = d.adapter.createErrorColumn ?? ((f: string) => f);
      for (const err of r.errors) {
        const field = col(err.field);
        const has = c.values[field] !== undefined;
        d.states.set(c.key, field, { kind: 'invalid', draft: c.values[field], hasDraft: has, message: err.message });
      }
    });
    if (retries.length && (await send(retries, [], stepId, label, true))) anyOk = true;
    if (anyOk && !retry) {
      recordStep({ id: stepId, label });
      status.lastSavedAt = new Date();
      status.lastError = '';
    }
    d.repaint();
    if (created.length) d.onCreated(created);
    return anyOk;
  }

  function settle(id: string, row: R) {
    noteRow(row);
    known.delete(id);
    d.applyRow(row);
  }

  // Someone saved the row first. Fields they did not touch are re-sent on their version; where they changed the
  // same field, the cell shows both values and waits for the user to choose.
  function mergeConflict(u: PendingUpdate, theirs: R): PendingUpdate | null {
    const again: PendingUpdate = { id: u.id, patch: {}, before: {} };
    for (const [f, mine] of Object.entries(u.patch)) {
      const now = theirs[f];
      if (sameValue(now, mine)) d.states.set(u.id, f, null);
      else if (sameValue(now, u.before[f])) {
        again.patch[f] = mine;
        again.before[f] = now;
      } else {
        d.states.set(u.id, f, { kind: 'conflict', draft: mine, hasDraft: true, theirs: now, message: t('conflictMsg', { theirs: text(f, now, theirs), mine: text(f, mine, theirs) }) });
      }
    }
    if (Object.keys(again.patch).length === 0) return null;
    known.set(u.id, theirs);
    return again;
  }

  function paintErrors(u: PendingUpdate, r: RowResult<R>) {
    const all = r.errors.map((e) => e.message).join('；') || t('notSavedRow', { msg: '' });
    for (const [f, v] of Object.entries(u.patch)) {
      const own = r.errors.find((e) => e.field === f);
      d.states.set(u.id, f, { kind: own ? 'invalid' : 'error', draft: v, hasDraft: true, message: own ? own.message : t('notSavedRow', { msg: all }) });
    }
  }

  const text = (f: string, v: unknown, row: R) => d.column(f)?.text(v, row) ?? String(v ?? '');

  /** Conflict: send my value again, on the version now in the row. */
  function keepMine(rowKey: string, field: string) {
    const s = d.states.get(rowKey, field);
    if (!s?.hasDraft) return;
    return applyEdits([{ rowKey, field, raw: s.draft }], t('keepMine'));
  }

  /** Conflict: the other value is already in the row; drop mine. Also drops a refused or failed value. */
  function discard(rowKey: string, field: string) {
    d.states.set(rowKey, field, null);
    d.repaint();
  }

  function retryAll() {
    const edits: Edit[] = [];
    for (const i of d.states.issues()) if (i.state.kind === 'error' && i.state.hasDraft) edits.push({ rowKey: i.rowKey, field: i.field, raw: i.state.draft });
    return edits.length ? applyEdits(edits, t('retry')) : Promise.resolve({ ignored: 0 });
  }

  return { status, applyEdits, keepMine, discard, retryAll, draftMissing, noteRow, fresher };
}

export type EditPipeline<R extends SheetRow = SheetRow> = ReturnType<typeof createEditPipeline<R>>;
