// The monthly check's (台账月度记录) field table, labelled as the township's monthly sheet is: the grid, the Excel
// columns and the server's checks (validateMonthlyCheck) read their labels and limits here.
import { defineEnum } from './labels.js';
import { HouseholdCategoryDef, RiskTypeDef } from './enums.js';
import { HousingGradeDef, MonthlyCheckStateDef } from './monitoring-enums.js';
import { fieldBuilder, type FieldMeta, type FieldOpts } from './field-meta.js';

/** 是 / 否 for a yes-or-no question in a grid cell or a form (the API takes a boolean). */
export const YesNoDef = defineEnum('YesNo', { YES: { zh: '是', en: 'Yes' }, NO: { zh: '否', en: 'No' } }, {
  Y: 'YES', N: 'NO', 有: 'YES', 无: 'NO', '√': 'YES', '×': 'NO', 达标: 'YES', 不达标: 'NO', 安全: 'YES', 不安全: 'NO', true: 'YES', false: 'NO',
});

/** The largest amount (元) a monthly check's income or spending cell accepts. */
export const MONTHLY_CHECK_MAX_AMOUNT = 10_000_000;

const f = fieldBuilder({});
const ro: FieldOpts = { editable: false };
const money = (aliases: string[]): FieldOpts => ({ min: 0, max: MONTHLY_CHECK_MAX_AMOUNT, decimals: 2, width: 110, aliases });

export const MONTHLY_CHECK_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130, aliases: ['户码', '户号'] }),
  f('headName', '户主', 'Head', 'string', { ...ro, width: 80, aliases: ['户主姓名', '姓名'] }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 130, aliases: ['村', '行政村', '所属村'] }),
  f('category', '类别', 'Category', 'enum', { ...ro, enumDef: HouseholdCategoryDef, width: 120, aliases: ['监测类别', '户类别'] }),
  f('state', '本月状态', 'Status', 'enum', { ...ro, enumDef: MonthlyCheckStateDef, width: 86 }),
  f('visitDate', '走访日期', 'Visit date', 'date', { width: 104, aliases: ['走访时间', '入户日期'] }),
  f('visitor', '走访人(帮扶责任人)', 'Visitor', 'string', { maxLength: 50, width: 110, aliases: ['走访人', '帮扶责任人'] }),
  f('incomeWages', '工资性收入', 'Wages', 'number', money(['工资收入', '务工收入'])),
  f('incomeBusiness', '经营性收入', 'Business income', 'number', money(['经营收入', '生产经营性收入'])),
  f('incomeProperty', '财产性收入', 'Property income', 'number', money(['财产收入'])),
  f('incomeTransfer', '转移性收入', 'Transfers', 'number', money(['转移收入'])),
  f('incomeTotal', '人均纯收入(合计)', 'Income per capita (total)', 'number', { ...ro, decimals: 2, width: 120, aliases: ['人均纯收入', '合计'] }),
  f('spendingMedical', '医疗刚性支出', 'Medical spending', 'number', money(['医疗支出'])),
  f('spendingSchooling', '教育刚性支出', 'Schooling spending', 'number', money(['教育支出'])),
  f('foodOk', '不愁吃', 'Food secure', 'enum', { enumDef: YesNoDef, width: 70 }),
  f('clothingOk', '不愁穿', 'Clothing secure', 'enum', { enumDef: YesNoDef, width: 70 }),
  f('schoolingOk', '义务教育有保障', 'Schooling assured', 'enum', { enumDef: YesNoDef, width: 86, aliases: ['义务教育'] }),
  f('medicalInsuranceOk', '基本医疗保险有保障', 'Medical insurance', 'enum', { enumDef: YesNoDef, width: 86, aliases: ['基本医疗', '医疗保障'] }),
  f('housingGrade', '住房安全等级', 'Housing grade', 'enum', { enumDef: HousingGradeDef, width: 110, aliases: ['住房安全', '住房等级'] }),
  f('waterOk', '饮水安全有保障', 'Safe water', 'enum', { enumDef: YesNoDef, width: 76, aliases: ['饮水安全'] }),
  f('riskFound', '是否发现风险', 'Risk found', 'enum', { enumDef: YesNoDef, width: 76, aliases: ['发现风险'] }),
  f('riskTypes', '风险类型', 'Risk types', 'enumList', { enumDef: RiskTypeDef, width: 150, aliases: ['致贫原因'] }),
  f('measures', '帮扶措施', 'Measures taken', 'text', { maxLength: 2000, width: 180, aliases: ['帮扶措施落实情况'] }),
  f('remarks', '备注', 'Remarks', 'text', { maxLength: 2000, width: 160 }),
]);
