// The small part of a live grid that is in the page's chunk: it loads the live layer (grid/live.ts and the feature's
// subscription) once the first rows are painted, and passes on restarts and the stop.
import type { LiveGrid } from './live';

export function deferredLive(load: () => Promise<LiveGrid>) {
  let grid: LiveGrid | null = null;
  let started = false;
  let gone = false;
  return {
    /** Loads and subscribes (once). */
    start() {
      if (started || gone) return;
      started = true;
      void load()
        .then((g) => {
          if (gone) g.stop();
          else grid = g;
        })
        .catch(() => undefined); // no live updates: the grid works as before (reload, conflicts)
    },
    /** The filter changed: subscribe again from the last cursor. */
    restart: () => grid?.restart(),
    stop() {
      gone = true;
      grid?.stop();
      grid = null;
    },
  };
}
