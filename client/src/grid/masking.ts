// Mutation answers carry personal data unmasked (for a user allowed to see it), while the grid shows it masked until
// the user reveals a row. A saved row keeps showing masked what was masked before.
import { maskIdNumber, maskPhone } from '@doudi/shared';
import type { SheetRow } from './types';

export const isMasked = (v: unknown): boolean => typeof v === 'string' && v.includes('*');

export function keepMasked<R extends SheetRow>(fields: Record<string, 'id' | 'phone'>) {
  return (incoming: R, current: R | undefined): R => {
    if (!current) return incoming;
    let out = incoming;
    for (const [f, kind] of Object.entries(fields)) {
      const v = incoming[f];
      if (isMasked(current[f]) && typeof v === 'string' && v && !isMasked(v)) {
        out = { ...out, [f]: kind === 'id' ? maskIdNumber(v) : maskPhone(v) };
      }
    }
    return out;
  };
}
