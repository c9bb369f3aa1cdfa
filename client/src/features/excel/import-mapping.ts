// The column mapping a user adjusted, remembered per user and ledger with the grid's view-state API under
// `import-mapping:<target>:<category>`. Kept by header text (normalised), not by column position, so it applies to
// next year's sheet even when its columns moved; the header row override is kept too.
import { loadViewState, saveViewState } from '../../grid/view-state';
import { session } from '../auth/session';
import type { ImportColumn } from './excel-http';

export interface RememberedMapping {
  /** normalised header → field (null: the user chose not to import that column) */
  byHeader: Record<string, string | null>;
  headerRow?: number | null;
}

export const mappingKey = (target: string, category: string | null | undefined): string => `import-mapping:${target}:${category || '-'}`;

/** Header text as staff vary it: spaces, full-width brackets and line breaks do not matter. */
export const normHeader = (h: string): string =>
  h
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

const user = () => session.user?.username ?? 'anonymous';

export async function loadMapping(key: string): Promise<RememberedMapping | null> {
  const m = await loadViewState<RememberedMapping>(user(), key);
  return m && typeof m === 'object' && m.byHeader ? m : null;
}

/**
 * What to remember after a run: only the columns where the user's choice differs from what the server detected
 * (so improvements of the automatic mapping still reach them), merged over what was remembered before.
 */
export function mergeMapping(
  before: RememberedMapping | null,
  columns: ImportColumn[],
  chosen: Record<number, string | null>,
  headerRow: number | null,
): RememberedMapping {
  const byHeader: Record<string, string | null> = { ...(before?.byHeader ?? {}) };
  for (const c of columns) {
    const h = normHeader(c.header ?? '');
    if (!h) continue;
    const mine = chosen[c.index] ?? null;
    const detected = c.auto ? c.field : null;
    if (mine !== detected) byHeader[h] = mine;
    else delete byHeader[h];
  }
  return { byHeader, headerRow: headerRow ?? before?.headerRow ?? null };
}

export async function saveMapping(key: string, m: RememberedMapping): Promise<void> {
  await saveViewState(user(), key, m);
}

/** The remembered choice for a column, if any (undefined: nothing remembered for that header). */
export function rememberedFor(m: RememberedMapping | null, header: string): string | null | undefined {
  if (!m) return undefined;
  const h = normHeader(header ?? '');
  return h && Object.prototype.hasOwnProperty.call(m.byHeader, h) ? m.byHeader[h] : undefined;
}
