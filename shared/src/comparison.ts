// 数据比对 (issue 17): other bureaus' lists (sources) matched by ID number against the ledgers, the rules that turn
// matches into 疑点 (findings), and their verification (核查). Pure: the server and the client read the same tables.
import { defineEnum, normalizeLookupKey, type Label } from './labels.js';
import { idCheckChar } from './validators/id-number.js';
import { HouseholdCategoryDef } from './enums.js';

// ---- ID numbers: one normalised 18-character form ----------------------------------------------------------------

export type NormalisedId = { ok: true; value: string; converted: boolean } | { ok: false; message: string };

/**
 * The 18-character form of an ID number as another agency's list writes it: full-width digits, spaces and a leading
 * apostrophe removed, a lower-case x upper-cased, and a 15-digit number of the first generation (GB 11643-1989:
 * 6-digit address, YYMMDD born 19YY, 3-digit sequence) converted by inserting "19" and computing the check character.
 * An 18-character number must carry the right check character: a mistyped one would match nobody, or the wrong person.
 */
export function normaliseIdNumber(raw: unknown): NormalisedId {
  if (typeof raw === 'number') return { ok: false, message: '身份证号被 Excel 转成了数字，末几位已丢失；请把该列设为“文本”后重新导出' };
  if (typeof raw !== 'string') return { ok: false, message: '身份证号不能为空' };
  const s = raw.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').replace(/^'/, '').toUpperCase();
  if (!s) return { ok: false, message: '身份证号不能为空' };
  if (/^\d{15}$/.test(s)) {
    const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
    if (!validDate(first17.slice(6, 14))) return { ok: false, message: `15位身份证号“${s}”中的出生日期无效` };
    return { ok: true, value: first17 + idCheckChar(first17), converted: true };
  }
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, message: `身份证号应为18位（或旧版15位），当前为“${s.length}”位或含非法字符` };
  if (!validDate(s.slice(6, 14))) return { ok: false, message: '身份证号中的出生日期无效' };
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, message: '身份证号校验位不正确' };
  return { ok: true, value: s, converted: false };
}

function validDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Names compared as people write them: NFKC, no spaces, the middle dot of minority names in one form. */
export function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').replace(/[·•‧∙]/g, '·');
  return n(a) === n(b);
}

// ---- source kinds: each with its fixed columns -------------------------------------------------------------------

/** Where a source column is stored: a few typed columns the rules read in SQL. */
export type ComparisonSlot = 'detail' | 'amount' | 'status' | 'grade' | 'eventDate' | 'category' | 'region';

export interface ComparisonColumn {
  field: string;
  zh: string;
  slot: ComparisonSlot | 'idNumber' | 'name';
  type: 'text' | 'number' | 'date' | 'status' | 'grade' | 'category';
  required: boolean;
  /** Other header spellings the agencies' sheets use. */
  aliases: string[];
}

export const ComparisonKind = {
  EMPLOYMENT: 'EMPLOYMENT', UNEMPLOYMENT_INSURANCE: 'UNEMPLOYMENT_INSURANCE', MEDICAL_AID: 'MEDICAL_AID', DISABILITY: 'DISABILITY',
  DEATH: 'DEATH', VEHICLE: 'VEHICLE', PROPERTY: 'PROPERTY', BUSINESS: 'BUSINESS', MONITORING_LIST: 'MONITORING_LIST',
} as const;
export type ComparisonKind = (typeof ComparisonKind)[keyof typeof ComparisonKind];
export const ComparisonKindDef = defineEnum<ComparisonKind>('ComparisonKind', {
  EMPLOYMENT: { zh: '人社 就业与工资', en: 'Employment and wages (HRSS)' },
  UNEMPLOYMENT_INSURANCE: { zh: '人社 失业保险', en: 'Unemployment insurance (HRSS)' },
  MEDICAL_AID: { zh: '医保 大病救助', en: 'Major-illness medical aid (Healthcare Security)' },
  DISABILITY: { zh: '残联 残疾人证', en: 'Disability certificates (Disabled Persons\' Federation)' },
  DEATH: { zh: '公安/卫健 死亡人员', en: 'Deaths (Public Security / Health)' },
  VEHICLE: { zh: '车管 机动车', en: 'Vehicles (vehicle registry)' },
  PROPERTY: { zh: '不动产 登记', en: 'Real property (property registry)' },
  BUSINESS: { zh: '市场监管 市场主体', en: 'Business registrations (Market Regulation)' },
  MONITORING_LIST: { zh: '防返贫监测 全国系统', en: 'National poverty-relapse monitoring list' },
});

