// Undo/redo of the user's own steps, through the server (built on its audit trail), so it checks versions and survives
// a reload. Each user step (one edit, a paste, a fill, a delete) gets a uuid sent as `x-doudi-change-set` with its
// mutations; undo/redo name that uuid. Assumed server contract (kept here only, to adjust in one place):
//   mutation undoChangeSet(id: ID!) { ok applied conflicts { entityId field code message } }   (partial when applied > 0)
//   mutation redoChangeSet(id: ID!) { same }
//   query myChangeSets(first: Int) { id at undone summary }   (newest first)
import { reactive } from 'vue';
import { gql, isMissingFeature, uuidV4 } from '../api/client';

export interface Step {
  id: string;
  label: string;
}

export interface UndoOutcome {
  ok: boolean;
  step?: Step;
  /** why nothing happened: unsupported, empty, conflicts (with the server's messages) or an error */
  reason?: 'unsupported' | 'empty' | 'conflict' | 'error';
  message?: string;
}

const MAX = 200;

export const undoState = reactive({
  /** null until the server answered once */
  supported: null as boolean | null,
  undo: [] as Step[],
  redo: [] as Step[],
  busy: false,
});

const listeners = new Set<() => void>();
/** Grids refresh their rows after an undo or redo changed data behind them. */
export function onChangeSetApplied(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export const newChangeSetId = (): string => uuidV4();

export function recordStep(step: Step): void {
  undoState.undo.push(step);
  if (undoState.undo.length > MAX) undoState.undo.shift();
  undoState.redo = [];
}

interface ChangeSetInfo {
  id: string;
  at: string;
  undone: boolean;
  summary: string | null;
}

/** Rebuilds both stacks from the server (after a reload, or a login). */
export async function loadChangeSets(): Promise<void> {
  try {
    const data = await gql<{ myChangeSets: ChangeSetInfo[] }>(
      `query($n: Int!) { myChangeSets(first: $n) { id at undone summary } }`,
      { n: 50 },
    );
    undoState.supported = true;
    const list = data.myChangeSets;
    const redo: Step[] = [];
    let i = 0;
    // The newest run of undone steps can still be redone; an undone step older than a live one is gone for good.
    for (; i < list.length && list[i]!.undone; i++) redo.push(toStep(list[i]!));
    const undo = list.slice(i).filter((c) => !c.undone).map(toStep).reverse();
    undoState.undo = undo;
    undoState.redo = redo;
  } catch (e) {
    if (isMissingFeature(e)) undoState.supported = false;
  }
}

const toStep = (c: ChangeSetInfo): Step => ({ id: c.id, label: c.summary ?? '' });

interface UndoResult {
  ok: boolean;
  applied: number;
  conflicts: { entityId: string; field: string | null; code: string; message: string }[];
}

async function run(kind: 'undo' | 'redo'): Promise<UndoOutcome> {
  if (undoState.supported === false) return { ok: false, reason: 'unsupported' };
  const from = kind === 'undo' ? undoState.undo : undoState.redo;
  const to = kind === 'undo' ? undoState.redo : undoState.undo;
  const step = from[from.length - 1];
  if (!step) return { ok: false, reason: 'empty' };
  if (undoState.busy) return { ok: false, reason: 'empty' };
  undoState.busy = true;
  try {
    const op = kind === 'undo' ? 'undoChangeSet' : 'redoChangeSet';
    const data = await gql<Record<string, UndoResult>>(
      `mutation($id: ID!) { r: ${op}(id: $id) { ok applied conflicts { entityId field code message } } }`,
      { id: step.id },
    );
    undoState.supported = true;
    const r = data.r!;
    const why = r.conflicts.map((c) => c.message).join('；');
    if (!r.ok && r.applied === 0) {
      // Someone changed those rows since (or it was done already): the step stays where it is, the user sees why.
      return { ok: false, step, reason: 'conflict', message: why };
    }
    // Done, perhaps partly: fields others changed since were left alone and are reported.
    from.pop();
    to.push(step);
    for (const fn of listeners) fn();
    return r.ok ? { ok: true, step } : { ok: true, step, reason: 'conflict', message: why };
  } catch (e) {
    if (isMissingFeature(e)) {
      undoState.supported = false;
      return { ok: false, reason: 'unsupported' };
    }
    return { ok: false, step, reason: 'error', message: (e as Error).message };
  } finally {
    undoState.busy = false;
  }
}

export const undo = (): Promise<UndoOutcome> => run('undo');
export const redo = (): Promise<UndoOutcome> => run('redo');
