// Masking personal data by a record's field table: every field marked `pii` is masked (ID numbers and phones keep
// their ends, everything else is withheld), so a field marked in the table is masked everywhere without more code.
import type { FieldMeta } from './field-meta.js';
import { maskIdNumber } from './validators/id-number.js';
import { maskPhone } from './validators/phone.js';

/** One personal value as a reader without pii:read sees it: 640121********123X, 138****5678, or null. */
export function maskValue(meta: FieldMeta, v: unknown): unknown {
  if (meta.type === 'idNumber') return typeof v === 'string' && v ? maskIdNumber(v) : v;
  if (meta.type === 'phone') return typeof v === 'string' && v ? maskPhone(v) : v;
  return null;
}

/** The row with every `pii` field of the table masked (fields the row lacks stay absent). */
export function maskRecord<T extends object>(table: readonly FieldMeta[], row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const m of table) if (m.pii && m.name in out) out[m.name] = maskValue(m, out[m.name]);
  return out as T;
}

/** Whether a field's masked form keeps part of the value (ID numbers, phones) rather than withholding it. */
export const masksPartly = (meta: FieldMeta): boolean => meta.pii === true && (meta.type === 'idNumber' || meta.type === 'phone');