/** The agency a kind usually comes from (the default of a load's agency). */
export const COMPARISON_AGENCY: Readonly<Record<ComparisonKind, string>> = {
  EMPLOYMENT: '人社局', UNEMPLOYMENT_INSURANCE: '人社局', MEDICAL_AID: '医保局', DISABILITY: '残联', DEATH: '公安局',
  VEHICLE: '公安局交警大队', PROPERTY: '自然资源局', BUSINESS: '市场监督管理局', MONITORING_LIST: '乡村振兴局',
};

const col = (field: string, zh: string, slot: ComparisonColumn['slot'], type: ComparisonColumn['type'], required: boolean, aliases: string[] = []): ComparisonColumn =>
  ({ field, zh, slot, type, required, aliases });
const ID_COLS = [
  col('idNumber', '身份证号', 'idNumber', 'text', true, ['身份证号码', '公民身份号码', '证件号码', '身份证', '证件号']),
  col('name', '姓名', 'name', 'text', true, ['人员姓名', '参保人姓名', '户主姓名', '当事人', '死者姓名', '所有人', '权利人', '经营者姓名', '法定代表人', '监测对象姓名']),
];

export const COMPARISON_COLUMNS: Readonly<Record<ComparisonKind, readonly ComparisonColumn[]>> = {
  EMPLOYMENT: [...ID_COLS, col('employer', '用人单位', 'detail', 'text', true, ['工作单位', '单位名称', '参保单位']),
    col('monthlyWage', '月工资（元）', 'amount', 'number', true, ['月工资', '工资', '缴费基数', '月缴费基数', '月收入'])],
  UNEMPLOYMENT_INSURANCE: [...ID_COLS, col('insuranceStatus', '参保状态', 'status', 'status', true, ['失业保险状态', '缴费状态', '参保情况'])],
  MEDICAL_AID: [...ID_COLS, col('aidStatus', '救助情况', 'status', 'status', false, ['大病救助', '救助类型', '救助状态']),
    col('aidDate', '救助日期', 'eventDate', 'date', false, ['结算日期', '救助时间'])],
  DISABILITY: [...ID_COLS, col('certificateType', '残疾类别', 'detail', 'text', true, ['残疾类型', '证件类型', '残疾人证类别']),
    col('disabilityGrade', '残疾等级', 'grade', 'grade', true, ['等级', '残疾级别'])],
  DEATH: [...ID_COLS, col('deathDate', '死亡日期', 'eventDate', 'date', true, ['死亡时间', '注销日期'])],
  VEHICLE: [...ID_COLS, col('plate', '号牌号码', 'detail', 'text', true, ['车牌号', '车牌号码', '号牌']),
    col('vehicleType', '车辆类型', 'status', 'text', false, ['车型', '车辆种类'])],
  PROPERTY: [...ID_COLS, col('propertyCount', '不动产数量', 'amount', 'number', true, ['房产数量', '套数', '不动产套数', '房屋套数'])],
  BUSINESS: [...ID_COLS, col('businessName', '市场主体名称', 'detail', 'text', true, ['企业名称', '个体工商户名称', '字号名称', '名称']),
    col('businessStatus', '登记状态', 'status', 'status', true, ['经营状态', '状态'])],
  MONITORING_LIST: [...ID_COLS, col('monitoringCategory', '监测对象类别', 'category', 'category', true, ['监测类别', '对象类别', '户类型']),
    col('regionName', '所在村', 'region', 'text', false, ['村', '行政村', '所在村（社区）', '村（社区）'])],
};

