// The county's regions: a code prefix is the natural scope (6 digits county, 9 township, 12 village/community).
import { COUNTY_NAME, TOWNSHIP_DATA } from './regions-data.js';

export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type RegionKind = 'COUNTY' | 'SUBDISTRICT' | 'TOWN' | 'TOWNSHIP' | 'FARM' | 'VILLAGE' | 'COMMUNITY';

export interface RegionDef {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  kind: RegionKind;
}

export const COUNTY_CODE = '640121';

export const REGIONS: readonly RegionDef[] = Object.freeze([
  { code: COUNTY_CODE, name: COUNTY_NAME, level: 'COUNTY', parentCode: null, kind: 'COUNTY' } as RegionDef,
  ...TOWNSHIP_DATA.flatMap((t): RegionDef[] => [
    { code: t.code, name: t.name, level: 'TOWNSHIP', parentCode: COUNTY_CODE, kind: t.kind },
    ...t.units.map(([suffix, name]): RegionDef => ({
      code: t.code + suffix,
      name,
      level: 'VILLAGE',
      parentCode: t.code,
      // Per the coding rules, 001–199 are residents' committees (社区), 200–399 villagers' committees (村).
      kind: suffix.startsWith('0') || suffix.startsWith('1') ? 'COMMUNITY' : 'VILLAGE',
    })),
  ]),
]);

const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const byParent = new Map<string, RegionDef[]>();
for (const r of REGIONS) {
  if (r.parentCode === null) continue;
  const list = byParent.get(r.parentCode) ?? [];
  list.push(r);
  byParent.set(r.parentCode, list);
}

export const TOWNSHIPS: readonly RegionDef[] = REGIONS.filter((r) => r.level === 'TOWNSHIP');
export const VILLAGES: readonly RegionDef[] = REGIONS.filter((r) => r.level === 'VILLAGE');

export function regionByCode(code: string): RegionDef | undefined {
  return byCode.get(String(code).trim());
}

/** The 9-digit township prefix of a township or village code; null for anything shorter or not numeric. */
export function townshipCodeOf(code: string): string | null {
  const c = String(code).trim();
  return /^\d{9}/.test(c) ? c.slice(0, 9) : null;
}

export function childrenOf(parentCode: string): readonly RegionDef[] {
  return byParent.get(parentCode) ?? [];
}

/** A known 12-digit village or community code: the only level a household can be registered at. */
export function isVillageCode(code: string): boolean {
  return byCode.get(code)?.level === 'VILLAGE';
}

/** '杨和镇 王太村' for a village, '杨和镇' for a township, '永宁县' for the county; unknown codes come back as given. */
export function regionPath(code: string): string {
  const r = byCode.get(code);
  if (!r) return code;
  if (r.level !== 'VILLAGE') return r.name;
  const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
  return parent ? `${parent.name} ${r.name}` : r.name;
}

// Generic suffixes people leave off: 杨和 for 杨和镇, 王太 for 王太村, 黄羊滩 for 黄羊滩农场.
const NAME_SUFFIXES = ['街道', '生活区', '社区', '农场', '镇', '乡', '村'];

