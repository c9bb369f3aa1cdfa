// Ledger field metadata: one list drives server-side validation and the client's grid columns.
import type { EnumDef } from './labels.js';
import { fieldBuilder, filterableFieldNames, sortableFieldNames, type FieldMeta, type FieldOpts } from './field-meta.js';
import { enumFromLabel } from './labels.js';
import {
  DisabilityGradeDef, DisabilityTypeDef, GenderDef, HealthStatusDef, HouseholdCategoryDef, LaborAbilityDef,
  RelationDef, RiskStatusDef, RiskTypeDef, SchoolingDef,
} from './enums.js';
import type { ErrorCode, FieldError } from './errors.js';
import { isVillageCode, regionByCode, regionPath, resolveRegionName } from './regions.js';
import { localDateString, validateIdNumber } from './validators/id-number.js';
import { validatePhone } from './validators/phone.js';

export type { FieldMeta, FieldType, FieldOpts } from './field-meta.js';
export {
  fieldBuilder, metaOf, maxLengthOf, maxOf, piiFieldNames, sortableFieldNames, filterableFieldNames, formField,
} from './field-meta.js';
export * from './fields-monitoring.js';
export * from './fields-assistance.js';
export * from './fields-tasks.js';


const f = fieldBuilder({ sortable: true, filterable: true });
const readOnly: FieldOpts = { editable: false };

export const HOUSEHOLD_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('id', '编号', 'ID', 'string', { ...readOnly, width: 90,
    aliases: ['编号', '系统编号', 'ID'],
  }),
  f('code', '户编号', 'Household no.', 'string', { required: true, maxLength: 32, width: 140,
    aliases: ['户编号', '户码', '户号', '家庭编号', '户编码', '农户编号', 'household code', 'household number', 'code'],
  }),
  f('category', '监测类别', 'Category', 'enum', { enumDef: HouseholdCategoryDef, required: true, width: 140,
    aliases: ['监测类别', '类别', '户类别', '户类型', '监测对象类别', '对象类别', '监测对象类型', '人员类别', 'category'],
  }),
  f('regionCode', '所在村(社区)', 'Village (community)', 'regionCode', { required: true, width: 120,
    aliases: ['所在村(社区)', '所在村', '所在地', '所在村组', '乡镇村', '乡镇(村)', '所属乡镇村', '村(社区)名称', 'village', 'region', 'region code'],
  }),
  // Sorts by the region code (区划 order); filtered through regionCode.
  f('regionName', '村(社区)', 'Village name', 'string', { ...readOnly, filterable: false, width: 160,
    aliases: ['村(社区)', '村', '行政村', '所属村', '村名', '村(居)', '村居', '社区', '所属村(社区)', '村委会', 'village name'],
  }),
  f('address', '住址', 'Address', 'string', { maxLength: 200, width: 220,
    aliases: ['住址', '家庭住址', '详细地址', '地址', '现住址', '居住地址', 'address'],
  }),
  f('headName', '户主姓名', 'Head of household', 'string', { required: true, maxLength: 50, width: 100,
    aliases: ['户主姓名', '户主', '姓名', '户主名', '户主名称', 'head', 'head name', 'name'],
  }),
  f('headIdNumber', '户主身份证号', 'Head ID number', 'idNumber', { pii: true, width: 180,
    aliases: ['户主身份证号', '户主身份证号码', '身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '户主证件号码', 'id number', 'id no.'],
  }),
  f('phone', '联系电话', 'Phone', 'phone', { pii: true, width: 130,
    aliases: ['联系电话', '电话', '手机号', '手机号码', '联系方式', '手机', '电话号码', 'phone', 'mobile', 'telephone'],
  }),
  f('memberCount', '家庭人口', 'Members', 'integer', { ...readOnly, width: 90,
    aliases: ['家庭人口', '家庭人口数', '人口', '人口数', '户人口', '家庭成员数', '人数', 'members', 'household size'],
  }),
  f('incomePerCapita', '人均纯收入(元/年)', 'Net income per capita (CNY/yr)', 'number', {
    min: 0, max: 10_000_000, decimals: 2, width: 150,
    aliases: ['人均纯收入(元/年)', '人均纯收入', '人均收入', '家庭人均纯收入', '年人均纯收入', '人均纯收入(元)', '家庭年人均纯收入', '人均可支配收入', 'income per capita', 'income'],
  }),
  f('riskTypes', '风险类型', 'Risk types', 'enumList', { enumDef: RiskTypeDef, sortable: false, width: 200,
    aliases: ['风险类型', '致贫原因', '致贫返贫风险', '返贫致贫风险', '风险类别', '主要风险', '致贫返贫原因', '风险', 'risk types', 'risks'],
  }),
  f('riskStatus', '风险状态', 'Risk status', 'enum', { enumDef: RiskStatusDef, width: 110,
    aliases: ['风险状态', '风险消除情况', '是否消除风险', '风险是否消除', '状态', 'risk status', 'status'],
  }),
  f('helperName', '帮扶责任人', 'Assigned helper', 'string', { maxLength: 50, width: 110,
    aliases: ['帮扶责任人', '帮扶人', '帮扶干部', '帮扶联系人', '责任人', '结对帮扶人', 'helper', 'assigned helper'],
  }),
  f('remarks', '备注', 'Remarks', 'text', { maxLength: 1000, sortable: false, width: 240,
    aliases: ['备注', '说明', '备注说明', '其他', 'remarks', 'notes', 'note'],
  }),
  f('version', '版本', 'Version', 'integer', { ...readOnly, sortable: false, filterable: false, width: 70,
    aliases: ['版本', '版本号', 'version'],
  }),
  f('updatedAt', '更新时间', 'Updated at', 'datetime', { ...readOnly, width: 170,
    aliases: ['更新时间', '最后更新', '修改时间', '最后修改时间', 'updated at', 'updated'],
  }),
]);

