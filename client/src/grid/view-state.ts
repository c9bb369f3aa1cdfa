// Column state (order, width, visibility, pinning, sort, filters) saved per user on the server, so it follows the
// user to another machine; localStorage when the server cannot be reached.
import { gql } from '../api/client';
import { graphql } from '../api/graphql';
import { VIEW_STATE } from './view-state-query';

const SAVE_VIEW_STATE = graphql(`mutation SaveViewState($k: String!, $s: String!) { saveViewState(key: $k, state: $s) }`);

const local = (user: string, key: string) => `doudi.view.${user}.${key}`;

export async function loadViewState<T>(user: string, key: string): Promise<T | null> {
  try {
    const data = await gql(VIEW_STATE, { k: key });
    if (data.viewState) return JSON.parse(data.viewState) as T;
  } catch {
    // fall through to the local copy
  }
  try {
    const s = localStorage.getItem(local(user, key));
    return s ? (JSON.parse(s) as T) : null;
  } catch {
    return null;
  }
}

export async function saveViewState(user: string, key: string, state: unknown): Promise<void> {
  const text = JSON.stringify(state);
  try {
    localStorage.setItem(local(user, key), text);
  } catch {
    // full or private: the server copy is what matters
  }
  try {
    await gql(SAVE_VIEW_STATE, { k: key, s: text });
  } catch {
    // kept locally; the next save tries the server again
  }
}

/** Calls fn at most once per `ms`, with the latest arguments. */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): ((...a: A) => void) & { flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: A | null = null;
  const run = () => {
    timer = null;
    if (last) fn(...last);
    last = null;
  };
  const d = (...a: A) => {
    last = a;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  d.flush = () => {
    if (timer) clearTimeout(timer);
    run();
  };
  /** Drops the pending call (its work was done another way). */
  d.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    last = null;
  };
  return d;
}
