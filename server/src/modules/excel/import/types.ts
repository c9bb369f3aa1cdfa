import type { ImportColumn } from './header.js';

/** Codes beyond shared/src/errors.ts that only an import can meet. */
export type ImportCode =
  | 'ID_NUMBER_SCIENTIFIC' | 'UNKNOWN_PLACE' | 'AMBIGUOUS_PLACE' | 'DUPLICATE_IN_FILE' | 'MISSING_COLUMN'
  | 'NOT_A_SPREADSHEET' | 'TOO_LARGE'
  // a warning: the sheet's 家庭人口 differs from the members the household has after the import
  | 'MEMBER_COUNT_MISMATCH';

export interface ImportError {
  /** 1-based sheet row; the header row for MISSING_COLUMN; null for the whole file. */
  row: number | null;
  /** Column letter (A, B, …); null when no single column is at fault. */
  column: string | null;
  field: string | null;
  code: string;
  message: string;
}

export type ImportTarget = 'households' | 'assignments' | 'dibao-roll' | 'tekun-roll';
export type ImportPhase = 'parse' | 'validate' | 'commit';
export type Progress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportReport {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  /** Problems that do not stop a row (家庭人口 differing from the members imported): told, never silently fixed. */
  warnings: ImportError[];
  headerRow: number | null;
  sheet: string | null;
  columns: ImportColumn[];
  fields: { field: string; label: string; required: boolean }[];
  changeSet: string | null;
  importId: string | null;
  mode: 'dry-run' | 'commit';
  atomic: boolean;
  /** true when the commit wrote nothing because of an invalid row (atomic) or nothing was valid. */
  committed: boolean;
  timings: {
    parseMs: number; validateMs: number; commitMs: number;
    /** Households target: milliseconds per phase of the match and commit (the import benchmark prints them). */
    phasesMs?: Record<string, number>;
  };
  /** Roll imports: the ledger households (and their members) created (dry run: would be created) for rows not yet in it. */
  newHouseholds?: { households: number; members: number };
}

export interface ImportOptions {
  target: ImportTarget;
  mode: 'dry-run' | 'commit';
  atomic: boolean;
  /** Ledger for households when the sheet has no 监测类别 column. */
  category: string | null;
  mapping: Record<string, string | null> | null;
  headerRow: number | null;
}

/** A data row as read: the sheet's row number and its cells by column index (1-based → values[index - 1]). */
export interface DataRow {
  row: number;
  values: (string | number | Date | null)[];
}
