import { describe, it, expect } from 'vitest';
import {
  COUNTY_CODE, REGIONS, TOWNSHIPS, VILLAGES, childrenOf, createRegionResolver, isVillageCode, regionByCode,
  regionPath, regionShortName, resolveRegionName, townshipCodeOf, type RegionDef,
} from './regions.js';

describe('REGIONS', () => {
  it('has the county and exactly its nine townships', () => {
    expect(regionByCode(COUNTY_CODE)).toMatchObject({ name: '永宁县', level: 'COUNTY', parentCode: null, kind: 'COUNTY' });
    expect(TOWNSHIPS.map((t) => [t.code, t.name, t.kind])).toEqual([
      ['640121001', '团结西路街道', 'SUBDISTRICT'],
      ['640121100', '杨和镇', 'TOWN'],
      ['640121101', '李俊镇', 'TOWN'],
      ['640121102', '望远镇', 'TOWN'],
      ['640121103', '望洪镇', 'TOWN'],
      ['640121104', '闽宁镇', 'TOWN'],
      ['640121200', '胜利乡', 'TOWNSHIP'],
      ['640121400', '黄羊滩农场', 'FARM'],
      ['640121401', '玉泉营农场', 'FARM'],
    ]);
    for (const t of TOWNSHIPS) expect(t.parentCode).toBe(COUNTY_CODE);
  });

  it('keeps every village code the ledgers cite exactly', () => {
    const exact: [string, string][] = [
      ['640121100200', '王太村'], ['640121101200', '西邵村'], ['640121103200', '南方村'],
      ['640121104200', '福宁村'], ['640121104205', '原隆村'], ['640121200200', '胜利村'],
    ];
    for (const [code, name] of exact) expect(regionByCode(code)?.name).toBe(name);
    const named: [string, string][] = [
      ['640121100', '纳家户村'], ['640121100', '观桥村'], ['640121101', '金塔村'], ['640121101', '雷台村'],
      ['640121103', '增岗村'], ['640121104', '木兰村'], ['640121200', '八渠村'],
    ];
    for (const [parent, name] of named) expect(childrenOf(parent).map((r) => r.name)).toContain(name);
  });

  it('gives every village a 12-digit code under its township, unique codes and names unique per township', () => {
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(REGIONS.length);
    for (const v of VILLAGES) {
      expect(v.code).toMatch(/^\d{12}$/);
      expect(v.code.slice(0, 9)).toBe(v.parentCode);
      expect(v.level).toBe('VILLAGE');
      const suffix = v.code.slice(9);
      expect(v.kind).toBe(suffix < '200' ? 'COMMUNITY' : 'VILLAGE');
    }
    for (const t of TOWNSHIPS) {
      const names = childrenOf(t.code).map((r) => r.name);
      expect(names.length, t.name).toBeGreaterThanOrEqual(4);
      expect(new Set(names).size, t.name).toBe(names.length);
    }
    expect(VILLAGES.length).toBeGreaterThan(60);
  });
});

describe('helpers', () => {
  it('townshipCodeOf takes the first nine digits', () => {
    expect(townshipCodeOf('640121100200')).toBe('640121100');
    expect(townshipCodeOf('640121100')).toBe('640121100');
    expect(townshipCodeOf('640121')).toBeNull();
    expect(townshipCodeOf('abc121100200')).toBeNull();
  });
  it('childrenOf, isVillageCode, regionShortName', () => {
    expect(childrenOf(COUNTY_CODE)).toHaveLength(9);
    expect(childrenOf('640121104').map((r) => r.name)).toEqual(['福宁村', '木兰村', '武河村', '园艺村', '玉海村', '原隆村']);
    expect(childrenOf('999')).toEqual([]);
    expect(isVillageCode('640121104205')).toBe(true);
    expect(isVillageCode('640121104')).toBe(false);
    expect(isVillageCode('640121104299')).toBe(false);
    expect(regionShortName('纳家户村')).toBe('纳家户');
    expect(regionShortName('团结西路街道')).toBe('团结西路');
    expect(regionShortName('黄羊滩农场')).toBe('黄羊滩');
  });
  it('regionPath reads township then village', () => {
    expect(regionPath('640121100200')).toBe('杨和镇 王太村');
    expect(regionPath('640121100')).toBe('杨和镇');
    expect(regionPath(COUNTY_CODE)).toBe('永宁县');
    expect(regionPath('123')).toBe('123');
  });
});

