// Unsaved work survives a reload or a re-login in the same tab: refused cells, conflicts, failed saves and new-row
// drafts are kept in sessionStorage (per tab, gone when it closes; cleared on logout) and painted again.
import { watch } from 'vue';
import type { CellStates } from './cell-states';
import type { Drafts } from './drafts';
import type { CellState } from './types';

const PREFIX = 'doudi.sheet.';

interface Saved {
  issues: { rowKey: string; field: string; state: CellState }[];
  drafts: { key: string; values: Record<string, unknown> }[];
}

export function persistSheet(key: string, states: CellStates, drafts: Drafts, message: string): void {
  const storageKey = PREFIX + key;
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (raw) {
      const saved = JSON.parse(raw) as Saved;
      for (const d of saved.drafts) {
        const draft = drafts.add();
        draft.values = d.values;
        for (const i of saved.issues) if (i.rowKey === d.key) i.rowKey = draft.key;
      }
      // A save that was in flight when the page went away may or may not have landed: offer it again.
      for (const i of saved.issues) states.set(i.rowKey, i.field, i.state.kind === 'saving' ? { ...i.state, kind: 'error', message } : i.state);
    }
  } catch {
    sessionStorage.removeItem(storageKey);
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch([states.rev, drafts.rev], () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const issues = [...states.all()].filter((i) => i.state.hasDraft || i.state.kind !== 'saving');
      const saved: Saved = { issues, drafts: drafts.list.map((d) => ({ key: d.key, values: d.values })) };
      try {
        if (issues.length || saved.drafts.length) sessionStorage.setItem(storageKey, JSON.stringify(saved));
        else sessionStorage.removeItem(storageKey);
      } catch {
        // storage full: the marks stay on screen
      }
    }, 200);
  });
}

export function clearPersistedSheets(): void {
  for (const k of Object.keys(sessionStorage)) if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
}
