import { COUNTY_CODE, regionByCode } from '@doudi/shared';
import { appError } from '../../common/errors.js';

/**
 * Presence ledger keys (issue 18): which grid a user has open.
 *  - `households:<regionCode>` — the household ledgers (台账) of a region (6-digit county, 9-digit township or
 *    12-digit village);
 *  - `monthly:<YYYY-MM>:<regionCode>` — one month's check grid (本月走访) of a region;
 *  - `members:<householdId>` — the members sheet of one household.
 * Users of one kind (and month) share one bucket; each entry carries the region its user opened, and a subscriber
 * sees the entries whose region overlaps its own (a township clerk and a county user who opened the whole county see
 * each other), and a row being edited only when the row lies inside the region the subscriber opened.
 */
export interface LedgerKey {
  /** As given (normalised): what the client sends back with setPresenceEditing. */
  key: string;
  /** The shared bucket: `households`, `monthly:<month>`, `members:<householdId>`. */
  bucket: string;
  kind: 'households' | 'monthly' | 'members';
  /** The region opened (households, monthly); null for members (the household's region is checked instead). */
  regionCode: string | null;
  householdId: string | null;
}

export const MAX_LEDGER_KEY_CHARS = 64;

function region(code: string): string {
  if (!/^\d{6}(\d{3}){0,2}$/.test(code) || (code !== COUNTY_CODE && !regionByCode(code))) {
    throw appError('BAD_USER_INPUT', `台账标识中的区划代码无效：${code.slice(0, 16)}`, { field: 'ledger' });
  }
  return code;
}

/** Parses and bounds a ledger key; a key of no known form is BAD_USER_INPUT (field `ledger`). */
export function parseLedgerKey(raw: string): LedgerKey {
  const key = String(raw ?? '').trim();
  if (!key || key.length > MAX_LEDGER_KEY_CHARS) {
    throw appError('TOO_LONG', `台账标识最长 ${MAX_LEDGER_KEY_CHARS} 个字符`, { field: 'ledger' });
  }
  let m = /^households:(\d+)$/.exec(key);
  if (m) return { key, bucket: 'households', kind: 'households', regionCode: region(m[1]), householdId: null };
  m = /^monthly:(\d{4}-(?:0[1-9]|1[0-2])):(\d+)$/.exec(key);
  if (m) return { key, bucket: `monthly:${m[1]}`, kind: 'monthly', regionCode: region(m[2]), householdId: null };
  m = /^members:([1-9]\d{0,15})$/.exec(key);
  if (m) return { key, bucket: `members:${m[1]}`, kind: 'members', regionCode: null, householdId: m[1] };
  throw appError('BAD_USER_INPUT', '台账标识无效：应为 households:<区划代码>、monthly:<YYYY-MM>:<区划代码> 或 members:<户ID>', { field: 'ledger' });
}

/** A client's id for one open grid (one browser tab): letters, digits, - and _, 8 to 64 characters. */
export function checkClientId(clientId: string): string {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(String(clientId ?? ''))) {
    throw appError('BAD_USER_INPUT', 'clientId 应为 8–64 个字母、数字、- 或 _', { field: 'clientId' });
  }
  return clientId;
}

/** A row id: a positive integer id of the ledger's rows (households, or members), or null (not editing). */
export function checkRowId(rowId: string | null | undefined): string | null {
  if (rowId === null || rowId === undefined || rowId === '') return null;
  if (!/^[1-9]\d{0,15}$/.test(String(rowId))) throw appError('BAD_USER_INPUT', '行标识无效', { field: 'rowId' });
  return String(rowId);
}

/** Whether two region prefixes overlap (one contains the other); null (members) always overlaps. */
export const overlaps = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);
