// What each import target can set, and why a column the sheet names cannot be imported. One list serves the
// header detection, the caller's mapping and the report, so that the mapping step, the dry run and the commit agree.
import { HOUSEHOLD_COLUMNS, columnsOf } from '../columns.js';
import { DIBAO_ROLL_COLUMNS, TEKUN_ROLL_COLUMNS } from '../roll-columns.js';
import type { ImportTarget } from './types.js';

export interface ImportField {
  field: string;
  label: string;
}

/**
 * Fields a household sheet can set, in the order the mapping dialog lists them: the importable columns of the
 * household catalogue (the editable fields of the shared table), the place names that stand for the village, and the
 * version that guards against overwriting. Identity first, as clerks check a row.
 */
export const HOUSEHOLD_IMPORT_FIELDS: ImportField[] = (() => {
  const extra = new Set(['townshipName', 'regionName', 'version']);
  const first = ['code', 'headName', 'headIdNumber', 'category', 'regionCode', 'townshipName', 'regionName'];
  const cols = HOUSEHOLD_COLUMNS.filter((c) => c.importable || extra.has(c.field));
  const rank = (f: string) => (first.includes(f) ? first.indexOf(f) : f === 'version' ? Infinity : first.length);
  return cols
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.field) - rank(b.c.field) || a.i - b.i)
    .map(({ c }) => ({ field: c.field, label: c.zh }));
})();

export const ASSIGNMENT_IMPORT_FIELDS: ImportField[] = [
  { field: 'measureNo', label: '措施序号' }, { field: 'unitName', label: '责任单位' }, { field: 'unitCode', label: '单位代码' },
  { field: 'status', label: '状态' }, { field: 'lastReportText', label: '进展情况' },
];

/** The roll imports (低保 / 特困 名册): every column of their catalogue. */
export const ROLL_IMPORT_FIELDS: Record<'dibao-roll' | 'tekun-roll', ImportField[]> = {
  'dibao-roll': DIBAO_ROLL_COLUMNS.map((c) => ({ field: c.field, label: c.zh })),
  'tekun-roll': TEKUN_ROLL_COLUMNS.map((c) => ({ field: c.field, label: c.zh })),
};

export const importFieldsOf = (target: ImportTarget): ImportField[] =>
  (target === 'assignments' ? ASSIGNMENT_IMPORT_FIELDS : target === 'households' ? HOUSEHOLD_IMPORT_FIELDS : ROLL_IMPORT_FIELDS[target]);

/** The column of a household sheet that is read only to check it against the members imported. */
export const MEMBER_COUNT_FIELD = 'memberCount';

const REASONS: Record<ImportTarget, Record<string, string>> = {
  households: {
    memberCount: '家庭人口由家庭成员自动计算，仅用于核对',
    updatedAt: '更新时间由系统记录，不导入',
    id: '系统编号由系统生成，不导入',
  },
  assignments: {
    measureTitle: '工作措施由措施序号确定，不导入',
    deadlineText: '完成时限由措施确定，不导入',
    unitKind: '单位类别由责任单位确定，不导入',
  },
  'dibao-roll': {},
  'tekun-roll': {},
};

/**
 * Why a field the sheet's header names is not imported for this target (a derived or read-only column of the
 * ledger or the board), or null when the field is importable.
 */
export function notImportableReason(target: ImportTarget, field: string): string | null {
  if (importFieldsOf(target).some((f) => f.field === field)) return null;
  const own = REASONS[target][field];
  if (own) return own;
  const col = columnsOf(target).find((c) => c.field === field);
  return col ? `“${col.zh}”由系统计算或只读，不导入` : null;
}
