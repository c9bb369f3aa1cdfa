// 永宁县 (640121) below county level, after the mid-2020 统计用区划代码 (NBS statistical division codes).
// Township codes and the examples of the county's ledgers (王太村 …100200, 西邵村 …101200, 南方村 …103200, 福宁村 …104200,
// 原隆村 …104205, 胜利村 …200200) are exact. The village lists of 杨和镇 and 李俊镇 follow published gazetteer
// lists, numbered in their listed order; the other townships' lists, the 团结西路街道 communities and the farms'
// units are best-effort and UNVERIFIED. Before production, diff this table against the official 2020 list — codes
// are data, and a wrong one only needs an edit here.

export type TownshipKind = 'SUBDISTRICT' | 'TOWN' | 'TOWNSHIP' | 'FARM';

export interface TownshipData {
  code: string;
  name: string;
  kind: TownshipKind;
  /** [last three digits, name]; 0xx = community (社区/居委会, 生活区), 2xx = village (村, 分场). */
  units: readonly (readonly [string, string])[];
}

export const COUNTY_NAME = '永宁县';

export const TOWNSHIP_DATA: readonly TownshipData[] = [
  {
    code: '640121001', name: '团结西路街道', kind: 'SUBDISTRICT',
    units: [
      ['001', '宁和社区'], ['002', '永康社区'], ['003', '正丰社区'], ['004', '城北社区'],
      ['005', '宁朔社区'], ['006', '祥和社区'], ['007', '永清社区'], ['008', '文昌社区'],
    ],
  },
  {
    code: '640121100', name: '杨和镇', kind: 'TOWN',
    units: [
      ['200', '王太村'], ['201', '红星村'], ['202', '惠丰村'], ['203', '杨和村'], ['204', '永红村'],
      ['205', '观桥村'], ['206', '纳家户村'], ['207', '东全村'], ['208', '南全村'], ['209', '旺全村'],
    ],
  },
  {
    code: '640121101', name: '李俊镇', kind: 'TOWN',
    units: [
      ['001', '李俊社区'],
      ['200', '西邵村'], ['201', '宁化村'], ['202', '李庄村'], ['203', '李俊村'], ['204', '古光村'],
      ['205', '金塔村'], ['206', '魏团村'], ['207', '团结村'], ['208', '王团村'], ['209', '友爱村'],
      ['210', '侯寨村'], ['211', '许桥村'], ['212', '丰登村'], ['213', '东方村'], ['214', '雷台村'],
    ],
  },
  {
    code: '640121102', name: '望远镇', kind: 'TOWN',
    units: [
      ['200', '望远村'], ['201', '板桥村'], ['202', '政权村'], ['203', '通桥村'],
      ['204', '丰盈村'], ['205', '东玉村'], ['206', '上河村'], ['207', '中桥村'],
    ],
  },
  {
    code: '640121103', name: '望洪镇', kind: 'TOWN',
    units: [
      ['200', '南方村'], ['201', '北方村'], ['202', '东和村'], ['203', '西和村'], ['204', '望洪村'],
      ['205', '增岗村'], ['206', '靖益村'], ['207', '新华村'], ['208', '金星村'], ['209', '民乐村'],
    ],
  },
  {
    // 闽宁镇: the resettlement town built with Fujian's help; six administrative villages.
    code: '640121104', name: '闽宁镇', kind: 'TOWN',
    units: [['200', '福宁村'], ['201', '木兰村'], ['202', '武河村'], ['203', '园艺村'], ['204', '玉海村'], ['205', '原隆村']],
  },
  {
    code: '640121200', name: '胜利乡', kind: 'TOWNSHIP',
    units: [
      ['200', '胜利村'], ['201', '八渠村'], ['202', '烽火村'], ['203', '陈俊村'],
      ['204', '杨显村'], ['205', '立强村'], ['206', '园林村'],
    ],
  },
  {
    // State farms (政企合一): residents are registered to a living quarter or a branch farm, not a 村.
    code: '640121400', name: '黄羊滩农场', kind: 'FARM',
    units: [['001', '黄羊滩生活区'], ['200', '一分场'], ['201', '二分场'], ['202', '三分场']],
  },
  {
    code: '640121401', name: '玉泉营农场', kind: 'FARM',
    units: [['001', '玉泉营生活区'], ['200', '一分场'], ['201', '二分场'], ['202', '三分场']],
  },
];
