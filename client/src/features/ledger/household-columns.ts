// The ledger's columns, from the shared household field metadata (labels, types, editability, widths).
import { HOUSEHOLD_FIELDS, type FieldMeta } from '@doudi/shared';
import { fieldColumn } from '../../grid/field-columns';
import { can, session } from '../auth/session';
import type { SheetColumn } from '../../grid/types';
import type { Household } from './household-api';

// Order as clerks read their sheets: who, where, how to reach, the numbers, then the bookkeeping.
const ORDER = [
  'code', 'headName', 'regionCode', 'headIdNumber', 'phone', 'memberCount', 'incomePerCapita', 'riskTypes', 'riskStatus',
  'helperName', 'address', 'remarks', 'updatedAt', 'category', 'townshipName', 'regionName', 'id', 'version',
];
const HIDDEN = new Set(['category', 'townshipName', 'regionName', 'id', 'version']);
const PINNED = new Set(['code', 'headName']);

// townshipName is on the API's Household but not an input field: a read-only column of its own.
const TOWNSHIP_META: FieldMeta = Object.freeze({
  name: 'townshipName',
  label: { zh: '乡镇(街道)', en: 'Township' },
  type: 'string',
  editable: false,
  required: false,
  sortable: false,
  filterable: false,
  width: 110,
});

export function householdColumns(): SheetColumn<Household>[] {
  const metas = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
  metas.set('townshipName', TOWNSHIP_META);
  // A field added to the shared table shows up after the ordered ones without touching this file.
  const names = [...ORDER, ...HOUSEHOLD_FIELDS.map((m) => m.name).filter((n) => !ORDER.includes(n))];
  return names.filter((n) => metas.has(n)).map((name) =>
    fieldColumn<Household>(metas.get(name)!, {
      hide: HIDDEN.has(name),
      pinned: PINNED.has(name) ? 'left' : undefined,
      // The API refuses to sort by ID number or phone for a user who may not see them (the order would leak them).
      ...(metas.get(name)!.pii && session.mode === 'auth' && !can('pii:read') ? { sortable: false } : {}),
      // The API filters ids by exact ids only (IdFilter): the grid's text filter would send 'contains'.
      ...(name === 'id' ? { filter: false } : {}),
      // The region column shows 乡镇 村 names, wider than the code it holds.
      ...(name === 'regionCode' ? { width: 170 } : {}),
    }),
  );
}

export const householdRowLabel = (h: Household): string => `${h.code} ${h.headName}`;