/**
 * The household fields the `households` query sorts by (HouseholdOrderField) and filters on (HouseholdWhere): the
 * table's sortable / filterable fields, with the creation stamp before updatedAt — the API lists it, but no grid
 * column or sheet shows it, so it is not in the table.
 */
const HOUSEHOLD_CREATED_AT = f('createdAt', '创建时间', 'Created at', 'datetime', { ...readOnly });
export const HOUSEHOLD_LIST_FIELDS: readonly FieldMeta[] = Object.freeze(
  HOUSEHOLD_FIELDS.flatMap((m) => (m.name === 'updatedAt' ? [HOUSEHOLD_CREATED_AT, m] : [m])),
);
export const HOUSEHOLD_ORDER_FIELDS: readonly string[] = Object.freeze(sortableFieldNames(HOUSEHOLD_LIST_FIELDS));
export const HOUSEHOLD_FILTER_FIELDS: readonly string[] = Object.freeze(filterableFieldNames(HOUSEHOLD_LIST_FIELDS));

export const MEMBER_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { required: true, maxLength: 50, width: 100 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { required: true, pii: true, width: 180 }),
  f('gender', '性别', 'Gender', 'enum', { enumDef: GenderDef, ...readOnly, derived: true, width: 70 }),
  f('birthDate', '出生日期', 'Date of birth', 'date', { ...readOnly, derived: true, pii: true, width: 110 }),
  f('relation', '与户主关系', 'Relation to head', 'enum', { enumDef: RelationDef, required: true, width: 110 }),
  f('phone', '联系电话', 'Phone', 'phone', { pii: true, sortable: false, width: 130 }),
  // Health details are sensitive personal data like ID numbers and phones.
  f('health', '健康状况', 'Health', 'enum', { enumDef: HealthStatusDef, pii: true, width: 120 }),
  f('disabilityType', '残疾类型', 'Disability type', 'enum', { enumDef: DisabilityTypeDef, pii: true, width: 110 }),
  f('disabilityGrade', '残疾等级', 'Disability grade', 'enum', { enumDef: DisabilityGradeDef, pii: true, width: 100 }),
  f('laborAbility', '劳动能力', 'Labour ability', 'enum', { enumDef: LaborAbilityDef, width: 150 }),
  f('schooling', '在校生/文化程度', 'Schooling / education', 'enum', { enumDef: SchoolingDef, width: 140 }),
]);

