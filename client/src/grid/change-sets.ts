// Undo/redo of the user's own steps, through the server (built on its audit trail), so it checks versions and survives
// a reload. Each user step (one edit, a paste, a fill, a delete) gets a uuid sent as `x-doudi-change-set` with its
// mutations; undo/redo name that uuid (an undo is partial when applied > 0 but not ok).
import { reactive } from 'vue';
import { gql, uuidV4 } from '../api/client';
import { graphql } from '../api/graphql';
import type { MyChangeSetsQuery } from '../generated/gql/graphql';

/** The user's change sets, newest first. */
const MY_CHANGE_SETS = graphql(`query MyChangeSets($n: Int!) { myChangeSets(first: $n) { id at undone summary } }`);
const UNDO = graphql(`mutation UndoChangeSet($id: ID!) { r: undoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }`);
const REDO = graphql(`mutation RedoChangeSet($id: ID!) { r: redoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }`);

export interface Step {
  id: string;
  label: string;
}

export interface UndoOutcome {
  ok: boolean;
  step?: Step;
  /** why nothing happened: unsupported, empty, too many presses waiting, conflicts (with the server's messages) or an error */
  reason?: 'unsupported' | 'empty' | 'busy' | 'conflict' | 'error';
  message?: string;
}

const MAX = 200;
/** most undo/redo presses waiting for the one under way */
const MAX_WAITING = 20;

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

type ChangeSetInfo = MyChangeSetsQuery['myChangeSets'][number];

/** Undoes one change set by id (an import's), outside the user's undo stack. */
export const undoChangeSet = (id: string) => gql(UNDO, { id });

/**
 * Rebuilds both stacks from the server (after a reload, or a login). It runs in turn with undo and redo (an answer
 * read before an undo must not put the stacks back as they were), and a step the user took while it was asked for
 * stays on top.
 */
export function loadChangeSets(): Promise<void> {
  return inTurn(async () => {
    const before = new Set(undoState.undo.map((s) => s.id));
    try {
      const data = await gql(MY_CHANGE_SETS, { n: 50 });
      undoState.supported = true;
      const list = data.myChangeSets;
      const redo: Step[] = [];
      let i = 0;
      // The newest run of undone steps can still be redone; an undone step older than a live one is gone for good.
      for (; i < list.length && list[i]!.undone; i++) redo.push(toStep(list[i]!));
      const undo = list.slice(i).filter((c) => !c.undone).map(toStep).reverse();
      const known = new Set(list.map((c) => c.id));
      const taken = undoState.undo.filter((s) => !before.has(s.id) && !known.has(s.id));
      undoState.undo = [...undo, ...taken].slice(-MAX);
      undoState.redo = taken.length ? [] : redo;
    } catch {
      // not known yet: the next login or reload asks again
    }
  });
}

const toStep = (c: ChangeSetInfo): Step => ({ id: c.id, label: c.summary ?? '' });

async function run(kind: 'undo' | 'redo'): Promise<UndoOutcome> {
  if (undoState.supported === false) return { ok: false, reason: 'unsupported' };
  const from = kind === 'undo' ? undoState.undo : undoState.redo;
  const to = kind === 'undo' ? undoState.redo : undoState.undo;
  const step = from[from.length - 1];
  if (!step) return { ok: false, reason: 'empty' };
  undoState.busy = true;
  try {
    const data = await gql(kind === 'undo' ? UNDO : REDO, { id: step.id });
    undoState.supported = true;
    const r = data.r;
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
    return { ok: false, step, reason: 'error', message: (e as Error).message };
  } finally {
    undoState.busy = false;
  }
}

// Undo, redo and the stacks' reload run one after the other, in the order they were asked for: a Ctrl+Y pressed
// while its Ctrl+Z is still being answered (the grid may already show the undone values, they come live) redoes that
// step once the undo is done, instead of finding the redo stack still empty.
let turn: Promise<unknown> = Promise.resolve();
let waiting = 0;
function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  waiting++;
  const next = turn.then(fn).finally(() => waiting--);
  turn = next.catch(() => undefined);
  return next;
}

function queued(kind: 'undo' | 'redo'): Promise<UndoOutcome> {
  if (waiting >= MAX_WAITING) return Promise.resolve({ ok: false, reason: 'busy' });
  return inTurn(() => run(kind));
}

export const undo = (): Promise<UndoOutcome> => queued('undo');
export const redo = (): Promise<UndoOutcome> => queued('redo');
