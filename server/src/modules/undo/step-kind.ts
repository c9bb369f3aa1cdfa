// Change sets written by an undo or a redo start with these (the user's own steps are plain uuids), so the audit trail
// can tell an undo from an edit without a column of its own.
export const UNDO_PREFIX = 'undo:';
export const REDO_PREFIX = 'redo:';

/** UNDO, REDO, or null for an ordinary change. */
export const stepKind = (changeSet: string | null | undefined): 'UNDO' | 'REDO' | null =>
  changeSet?.startsWith(UNDO_PREFIX) ? 'UNDO' : changeSet?.startsWith(REDO_PREFIX) ? 'REDO' : null;