export type FieldResult = { ok: true; value: unknown } | { ok: false; error: FieldError };

const ok = (value: unknown): FieldResult => ({ ok: true, value });
const err = (meta: FieldMeta, code: ErrorCode, message: string): FieldResult => ({
  ok: false,
  error: { field: meta.name, code, message },
});
// Echo what the user typed, but never a whole pasted paragraph.
export const shownInput = (v: unknown): string => {
  const s = typeof v === 'string' ? v.trim() : String(v);
  return [...s].length > 30 ? `${[...s].slice(0, 30).join('')}…` : s;
};
const shown = shownInput;
// What sheets put in a cell that has nothing to say (only for optional enums, and only when it is not a real value).
const EMPTY_MARKERS = new Set(['无', '/', '-', '—', '－', '／']);

function parseNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let s = v.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').replace(/元$/, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, ''); // only well-formed thousands groups
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseDate(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : localDateString(v);
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim();
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s) ??
    /^(\d{4})-(\d{2})-(\d{2})T/.exec(s);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function parseDateTime(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const t = Date.parse(s.replace(' ', 'T'));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function splitList(def: EnumDef<string>, s: string): string[] {
  // en labels contain spaces ("Unstable employment"), so whitespace only splits a piece that is not a label itself.
  return s
    .normalize('NFKC')
    .split(/[,、;]+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => (enumFromLabel(def, p) === undefined && /\s/.test(p) ? p.split(/\s+/) : [p]));
}

function validateEnumList(meta: FieldMeta, def: EnumDef<string>, value: unknown): FieldResult {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') items = splitList(def, value);
  else return err(meta, 'INVALID_VALUE', `${meta.label.zh}的值“${shown(value)}”无效`);
  if (items.length === 1 && typeof items[0] === 'string' && EMPTY_MARKERS.has(items[0].trim())) items = [];
  if (items.length === 0 && !Array.isArray(value)) {
    return meta.required ? err(meta, 'REQUIRED', `${meta.label.zh}不能为空`) : ok(null);
  }
  const found = new Set<string>();
  for (const item of items) {
    const code = typeof item === 'string' ? enumFromLabel(def, item) : undefined;
    if (code === undefined) return err(meta, 'INVALID_VALUE', `${meta.label.zh}的值“${shown(item)}”无效`);
    found.add(code);
  }
  if (found.size === 0 && meta.required) return err(meta, 'REQUIRED', `${meta.label.zh}不能为空`);
  // Stored in declaration order, so the same set always compares (and audits) equal.
  return ok(def.values.filter((v) => found.has(v)));
}

function validateRegionCode(meta: FieldMeta, s: string): FieldResult {
  const zh = meta.label.zh;
  if (/^\d+$/.test(s)) {
    return isVillageCode(s) ? ok(s) : err(meta, 'INVALID_VALUE', `${zh}“${s}”不是本县的村（社区）代码`);
  }
  // Names are accepted too, because the sheets people paste from carry names, not codes.
  const r = resolveRegionName(s);
  if (r.ok) {
    if (isVillageCode(r.code)) return ok(r.code);
    return err(meta, 'INVALID_VALUE', `${zh}应填写到村（社区），“${shown(s)}”是${regionByCode(r.code)?.name ?? '上级区划'}`);
  }
  if (r.reason === 'AMBIGUOUS') {
    const list = r.candidates.map(regionPath).join('、');
    return err(meta, 'INVALID_VALUE', `${zh}“${shown(s)}”有多个匹配（${list}），请写上乡镇名`);
  }
  return err(meta, 'INVALID_VALUE', `${zh}“${shown(s)}”不是本县的村（社区）`);
}

/** Normalises one value for one field; '' and null mean "no value". Messages are zh-CN and name the field. */
export function validateField(meta: FieldMeta, value: unknown, now: Date = new Date()): FieldResult {
  const zh = meta.label.zh;
  const v = typeof value === 'string' ? value.trim() : value;
  if (v === undefined || v === null || v === '') return meta.required ? err(meta, 'REQUIRED', `${zh}不能为空`) : ok(null);

  switch (meta.type) {
    case 'string':
    case 'text': {
      if (typeof v !== 'string' && typeof v !== 'number') return err(meta, 'INVALID_VALUE', `${zh}的值格式不正确`);
      const s = String(v);
      const len = [...s].length; // count characters, not UTF-16 units: rare name characters are surrogate pairs
      if (meta.maxLength !== undefined && len > meta.maxLength) {
        return err(meta, 'TOO_LONG', `${zh}不能超过${meta.maxLength}个字（当前${len}个）`);
      }
      return ok(s);
    }
    case 'number':
    case 'integer': {
      const n = parseNumber(v);
      if (n === null) return err(meta, 'INVALID_VALUE', `${zh}的值“${shown(v)}”不是有效数字`);
      if (meta.type === 'integer' && !Number.isInteger(n)) return err(meta, 'INVALID_VALUE', `${zh}必须是整数`);
      if (meta.decimals !== undefined) {
        const scaled = n * 10 ** meta.decimals;
        if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
          return err(meta, 'INVALID_VALUE', `${zh}最多保留${meta.decimals}位小数`);
        }
      }
      if ((meta.min !== undefined && n < meta.min) || (meta.max !== undefined && n > meta.max)) {
        const range = meta.max === undefined ? `不能小于${meta.min}` : meta.min === undefined ? `不能大于${meta.max}` : `应在${meta.min}到${meta.max}之间`;
        return err(meta, 'OUT_OF_RANGE', `${zh}${range}`);
      }
      return ok(n === 0 ? 0 : n); // no -0
    }
    case 'enum': {
      const def = meta.enumDef!;
      // Numbers too: Excel turns a grade typed as 1 into a number.
      const code = typeof v === 'string' || typeof v === 'number' ? enumFromLabel(def, String(v)) : undefined;
      if (code !== undefined) return ok(code);
      if (typeof v === 'string' && EMPTY_MARKERS.has(v.normalize('NFKC'))) {
        return meta.required ? err(meta, 'REQUIRED', `${zh}不能为空`) : ok(null);
      }
      return err(meta, 'INVALID_VALUE', `${zh}的值“${shown(v)}”无效`);
    }
    case 'enumList':
      return validateEnumList(meta, meta.enumDef!, v);
    case 'date': {
      const d = parseDate(v);
      return d ? ok(d) : err(meta, 'INVALID_VALUE', `${zh}“${shown(v)}”不是有效日期，应为YYYY-MM-DD`);
    }
    case 'datetime': {
      const d = parseDateTime(v);
      return d ? ok(d) : err(meta, 'INVALID_VALUE', `${zh}“${shown(v)}”不是有效的日期时间`);
    }
    case 'idNumber': {
      const r = validateIdNumber(v, now);
      return r.ok ? ok(r.value) : err(meta, 'INVALID_ID_NUMBER', r.message.replace(/^身份证号码/, zh));
    }
    case 'phone': {
      const r = validatePhone(v);
      return r.ok ? ok(r.value) : err(meta, 'INVALID_PHONE', r.message.replace(/^联系电话/, zh));
    }
    case 'regionCode': {
      if (typeof v !== 'string' && typeof v !== 'number') return err(meta, 'INVALID_VALUE', `${zh}的值格式不正确`);
      return validateRegionCode(meta, String(v).normalize('NFKC').trim());
    }
  }
}