export function regionShortName(name: string): string {
  for (const s of NAME_SUFFIXES) {
    // Keep at least two characters so a short name never degenerates into a single, ambiguous character.
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return name;
}

// Official long forms (from 统计用区划代码 or letterheads) folded into the names used here.
const LONG_FORMS: readonly [RegExp, string][] = [
  [/(村民委员会|村委会)$/, '村'],
  [/(社区居民委员会|社区居委会|居民委员会|居委会)$/, '社区'],
  [/(街道办事处|街道办)$/, '街道'],
];
const OUTER_PREFIXES = ['宁夏回族自治区', '宁夏', '银川市', '银川'];

export type RegionResolution =
  | { ok: true; code: string }
  | { ok: false; reason: 'UNKNOWN' | 'AMBIGUOUS'; candidates: string[] };

/** Builds a name resolver over a region list (exported so the matching rules can be tested on any list). */
export function createRegionResolver(regions: readonly RegionDef[]) {
  const codes = new Map(regions.map((r) => [r.code, r]));
  const townships = regions.filter((r) => r.level === 'TOWNSHIP');
  const county = regions.find((r) => r.level === 'COUNTY');
  const fullIdx = new Map<string, RegionDef[]>();
  const shortIdx = new Map<string, RegionDef[]>();
  const push = (idx: Map<string, RegionDef[]>, k: string, r: RegionDef) => idx.set(k, [...(idx.get(k) ?? []), r]);
  for (const r of regions) {
    if (r.level === 'COUNTY') continue;
    push(fullIdx, r.name, r);
    const short = regionShortName(r.name);
    if (short !== r.name) push(shortIdx, short, r);
  }

  // Full names win over suffix-less ones: 杨和村 is the village even though 杨和 alone means the town.
  const find = (name: string, parent?: string): RegionDef[] => {
    const inScope = (r: RegionDef) => parent === undefined || r.parentCode === parent;
    const full = (fullIdx.get(name) ?? []).filter(inScope);
    return full.length ? full : (shortIdx.get(name) ?? []).filter(inScope);
  };

  const normalise = (text: string): string => {
    let s = text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');
    for (const [re, to] of LONG_FORMS) s = s.replace(re, to);
    for (const p of OUTER_PREFIXES) if (s.startsWith(p) && s.length > p.length) s = s.slice(p.length);
    return s;
  };

  const townshipOfHint = (hint: string | undefined): string | null => {
    if (!hint) return null;
    const h = normalise(hint);
    if (/^\d{9,12}$/.test(h)) return townshipCodeOf(h);
    const hits = find(h).filter((r) => r.level === 'TOWNSHIP');
    return hits.length === 1 ? hits[0]!.code : null;
  };

  return function resolve(text: string, townshipHint?: string): RegionResolution {
    const unknown: RegionResolution = { ok: false, reason: 'UNKNOWN', candidates: [] };
    if (typeof text !== 'string') return unknown;
    let s = normalise(text);
    if (!s) return unknown;
    if (/^\d+$/.test(s)) return codes.has(s) ? { ok: true, code: s } : unknown;
    if (county && (s === county.name || s === regionShortName(county.name))) return { ok: true, code: county.code };
    if (county && s.startsWith(county.name)) s = s.slice(county.name.length);

    let candidates = find(s);
    if (candidates.length === 0) {
      // '杨和镇王太村', '杨和王太': a township name (full or short) followed by one of its own villages.
      for (const t of townships) {
        for (const prefix of new Set([t.name, regionShortName(t.name)])) {
          if (s.length > prefix.length && s.startsWith(prefix)) candidates.push(...find(s.slice(prefix.length), t.code));
        }
      }
      candidates = [...new Set(candidates)];
    }

    const hint = townshipOfHint(townshipHint);
    if (hint) {
      // The hint only narrows; a name that exists solely elsewhere still resolves (scope is checked by the caller).
      const scoped = candidates.filter((r) => townshipCodeOf(r.code) === hint);
      if (scoped.length) candidates = scoped;
    }

    if (candidates.length === 1) return { ok: true, code: candidates[0]!.code };
    if (candidates.length === 0) return unknown;
    // 李俊 matches 李俊镇, 李俊村 and 李俊社区: a township and only places inside it means the township.
    const towns = candidates.filter((r) => r.level === 'TOWNSHIP');
    if (towns.length === 1 && candidates.every((r) => r === towns[0] || r.parentCode === towns[0]!.code)) {
      return { ok: true, code: towns[0]!.code };
    }
    return { ok: false, reason: 'AMBIGUOUS', candidates: candidates.map((r) => r.code) };
  };
}

const defaultResolver = createRegionResolver(REGIONS);

/**
 * A region code from what people type: '杨和镇', '王太村', '杨和镇王太村', '杨和镇 王太村', '杨和 王太', a bare code,
 * or the official '王太村委会'. AMBIGUOUS lists the candidate codes (show them with regionPath).
 */
export function resolveRegionName(text: string, townshipHint?: string): RegionResolution {
  return defaultResolver(text, townshipHint);
}
