// The monthly check grid's columns: field metadata in the shared format (so the shared validator checks each cell and
// the shared grid layer edits, pastes and fills them), labelled as the township's monthly sheet is.
import type { ColDef } from 'ag-grid-community';
import { HouseholdCategoryDef, HousingGradeDef, MonthlyCheckStateDef, RiskTypeDef, checkJudgeable, defineEnum, type FieldMeta, type FieldType } from '@doudi/shared';
import { fieldColumn } from '../../grid/field-columns';
import { figLabel } from '../../i18n';
import type { SheetColumn } from '../../grid/types';
import type { CheckRow } from './check-api';
import { ml } from './labels';

export const YesNoDef = defineEnum('YesNo', { YES: { zh: '是', en: 'Yes' }, NO: { zh: '否', en: 'No' } }, {
  Y: 'YES', N: 'NO', 有: 'YES', 无: 'NO', '√': 'YES', '×': 'NO', 达标: 'YES', 不达标: 'NO', 安全: 'YES', 不安全: 'NO', true: 'YES', false: 'NO',
});
export { HousingGradeDef, MonthlyCheckStateDef as CheckStateDef };

type Opts = Partial<Omit<FieldMeta, 'name' | 'label' | 'type'>>;
const f = (name: string, zh: string, en: string, type: FieldType, o: Opts = {}): FieldMeta =>
  Object.freeze({ name, label: { zh, en }, type, editable: true, required: false, sortable: false, filterable: false, ...o });
const ro: Opts = { editable: false };
const money: Opts = { min: 0, max: 10_000_000, decimals: 2, width: 110 };

export const CHECK_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('headName', '户主', 'Head', 'string', { ...ro, width: 80 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 130 }),
  f('category', '类别', 'Category', 'enum', { ...ro, enumDef: HouseholdCategoryDef, width: 120 }),
  f('state', '本月状态', 'Status', 'enum', { ...ro, enumDef: MonthlyCheckStateDef, width: 86 }),
  f('visitDate', '走访日期', 'Visit date', 'date', { width: 104 }),
  f('visitor', '走访人(帮扶责任人)', 'Visitor', 'string', { maxLength: 50, width: 110 }),
  f('incomeWages', '工资性收入', 'Wages', 'number', money),
  f('incomeBusiness', '经营性收入', 'Business income', 'number', money),
  f('incomeProperty', '财产性收入', 'Property income', 'number', money),
  f('incomeTransfer', '转移性收入', 'Transfers', 'number', money),
  f('incomeTotal', '人均纯收入(合计)', 'Income per capita (total)', 'number', { ...ro, decimals: 2, width: 120 }),
  f('spendingMedical', '医疗刚性支出', 'Medical spending', 'number', money),
  f('spendingSchooling', '教育刚性支出', 'Schooling spending', 'number', money),
  f('foodOk', '不愁吃', 'Food secure', 'enum', { enumDef: YesNoDef, width: 70 }),
  f('clothingOk', '不愁穿', 'Clothing secure', 'enum', { enumDef: YesNoDef, width: 70 }),
  f('schoolingOk', '义务教育有保障', 'Schooling assured', 'enum', { enumDef: YesNoDef, width: 86 }),
  f('medicalInsuranceOk', '基本医疗保险有保障', 'Medical insurance', 'enum', { enumDef: YesNoDef, width: 86 }),
  f('housingGrade', '住房安全等级', 'Housing grade', 'enum', { enumDef: HousingGradeDef, width: 110 }),
  f('waterOk', '饮水安全有保障', 'Safe water', 'enum', { enumDef: YesNoDef, width: 76 }),
  f('riskFound', '是否发现风险', 'Risk found', 'enum', { enumDef: YesNoDef, width: 76 }),
  f('riskTypes', '风险类型', 'Risk types', 'enumList', { enumDef: RiskTypeDef, width: 150 }),
  f('measures', '帮扶措施', 'Measures taken', 'text', { maxLength: 2000, width: 180 }),
  f('remarks', '备注', 'Remarks', 'text', { maxLength: 2000, width: 160 }),
]);

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