describe('resolveRegionName', () => {
  const okCode = (text: string, hint?: string) => {
    const r = resolveRegionName(text, hint);
    return r.ok ? r.code : r;
  };

  it('resolves exact names, codes and township + village in every spacing', () => {
    expect(okCode('杨和镇')).toBe('640121100');
    expect(okCode('王太村')).toBe('640121100200');
    expect(okCode('杨和镇王太村')).toBe('640121100200');
    expect(okCode('杨和镇 王太村')).toBe('640121100200');
    expect(okCode('  杨和镇\u3000王太村 ')).toBe('640121100200');
    expect(okCode('640121100200')).toBe('640121100200');
    expect(okCode(' 640121104 ')).toBe('640121104');
    expect(okCode('640121')).toBe('640121');
    expect(okCode('永宁县')).toBe('640121');
  });

  it('resolves names without their suffix where that is unambiguous', () => {
    expect(okCode('杨和')).toBe('640121100');
    expect(okCode('王太')).toBe('640121100200');
    expect(okCode('杨和 王太')).toBe('640121100200');
    expect(okCode('闽宁原隆')).toBe('640121104205');
    expect(okCode('纳家户')).toBe('640121100206');
    expect(okCode('团结西路')).toBe('640121001');
  });

  it('prefers the full name: 杨和村 is the village, 杨和 the town that contains it', () => {
    expect(okCode('杨和村')).toBe('640121100203');
    expect(okCode('李俊')).toBe('640121101');
    expect(okCode('李俊村')).toBe('640121101203');
    expect(okCode('李俊社区')).toBe('640121101001');
    expect(okCode('胜利')).toBe('640121200');
  });

  it('accepts official long forms and address prefixes', () => {
    expect(okCode('王太村委会')).toBe('640121100200');
    expect(okCode('李俊镇李俊社区居民委员会')).toBe('640121101001');
    expect(okCode('宁夏回族自治区银川市永宁县闽宁镇原隆村')).toBe('640121104205');
    expect(okCode('永宁县杨和镇')).toBe('640121100');
  });

  it('reports a name shared by two townships as ambiguous, and the township hint settles it', () => {
    const r = resolveRegionName('一分场');
    expect(r).toEqual({ ok: false, reason: 'AMBIGUOUS', candidates: ['640121400200', '640121401200'] });
    expect(okCode('一分场', '玉泉营农场')).toBe('640121401200');
    expect(okCode('一分场', '640121400')).toBe('640121400200');
    expect(okCode('一分场', '黄羊滩')).toBe('640121400200');
    expect(okCode('玉泉营农场一分场')).toBe('640121401200');
  });

  it('lets a hint narrow but not hide a name that exists only elsewhere', () => {
    expect(okCode('王太村', '李俊镇')).toBe('640121100200');
  });

  it('reports unknown names and codes', () => {
    expect(resolveRegionName('北京市')).toEqual({ ok: false, reason: 'UNKNOWN', candidates: [] });
    expect(resolveRegionName('640121999999')).toMatchObject({ ok: false, reason: 'UNKNOWN' });
    expect(resolveRegionName('')).toMatchObject({ ok: false, reason: 'UNKNOWN' });
    expect(resolveRegionName('杨和镇西邵村')).toMatchObject({ ok: false, reason: 'UNKNOWN' }); // 西邵 is in 李俊镇
  });

  it('finds ambiguity between same-named villages on any list', () => {
    const regions: RegionDef[] = [
      { code: '990001', name: '某县', level: 'COUNTY', parentCode: null, kind: 'COUNTY' },
      { code: '990001100', name: '东镇', level: 'TOWNSHIP', parentCode: '990001', kind: 'TOWN' },
      { code: '990001200', name: '西乡', level: 'TOWNSHIP', parentCode: '990001', kind: 'TOWNSHIP' },
      { code: '990001100200', name: '新华村', level: 'VILLAGE', parentCode: '990001100', kind: 'VILLAGE' },
      { code: '990001200200', name: '新华村', level: 'VILLAGE', parentCode: '990001200', kind: 'VILLAGE' },
      { code: '990001200201', name: '东镇村', level: 'VILLAGE', parentCode: '990001200', kind: 'VILLAGE' },
    ];
    const resolve = createRegionResolver(regions);
    expect(resolve('新华村')).toEqual({ ok: false, reason: 'AMBIGUOUS', candidates: ['990001100200', '990001200200'] });
    expect(resolve('新华', '西乡')).toEqual({ ok: true, code: '990001200200' });
    expect(resolve('东镇新华村')).toEqual({ ok: true, code: '990001100200' });
    // 东镇 (the town) and 东镇村 (a village of another township) share a short form: the full name decides.
    expect(resolve('东镇')).toEqual({ ok: true, code: '990001100' });
    expect(resolve('东镇村')).toEqual({ ok: true, code: '990001200201' });
  });
});
