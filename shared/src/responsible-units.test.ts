import { describe, expect, it } from 'vitest';
import { RESPONSIBLE_UNITS, expandUnits, expandUnitNames, resolveUnitName, responsibleUnitByCode } from './responsible-units.js';

const TOWNSHIPS = ['杨和镇', '李俊镇', '望远镇', '望洪镇', '闽宁镇', '胜利乡'];

describe('RESPONSIBLE_UNITS', () => {
  it('has the bureaus, the six townships, the sub-district and the two farms', () => {
    expect(RESPONSIBLE_UNITS.map((u) => `${u.code} ${u.name} ${u.kind}`)).toEqual([
      'MZJ 民政局 BUREAU', 'CZJ 财政局 BUREAU', 'RSJ 人社局 BUREAU', 'WJJ 卫健局 BUREAU', 'FL 妇联 BUREAU', 'FPB 扶贫办 BUREAU',
      '640121100 杨和镇 TOWNSHIP', '640121101 李俊镇 TOWNSHIP', '640121102 望远镇 TOWNSHIP', '640121103 望洪镇 TOWNSHIP',
      '640121104 闽宁镇 TOWNSHIP', '640121200 胜利乡 TOWNSHIP', '640121001 团结西路街道办事处 SUBDISTRICT',
      '640121400 黄羊滩农场 OTHER', '640121401 玉泉营农场 OTHER',
    ]);
    expect(new Set(RESPONSIBLE_UNITS.map((u) => u.code)).size).toBe(RESPONSIBLE_UNITS.length);
    expect(responsibleUnitByCode('640121001')?.name).toBe('团结西路街道办事处');
  });
});

describe('expandUnits', () => {
  it('expands 各乡镇 to every township, not the sub-district or the farms', () => {
    const units = expandUnits(['各乡镇']);
    expect(units.map((u) => u.name)).toEqual(TOWNSHIPS);
    expect(units.every((u) => u.kind === 'TOWNSHIP')).toBe(true);
  });

  it('keeps the order written, each unit once', () => {
    expect(expandUnits(['民政局', '各乡镇', '团结西路街道办事处', '民政局']).map((u) => u.code)).toEqual([
      'MZJ', '640121100', '640121101', '640121102', '640121103', '640121104', '640121200', '640121001',
    ]);
  });

  it('reads other spellings and 各乡镇(街道)', () => {
    expect(resolveUnitName('永宁县民政局')?.code).toBe('MZJ');
    expect(resolveUnitName(' 团结西路街道 ')?.code).toBe('640121001');
    expect(resolveUnitName('闽宁镇')?.code).toBe('640121104');
    expect(expandUnits(['各乡镇（街道）']).map((u) => u.name)).toEqual([...TOWNSHIPS, '团结西路街道办事处']);
  });

  it('names what it cannot place', () => {
    expect(expandUnitNames(['民政局', '民证局', '教育局'])).toEqual({ units: [RESPONSIBLE_UNITS[0]], unknown: ['民证局', '教育局'] });
    expect(() => expandUnits(['教育局'])).toThrow(/教育局/);
  });

  it('expands against a given list (units added later)', () => {
    const list = [...RESPONSIBLE_UNITS, { code: 'JYJ', name: '教育局', kind: 'BUREAU' as const }];
    expect(expandUnits(['教育局', '各乡镇'], list)).toHaveLength(7);
  });
});
