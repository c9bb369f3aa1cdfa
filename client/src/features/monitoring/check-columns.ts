// The monthly check grid's columns, built from the monthly check's field table in @doudi/shared (so the shared
// validator checks each cell and the shared grid layer edits, pastes and fills them).
import type { ColDef } from 'ag-grid-community';
import { HousingGradeDef, MONTHLY_CHECK_FIELDS, MonthlyCheckStateDef, YesNoDef, checkJudgeable, type FieldMeta } from '@doudi/shared';
import { fieldColumn } from '../../grid/field-columns';
import { figLabel } from '../../i18n';
import type { SheetColumn } from '../../grid/types';
import type { CheckRow } from './check-api';
import { ml } from './labels';

// The fields, labels and limits are the monthly check's table in @doudi/shared (the server checks the same ones).
export { YesNoDef, HousingGradeDef, MonthlyCheckStateDef as CheckStateDef };
export const CHECK_FIELDS: readonly FieldMeta[] = MONTHLY_CHECK_FIELDS;

export const EDITABLE_CHECK_FIELDS = CHECK_FIELDS.filter((m) => m.editable);

const PINNED = new Set(['householdCode', 'headName']);

/** The grid's columns; a locked row's cells are read-only (it changes only through a correction). */
export function checkColumns(canWrite: () => boolean): SheetColumn<CheckRow>[] {
  return CHECK_FIELDS.map((meta) => {
    const extra: Partial<ColDef<CheckRow>> = { pinned: PINNED.has(meta.name) ? 'left' : undefined };
    if (meta.editable) extra.editable = (p) => canWrite() && p.data?.state !== 'LOCKED' && !p.node.rowPinned;
    if (meta.name === 'state') {
      extra.cellClass = (p) => (!p.data?.state ? 'mc-none' : p.data.state === 'LOCKED' ? 'mc-locked' : p.data.state === 'SUBMITTED' ? 'mc-submitted' : 'mc-draft');
    }
    const col = fieldColumn<CheckRow>(meta, extra, false);
    if (meta.name === 'state') col.display = (v) => (v ? col.text(v, undefined) : figLabel('notVisited'));
    if (meta.name === 'incomeTotal') {
      // a started check is judged for risk only once complete (the server's rule): say so until then
      const shown = col.display ?? col.text;
      col.display = (v, row) => {
        const s = shown(v, row);
        const started = !!row?.checkId && (v != null || !!row.visitDate);
        return started && !checkJudgeable(row!).ok ? `${s}${ml('incomplete')}` : s;
      };
    }
    if (meta.name === 'headName') {
      col.display = (v, row) => (row?.atRisk ? `⚠ ${String(v ?? '')}` : String(v ?? ''));
    }
    return col;
  });
}

export const checkRowLabel = (r: CheckRow): string => `${r.householdCode} ${r.headName}`;
