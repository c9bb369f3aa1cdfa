// Places as staff write them (杨和镇 王太村, 王太村, 王太, a code) resolved to a village code, with the township column
// narrowing a village name that exists in two townships.
import { regionByCode, regionPath, resolveRegionName, townshipCodeOf, type RegionDef } from '@doudi/shared';

export type PlaceResult =
  | { ok: true; code: string }
  | { ok: false; code: 'UNKNOWN_PLACE' | 'AMBIGUOUS_PLACE' | 'REQUIRED'; on: 'village' | 'township'; message: string };

const short = (s: string): string => {
  const t = s.trim();
  return [...t].length > 30 ? `${[...t].slice(0, 30).join('')}…` : t;
};

/**
 * `village`: the village (or a full path, or a code); `township`: the township column, if any. Only a 12-digit
 * village or community is a household's place.
 */
export function resolvePlace(village: string, township: string): PlaceResult {
  const v = village.trim();
  const t = township.trim();
  let townshipCode: string | null = null;
  if (t) {
    const tr = resolveRegionName(t);
    const def: RegionDef | undefined = tr.ok ? regionByCode(tr.code) : undefined;
    if (!def || def.level === 'COUNTY') {
      return { ok: false, code: 'UNKNOWN_PLACE', on: 'township', message: `乡镇“${short(t)}”不是永宁县的乡镇（街道）` };
    }
    townshipCode = townshipCodeOf(def.code);
    if (!v && def.level === 'VILLAGE') return { ok: true, code: def.code }; // the village written in the township column
  }
  if (!v) {
    return { ok: false, code: 'REQUIRED', on: 'village', message: t ? `所在村(社区)不能为空：请在“${short(t)}”后写明村（社区）` : '所在村(社区)不能为空' };
  }
  const r = resolveRegionName(v, townshipCode ?? undefined);
  if (!r.ok) {
    if (r.reason === 'AMBIGUOUS') {
      const list = r.candidates.map(regionPath).join('、');
      return { ok: false, code: 'AMBIGUOUS_PLACE', on: 'village', message: `村（社区）“${short(v)}”有多个同名（${list}），请在乡镇列写明所属乡镇` };
    }
    return { ok: false, code: 'UNKNOWN_PLACE', on: 'village', message: `村（社区）“${short(v)}”不是永宁县的村（社区）` };
  }
  const def = regionByCode(r.code)!;
  if (def.level !== 'VILLAGE') {
    return { ok: false, code: 'UNKNOWN_PLACE', on: 'village', message: `所在村(社区)应填写到村（社区），“${short(v)}”是${def.level === 'TOWNSHIP' ? '乡镇' : '县'}` };
  }
  if (townshipCode && townshipCodeOf(def.code) !== townshipCode) {
    return { ok: false, code: 'UNKNOWN_PLACE', on: 'village', message: `${regionPath(townshipCode)}没有“${short(v)}”（${regionPath(def.code)}）` };
  }
  return { ok: true, code: def.code };
}
