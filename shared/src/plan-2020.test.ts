import { describe, expect, it } from 'vitest';
import { PLAN_2020, PLAN_2020_GROUPS } from './plan-2020.js';
import { expandUnits } from './responsible-units.js';

describe('PLAN_2020', () => {
  it('is 永民发〔2020〕138号 of 永宁县民政局, issued 2020-12-16', () => {
    expect(PLAN_2020).toMatchObject({
      documentNumber: '永民发〔2020〕138号', title: '永宁县困难群众基本生活保障工作实施方案', issuer: '永宁县民政局', issuedOn: '2020-12-16',
    });
  });

  it('has the 12 measures in order, in the plan\'s five groups', () => {
    expect(PLAN_2020.measures.map((m) => m.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(PLAN_2020.measures.map((m) => m.groupNo)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5]);
    expect(PLAN_2020_GROUPS).toEqual(['适度扩大最低生活保障覆盖范围', '适度扩大临时救助范围', '提升特困人员照料服务水平',
      '对特殊困难群体实施关爱帮扶行动', '积极助力决胜脱贫攻坚任务']);
    for (const m of PLAN_2020.measures) {
      expect(m.group).toBe(PLAN_2020_GROUPS[m.groupNo - 1]);
      expect(m.content.startsWith(`${m.title}。`)).toBe(true);
    }
    expect(PLAN_2020.measures[0]!.title).toBe('认真落实“单人保”政策');
    expect(PLAN_2020.measures[7]!.content).toContain('县民政局经抽查(比例不低于30%)核实后作出最终评估结论');
    expect(PLAN_2020.measures[11]!.title).toBe('扎实推进社会救助兜底脱贫工作');
  });

  it('keeps responsible units and completion times as written', () => {
    const units = Object.fromEntries(PLAN_2020.measures.map((m) => [m.no, m.units.join('、')]));
    expect(units).toEqual({
      1: '各乡镇、团结西路街道办事处', 2: '各乡镇、团结西路街道办事处', 3: '各乡镇、团结西路街道办事处',
      4: '民政局、人社局、各乡镇、团结西路街道办事处', 5: '财政局、各乡镇、团结西路街道办事处',
      6: '民政局、财政局、各乡镇、团结西路街道办事处', 7: '民政局、财政局、各乡镇、团结西路街道办事处',
      8: '民政局、财政局、卫健局、各乡镇、团结西路街道办事处', 9: '民政局、各乡镇、团结西路街道办事处',
      10: '民政局、妇联、卫健局、各乡镇', 11: '民政局、各乡镇、团结西路街道办事处', 12: '民政局、扶贫办、各乡镇',
    });
    const terms = PLAN_2020.measures.map((m) => [m.no, m.deadline, m.recurrence, m.deadlineText]);
    expect(terms).toEqual([
      [1, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [2, '2020-12-30', 'ONGOING', '12月30日前建立台账并长期坚持'],
      [3, '2020-12-30', 'ONGOING', '12月30日前并长期坚持'],
      [4, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [5, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [6, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [7, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [8, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [9, '2020-12-30', 'ONGOING', '2020年12月30日前并长期坚持'],
      [10, null, 'ONGOING', '长期坚持'],
      [11, null, 'ONGOING', '长期坚持'],
      [12, null, 'MONTHLY', '每月动态监测并长期坚持'],
    ]);
  });

  it('expands into 99 assignments over 13 units', () => {
    const rows = PLAN_2020.measures.flatMap((m) => expandUnits(m.units).map((u) => `${m.no}:${u.code}`));
    expect(rows).toHaveLength(99);
    expect(new Set(rows.map((r) => r.split(':')[1])).size).toBe(13);
  });
});
