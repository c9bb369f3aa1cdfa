// Geography of the demo households: the address codes their ID numbers carry (永宁 itself, 固原, the rest of Ningxia),
// the share of households per township and village, and the village table built from REGIONS.
import { REGIONS } from '@doudi/shared';
import { cumulative, hash32 } from './demo-random.js';
import { HAN_SURNAMES, HUI_SURNAMES } from './names.js';

// ─── address codes ───────────────────────────────────────────────────────────────────────────────────────────────

// Index 0 is the county itself; then 固原 (闽宁镇's resettled families), then the rest of Ningxia.
export const PREFIXES = [
  '640121',
  '640402', '640422', '640423', '640424', '640425', // 原州区 西吉县 隆德县 泾源县 彭阳县
  '640104', '640105', '640106', '640122', '640181', '640302', '640381', '640324', '640521', '640502', '640221',
  '640522',
  // Above 2,000,000 households (one "epoch" of LANES blocks) every person of epoch e ≥ 1 is registered under one more
  // Ningxia county that no earlier epoch uses (demo-ids.ts): 大武口区 惠农区 红寺堡区 盐池县.
  '640202', '640205', '640303', '640323',
] as const;
/** PREFIXES index of the first epoch code (epoch 1). */
export const EPOCH_FIRST = 18;
export const NATIVE = 0;
export const GUYUAN_FIRST = 1;
export const GUYUAN_END = 6;
/** Cumulative weights over PREFIXES indices 1..5 (西吉 sent the most people to 闽宁). */
export const GUYUAN_CUM = cumulative([18, 35, 15, 17, 15]);
/** Other Ningxia origins, PREFIXES indices 6..17. */
export const NINGXIA_CUM = cumulative([20, 10, 8, 15, 12, 8, 10, 8, 4, 2, 3, 2]);

// ─── regions ─────────────────────────────────────────────────────────────────────────────────────────────────────

// Share of households per township (by code); rural towns and the resettlement town carry most of the caseload.
const TOWNSHIP_WEIGHT: Record<string, number> = {
  '640121001': 0.05, // 团结西路街道 (county seat)
  '640121100': 0.16, // 杨和镇
  '640121101': 0.15, // 李俊镇
  '640121102': 0.14, // 望远镇
  '640121103': 0.13, // 望洪镇
  '640121104': 0.22, // 闽宁镇
  '640121200': 0.11, // 胜利乡
  '640121400': 0.02, // 黄羊滩农场
  '640121401': 0.02, // 玉泉营农场
};
const TOWNSHIP_HUI: Record<string, number> = {
  '640121001': 0.15, '640121100': 0.22, '640121101': 0.12, '640121102': 0.12, '640121103': 0.15,
  '640121104': 0.7, '640121200': 0.15, '640121400': 0.1, '640121401': 0.1,
};
const MINNING = '640121104';
const URBAN = '640121001';
/** Villages known for a Hui majority (name → share of Hui households), and their clan surname if any. */
const HUI_VILLAGES: Record<string, readonly [number, string | null]> = {
  纳家户村: [0.95, '纳'],
  原隆村: [0.85, null],
};
/** Relative size within the township (the big resettlement villages). */
const VILLAGE_WEIGHT: Record<string, number> = { 原隆村: 2, 福宁村: 1.3 };

// Where a village's families come from (decides the address codes of their ID numbers).
export const P_NATIVE = 0, P_URBAN = 1, P_MINNING = 2, P_YUANLONG = 3;

export interface Village {
  code: string;
  township: string;
  addr: string;
  community: boolean;
  teamWord: string;
  teams: number;
  hui: number;
  profile: number;
  /** 1024-entry surname samplers (index into SURNAMES). */
  huiSur: Uint16Array;
  hanSur: Uint16Array;
}

function surnameSampler(
  list: readonly (readonly [string, number])[],
  index: Map<string, number>,
  boost: string | null,
  boostShare: number,
): Uint16Array {
  const out = new Uint16Array(1024);
  let total = 0;
  for (const [, w] of list) total += w;
  const entries: [number, number][] = list.map(([s, w]) => [index.get(s)!, w / total]);
  if (boost !== null && index.has(boost)) {
    for (const e of entries) e[1] *= 1 - boostShare;
    const b = entries.find((e) => e[0] === index.get(boost));
    if (b) b[1] += boostShare;
    else entries.push([index.get(boost)!, boostShare]);
  }
  let acc = 0;
  let k = 0;
  for (let j = 0; j < 1024; j++) {
    const x = (j + 0.5) / 1024;
    while (k < entries.length - 1 && acc + entries[k]![1] < x) acc += entries[k++]![1];
    out[j] = entries[k]![0];
  }
  return out;
}

