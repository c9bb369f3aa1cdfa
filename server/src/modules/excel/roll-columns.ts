// The columns of the existing-roll imports (低保 and 特困 名册, one row per person): headers, spellings and value forms
// from the shared field tables DIBAO_ROLL_FIELDS / TEKUN_ROLL_FIELDS. Import only (and the template).
import { DIBAO_ROLL_FIELDS, TEKUN_ROLL_FIELDS, type FieldMeta } from '@doudi/shared';
import type { ColumnKind, ExcelColumn } from './columns.js';

export type RollTarget = 'dibao-roll' | 'tekun-roll';

const KIND: Record<string, ColumnKind> = { string: 'text', idNumber: 'idNumber', enum: 'enum', number: 'number', date: 'date' };
const EXAMPLES: Record<string, string | number> = {
  householdCode: '640121100200-0001', headIdNumber: '640121197003120016', name: '马文学', idNumber: '640121197003120016', kind: '整户保',
  monthlyAmount: 580, startDate: '2020-03-01', supportMode: '分散供养', careProviderOrg: '杨和镇敬老院', regionCode: '杨和镇王太村',
};

function rollColumn(m: FieldMeta): ExcelColumn<unknown> {
  const kind = KIND[m.type] ?? 'text';
  return {
    field: m.name, zh: m.label.zh, en: m.label.en, kind, enumDef: kind === 'enum' ? m.enumDef : undefined, aliases: [...(m.aliases ?? [])],
    width: kind === 'idNumber' ? 21 : 14, numFmt: kind === 'idNumber' || m.name === 'householdCode' ? '@' : kind === 'date' ? 'yyyy-mm-dd' : undefined,
    pii: m.pii, importable: true, required: m.required, visibleByDefault: true, example: EXAMPLES[m.name] ?? null, value: () => null,
  };
}

export const DIBAO_ROLL_COLUMNS: readonly ExcelColumn<unknown>[] = Object.freeze(DIBAO_ROLL_FIELDS.map(rollColumn));
export const TEKUN_ROLL_COLUMNS: readonly ExcelColumn<unknown>[] = Object.freeze(TEKUN_ROLL_FIELDS.map(rollColumn));
