// The contract between the generic spreadsheet layer and a feature (households, members, later grids).
import type { ColDef } from 'ag-grid-community';
import type { FieldError, FieldMeta } from '@doudi/shared';

/** Every record a sheet edits has an id and an optimistic-lock version. */
export interface SheetRow {
  id: string;
  version: number;
  [field: string]: unknown;
}

export interface SheetColumn<R extends SheetRow = SheetRow> {
  colId: string;
  /** Validated with the shared validateField; editable only when meta.editable. */
  meta?: FieldMeta;
  header: () => string;
  /** Text for the clipboard and the editors: must parse back through validateField. */
  text: (value: unknown, row: R | undefined) => string;
  /** Text shown in the cell (defaults to `text`). */
  display?: (value: unknown, row: R | undefined) => string;
  colDef?: ColDef<R>;
}

/** One row outcome of a bulk mutation, as every Doudi bulk mutation answers. */
export interface RowResult<R> {
  index: number;
  id: string | null;
  ok: boolean;
  row: R | null;
  errors: FieldError[];
  conflict: R | null;
}

export interface RowPatch {
  id: string;
  version: number;
  patch: Record<string, unknown>;
}

export interface SaveRequest {
  updates: RowPatch[];
  /** New rows: validated values keyed by column id (the adapter shapes them into its create input). */
  creates: Record<string, unknown>[];
}

export interface SaveResponse<R> {
  updates: RowResult<R>[];
  creates: RowResult<R>[];
}

export interface SheetAdapter<R extends SheetRow> {
  /** Sends one user step as one request; `changeSet` goes in the x-doudi-change-set header. */
  save(req: SaveRequest, changeSet: string): Promise<SaveResponse<R>>;
  /** Columns a new row must have before it can be created (besides what `createDefaults` fills). */
  requiredForCreate?: string[];
  /** Values every new row starts with (e.g. the ledger's category). */
  createDefaults?: () => Record<string, unknown>;
  /** Maps an error field of a create result (e.g. `members.0.idNumber`) to a column id. */
  createErrorColumn?: (field: string) => string;
}

export type CellIssueKind = 'saving' | 'invalid' | 'error' | 'conflict';

export interface CellState {
  kind: CellIssueKind;
  /** What the cell shows instead of the saved value: the user's own value (raw text when invalid). */
  draft: unknown;
  hasDraft: boolean;
  message?: string;
  /** conflict: the other person's value, already in the row */
  theirs?: unknown;
}