function addressName(name: string): string {
  // Official long forms ('王太村委会', '宁和社区居委会') read oddly in an address.
  if (name.endsWith('村委会')) return name.slice(0, -2);
  if (name.endsWith('村民委员会')) return name.slice(0, -4);
  if (name.endsWith('居委会')) return name.slice(0, -3);
  if (name.endsWith('居民委员会')) return name.slice(0, -5);
  return name;
}

/**
 * The village-level regions of REGIONS with their sampling data, and a 4096-entry sampler that picks a village with
 * its township's share of households. surIndex maps a surname to its index in the surname list.
 */
export function buildVillages(
  surIndex: Map<string, number>,
  hanSet: Set<string>,
): { villages: Village[]; villagePick: Uint16Array } {
  const townshipNames = new Map<string, string>();
  for (const r of REGIONS) if (r.level === 'TOWNSHIP') townshipNames.set(r.code, r.name);

  const villages: Village[] = [];
  const weights: number[] = [];
  const byTownship = new Map<string, number>();
  for (const r of REGIONS) {
    if (r.level !== 'VILLAGE') continue;
    const township = r.parentCode && r.parentCode.length === 9 ? r.parentCode : r.code.slice(0, 9);
    byTownship.set(township, (byTownship.get(township) ?? 0) + 1);
  }
  for (const r of REGIONS) {
    if (r.level !== 'VILLAGE') continue;
    const township = r.parentCode && r.parentCode.length === 9 ? r.parentCode : r.code.slice(0, 9);
    const name = addressName(r.name);
    const suffix = Number(r.code.slice(9, 12));
    const community = suffix < 200; // 统计用区划代码: 001–199 居委会, 200–399 村委会
    const special = HUI_VILLAGES[name];
    const hui = special ? special[0] : (TOWNSHIP_HUI[township] ?? 0.15);
    const profile =
      township === MINNING ? (name === '原隆村' ? P_YUANLONG : P_MINNING)
        : township === URBAN ? P_URBAN : P_NATIVE;
    // Villages named after a founding clan (王太村, 侯寨村, 许桥村, 陈俊村 …) keep many families of that name.
    const clan = name.endsWith('村') && hanSet.has(name[0]!) ? name[0]! : null;
    let teams = 4 + (hash32(suffix * 7919 + Number(township.slice(6))) % 9);
    if (profile === P_YUANLONG) teams = 16;
    villages.push({
      code: r.code,
      township,
      addr: (townshipNames.get(township) ?? '') + name,
      community,
      teamWord: community ? '' : hash32(suffix + 17 * Number(township.slice(6))) % 3 === 0 ? '组' : '队',
      teams,
      hui,
      profile,
      huiSur: surnameSampler(HUI_SURNAMES, surIndex, special?.[1] ?? null, 0.45),
      hanSur: surnameSampler(HAN_SURNAMES, surIndex, clan, 0.15),
    });
    weights.push((community && township !== URBAN ? 0.35 : 1) * (VILLAGE_WEIGHT[name] ?? 1));
  }
  if (villages.length === 0) throw new Error('demo generator: REGIONS has no village-level regions');
  // Normalise each township's villages to the township's share.
  const townshipTotal = new Map<string, number>();
  villages.forEach((v, k) => townshipTotal.set(v.township, (townshipTotal.get(v.township) ?? 0) + weights[k]!));
  const norm = villages.map((v, k) => {
    const tw = TOWNSHIP_WEIGHT[v.township] ?? 0.03;
    return (weights[k]! / townshipTotal.get(v.township)!) * tw;
  });
  const villageCum = cumulative(norm);
  const villagePick = new Uint16Array(4096);
  for (let j = 0, k = 0; j < 4096; j++) {
    const x = (j + 0.5) / 4096;
    while (k < villages.length - 1 && villageCum[k]! < x) k++;
    villagePick[j] = k;
  }
  return { villages, villagePick };
}