/** The column of a kind a sheet header names (zh label, alias or field key), or undefined. */
export function comparisonFieldForHeader(kind: ComparisonKind, header: string): ComparisonColumn | undefined {
  const k = normalizeLookupKey(header).replace(/[（(].*?[)）]$/, '');
  const full = normalizeLookupKey(header);
  return COMPARISON_COLUMNS[kind].find((c) => [c.field, c.zh, ...c.aliases].some((s) => {
    const n = normalizeLookupKey(s);
    return n === full || n === k || n.replace(/[（(].*?[)）]$/, '') === k;
  }));
}

/** Status words of the agencies' lists, read into ACTIVE (参保, 在业, 领取) or ENDED (停保, 注销). */
export function readStatus(text: string): 'ACTIVE' | 'ENDED' | null {
  const s = normalizeLookupKey(text);
  if (!s) return null;
  if (/(未|停|中断|终止|注销|吊销|撤销|歇业|清算|退保|否|无)/.test(s)) return 'ENDED';
  if (/(参保|在保|正常|缴费|领取|享受|存续|在业|开业|营业|是|有|已救助|救助)/.test(s)) return 'ACTIVE';
  return null;
}

/** 一级/1级/一/1/I → '1'; grades 1–4 only. */
export function readGrade(text: string): string | null {
  const s = normalizeLookupKey(text).replace(/^grade_?/, '').replace(/[级等]/g, '');
  const map: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', i: '1', ii: '2', iii: '3', iv: '4' };
  const v = map[s] ?? s;
  return /^[1-4]$/.test(v) ? v : null;
}

/** A monitoring-list category in the ledger's vocabulary (UNLIFTED, MONITORED, MARGINAL, SUDDEN). */
export function readCategory(text: string): string | null {
  const s = normalizeLookupKey(text);
  const direct = HouseholdCategoryDef.values.find((v) => normalizeLookupKey(v) === s || normalizeLookupKey(HouseholdCategoryDef.labels[v].zh) === s);
  if (direct) return direct;
  const alias = Object.entries(HouseholdCategoryDef.aliases ?? {}).find(([a]) => normalizeLookupKey(a) === s);
  if (alias) return alias[1];
  if (/脱贫不稳定|监测/.test(s)) return 'MONITORED';
  if (/边缘/.test(s)) return 'MARGINAL';
  if (/突发/.test(s)) return 'SUDDEN';
  if (/未脱贫|待脱贫/.test(s)) return 'UNLIFTED';
  return null;
}

// ---- rules, findings and their verification ----------------------------------------------------------------------

