// The responsible units (责任单位) the county's plans name, and how a plan's wording expands into them.
import { TOWNSHIP_DATA } from './regions-data.js';
import type { UnitKind } from './task-enums.js';

export interface ResponsibleUnitDef {
  /** Bureaus: a short letter code (the code reporters' accounts carry); townships and the sub-district: the 9-digit
   *  统计用区划代码 (the township user's own unit code). */
  code: string;
  name: string;
  kind: UnitKind;
  /** Other spellings found in documents (县民政局, 团结西路街道, …). */
  aliases?: readonly string[];
}

/** The plans' shorthand for "every township of the county". */
export const ALL_TOWNSHIPS = '各乡镇';
/** "Every township and the sub-district" (乡镇(街道)), as some plans write it. */
export const ALL_TOWNSHIPS_AND_SUBDISTRICTS = '各乡镇(街道)';

const BUREAUS: readonly ResponsibleUnitDef[] = [
  { code: 'MZJ', name: '民政局', kind: 'BUREAU', aliases: ['县民政局', '永宁县民政局'] },
  { code: 'CZJ', name: '财政局', kind: 'BUREAU', aliases: ['县财政局'] },
  { code: 'RSJ', name: '人社局', kind: 'BUREAU', aliases: ['县人社局', '人力资源和社会保障局'] },
  { code: 'WJJ', name: '卫健局', kind: 'BUREAU', aliases: ['县卫健局', '卫生健康局'] },
  { code: 'FL', name: '妇联', kind: 'BUREAU', aliases: ['县妇联', '妇女联合会'] },
  { code: 'FPB', name: '扶贫办', kind: 'BUREAU', aliases: ['县扶贫办', '扶贫开发办公室'] },
];

/**
 * Every unit a plan of 永宁县 can name, in board order: bureaus, townships (镇 and 乡), the sub-district, the farms.
 * The sub-district and the farms are not townships: "各乡镇" never includes them (the plan names 团结西路街道办事处
 * separately wherever it means it).
 */
export const RESPONSIBLE_UNITS: readonly ResponsibleUnitDef[] = Object.freeze([
  ...BUREAUS,
  ...TOWNSHIP_DATA.filter((t) => t.kind === 'TOWN' || t.kind === 'TOWNSHIP')
    .map((t): ResponsibleUnitDef => ({ code: t.code, name: t.name, kind: 'TOWNSHIP' })),
  ...TOWNSHIP_DATA.filter((t) => t.kind === 'SUBDISTRICT')
    .map((t): ResponsibleUnitDef => ({ code: t.code, name: `${t.name}办事处`, kind: 'SUBDISTRICT', aliases: [t.name, `${t.name}办`] })),
  ...TOWNSHIP_DATA.filter((t) => t.kind === 'FARM').map((t): ResponsibleUnitDef => ({ code: t.code, name: t.name, kind: 'OTHER' })),
]);

export function responsibleUnitByCode(code: string, units: readonly ResponsibleUnitDef[] = RESPONSIBLE_UNITS): ResponsibleUnitDef | undefined {
  return units.find((u) => u.code === code);
}

const normalise = (s: string): string => s.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');

/** The unit a written name means (its name or an alias, full-width or not), if any. */
export function resolveUnitName(name: string, units: readonly ResponsibleUnitDef[] = RESPONSIBLE_UNITS): ResponsibleUnitDef | undefined {
  const n = normalise(name);
  const strip = n.replace(/^永宁县/, '');
  return units.find((u) => [u.name, ...(u.aliases ?? [])].some((a) => normalise(a) === n || normalise(a) === strip));
}

export interface UnitExpansion {
  /** The units meant, in the order written, each once. */
  units: ResponsibleUnitDef[];
  /** Names that mean no known unit. */
  unknown: string[];
}

/** Expands a measure's responsible units as written ("各乡镇", "团结西路街道办事处", "民政局" …) into units. */
export function expandUnitNames(names: readonly string[], units: readonly ResponsibleUnitDef[] = RESPONSIBLE_UNITS): UnitExpansion {
  const out: ResponsibleUnitDef[] = [];
  const unknown: string[] = [];
  const add = (u: ResponsibleUnitDef) => {
    if (!out.some((o) => o.code === u.code)) out.push(u);
  };
  for (const raw of names) {
    const n = normalise(raw);
    if (!n) continue;
    if (n === ALL_TOWNSHIPS || n === '各乡(镇)' || n === '各镇乡') {
      units.filter((u) => u.kind === 'TOWNSHIP').forEach(add);
    } else if (n === normalise(ALL_TOWNSHIPS_AND_SUBDISTRICTS)) {
      units.filter((u) => u.kind === 'TOWNSHIP' || u.kind === 'SUBDISTRICT').forEach(add);
    } else {
      const u = resolveUnitName(raw, units);
      if (u) add(u);
      else unknown.push(raw);
    }
  }
  return { units: out, unknown };
}

/** Like expandUnitNames, but an unknown name is an error. */
export function expandUnits(names: readonly string[], units: readonly ResponsibleUnitDef[] = RESPONSIBLE_UNITS): ResponsibleUnitDef[] {
  const res = expandUnitNames(names, units);
  if (res.unknown.length) throw new Error(`unknown responsible unit(s): ${res.unknown.join(', ')}`);
  return res.units;
}
