// Mutation answers carry personal data unmasked (for a user allowed to see it), while the grid shows it masked until
// the user reveals a row. A saved row keeps showing masked what was masked before.
import { maskValue, masksPartly, type FieldMeta } from '@doudi/shared';
import type { SheetRow } from './types';

export const isMasked = (v: unknown): boolean => typeof v === 'string' && v.includes('*');

/** Keeps masked, in a saved row, the personal fields (`pii` in the record's field table) the grid showed masked. */
export function keepMasked<R extends SheetRow>(table: readonly FieldMeta[]) {
  const fields = table.filter(masksPartly);
  return (incoming: R, current: R | undefined): R => {
    if (!current) return incoming;
    let out = incoming;
    for (const m of fields) {
      const v = incoming[m.name];
      if (isMasked(current[m.name]) && typeof v === 'string' && v && !isMasked(v)) {
        out = { ...out, [m.name]: maskValue(m, v) };
      }
    }
    return out;
  };
}