export const ComparisonRule = {
  DECEASED_IN_LEDGER: 'DECEASED_IN_LEDGER', DECEASED_ON_DIBAO: 'DECEASED_ON_DIBAO', DECEASED_ON_TEKUN: 'DECEASED_ON_TEKUN',
  DIBAO_WITH_VEHICLE: 'DIBAO_WITH_VEHICLE', DIBAO_WITH_BUSINESS: 'DIBAO_WITH_BUSINESS', DIBAO_MULTIPLE_PROPERTY: 'DIBAO_MULTIPLE_PROPERTY',
  DIBAO_WAGE_ABOVE_STANDARD: 'DIBAO_WAGE_ABOVE_STANDARD', SINGLE_PERSON_DISABILITY: 'SINGLE_PERSON_DISABILITY',
  SINGLE_PERSON_ILLNESS: 'SINGLE_PERSON_ILLNESS', MONITORING_MISSING: 'MONITORING_MISSING',
  MONITORING_CATEGORY_MISMATCH: 'MONITORING_CATEGORY_MISMATCH', MIGRANT_RELIEF_WITH_INSURANCE: 'MIGRANT_RELIEF_WITH_INSURANCE',
  NAME_MISMATCH: 'NAME_MISMATCH',
} as const;
export type ComparisonRule = (typeof ComparisonRule)[keyof typeof ComparisonRule];
export const ComparisonRuleDef = defineEnum<ComparisonRule>('ComparisonRule', {
  DECEASED_IN_LEDGER: { zh: '已死亡仍在台账', en: 'Deceased, still in a ledger household' },
  DECEASED_ON_DIBAO: { zh: '已死亡仍享受低保', en: 'Deceased, still on 低保' },
  DECEASED_ON_TEKUN: { zh: '已死亡仍在特困供养', en: 'Deceased, still supported as 特困' },
  DIBAO_WITH_VEHICLE: { zh: '低保户有机动车', en: '低保 household with a vehicle' },
  DIBAO_WITH_BUSINESS: { zh: '低保户有市场主体', en: '低保 household with a registered business' },
  DIBAO_MULTIPLE_PROPERTY: { zh: '低保户有多套不动产', en: '低保 household with more than one property' },
  DIBAO_WAGE_ABOVE_STANDARD: { zh: '低保成员工资高于低保标准', en: '低保 member employed above the 低保 standard' },
  SINGLE_PERSON_DISABILITY: { zh: '重度残疾未纳入单人保评估', en: 'Severe disability not yet considered for 单人保' },
  SINGLE_PERSON_ILLNESS: { zh: '大病救助对象未纳入单人保评估', en: 'Major-illness aid not yet considered for 单人保' },
  MONITORING_MISSING: { zh: '全国监测对象未在台账', en: 'On the national monitoring list, missing from Doudi' },
  MONITORING_CATEGORY_MISMATCH: { zh: '监测类别不一致', en: 'Monitoring category differs' },
  MIGRANT_RELIEF_WITH_INSURANCE: { zh: '农民工临时救助对象有失业保险', en: 'Migrant-worker relief paid to someone insured' },
  NAME_MISMATCH: { zh: '姓名不一致', en: 'Name differs' },
});

export interface ComparisonRuleInfo {
  rule: ComparisonRule;
  label: Label;
  /** The source kinds the rule reads. */
  kinds: readonly ComparisonKind[];
  /** What the rule finds and why it matters (zh-CN, shown to the township that verifies it). */
  description: string;
  /** The plan's measure it serves (1–12), when one. */
  measure: number | null;
}

export const FindingState = { OPEN: 'OPEN', CONFIRMED: 'CONFIRMED', REJECTED: 'REJECTED' } as const;
export type FindingState = (typeof FindingState)[keyof typeof FindingState];
export const FindingStateDef = defineEnum<FindingState>('FindingState', {
  OPEN: { zh: '待核查', en: 'Open' },
  CONFIRMED: { zh: '属实', en: 'Confirmed' },
  REJECTED: { zh: '不属实', en: 'Not confirmed' },
});

/** The change a confirmed finding led to: the link names a record of that kind. */
export const FindingAction = {
  NONE: 'NONE', DIBAO_ENDED: 'DIBAO_ENDED', TEKUN_ENDED: 'TEKUN_ENDED', LEDGER_EDIT: 'LEDGER_EDIT', APPLICATION: 'APPLICATION', OTHER: 'OTHER',
} as const;
export type FindingAction = (typeof FindingAction)[keyof typeof FindingAction];
export const FindingActionDef = defineEnum<FindingAction>('FindingAction', {
  NONE: { zh: '无需处理', en: 'None' },
  DIBAO_ENDED: { zh: '低保已按程序停保', en: '低保 case ended' },
  TEKUN_ENDED: { zh: '特困已按程序终止', en: '特困 support ended' },
  LEDGER_EDIT: { zh: '已修改台账', en: 'Ledger edited' },
  APPLICATION: { zh: '已受理申请', en: 'Application opened' },
  OTHER: { zh: '其他', en: 'Other' },
});

/** The verification's due date: `days` calendar days after the finding was raised (China date, YYYY-MM-DD). */
export function findingDueDate(raisedOn: string, days: number): string {
  const d = new Date(`${raisedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Open and past its due date on `today` (China date). */
export const isFindingOverdue = (state: string, dueDate: string, today: string): boolean => state === 'OPEN' && dueDate < today;

export const DEFAULT_FINDING_DUE_DAYS = 15;
