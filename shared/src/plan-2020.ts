// The county's 2020 plan, exactly as issued: 永民发〔2020〕138号《永宁县困难群众基本生活保障工作实施方案》,
// 永宁县民政局, 2020-12-16. Part 2 (工作措施) holds the 12 measures; each names its responsible units (责任单位) and a
// completion time (完成时限) in the plan's own words. Part 3 (四) asks for a ledger against them, closed item by item
// (建立台账,办结销号). The texts below are the plan's, punctuation included (it mixes half- and full-width marks).
import type { Recurrence } from './task-enums.js';

export interface MeasureDef {
  no: number;
  /** 1–5: the plan's (一)…(五). */
  groupNo: number;
  /** The group's title as the plan writes it. */
  group: string;
  /** The measure's heading sentence. */
  title: string;
  /** The measure's full paragraph. */
  content: string;
  /** 责任单位, as written ('各乡镇' stands for every township: see expandUnits). */
  units: readonly string[];
  /** The first deadline (YYYY-MM-DD), or null when the plan sets none ('长期坚持', '每月…'). */
  deadline: string | null;
  /** 完成时限, as written. */
  deadlineText: string;
  recurrence: Recurrence;
}

export interface PlanDef {
  documentNumber: string;
  title: string;
  issuer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  measures: readonly MeasureDef[];
}

/** The plan's five groups of measures (二、工作措施 (一)–(五)). */
export const PLAN_2020_GROUPS: readonly string[] = [
  '适度扩大最低生活保障覆盖范围',
  '适度扩大临时救助范围',
  '提升特困人员照料服务水平',
  '对特殊困难群体实施关爱帮扶行动',
  '积极助力决胜脱贫攻坚任务',
];

/** Chinese numerals of the groups, for labels such as '(三)'. */
export const GROUP_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

type Raw = Omit<MeasureDef, 'group'>;

const MEASURES: readonly Raw[] = [
  {
    no: 1,
    groupNo: 1,
    title: '认真落实“单人保”政策',
    content:
      '认真落实“单人保”政策。对生活困难,完全或部分丧失劳动能力,靠家庭供养的重度残疾人和罹患重特大疾病获得医保部门的重特大疾病医疗救助的人员,经本人申请,通过家庭经济状况核对、入户调查和民主评议等手段综合评估生活困难程度,按照“单人户”纳入低保,杜绝漏保错保。',
    units: ['各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 2,
    groupNo: 1,
    title: '认真落实低保“渐退期”政策',
    content:
      '认真落实低保“渐退期”政策。为鼓励并促进低保对象实现就业创业,低保对象家庭人均收入超过当地低保标准的,经主动报告后,可给予最多18个月的渐退期,到期后予以清退。渐退期内收入或就业已达到稳定的,次月即可退出。针对渐退对象各乡镇(街道)要建立收入超标或稳定就业监测名单并做好相关记录,自纳入渐退名单之日起以正式文书的形式告知低保对象。',
    units: ['各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '12月30日前建立台账并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 3,
    groupNo: 1,
    title: '因疫致困人员应保尽保',
    content:
      '因疫致困人员应保尽保。对无法外出务工、经营、就业,导致收入下降、基本生活出现困难的城乡居民,凡符合低保条件的,要全部纳入低保范围。严格落实社会救助和保障标准与物价上涨挂钩联动机制,依规发放价格临时补贴。',
    units: ['各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 4,
    groupNo: 2,
    title: '加强疫情防控期间临时救助',
    content:
      '加强疫情防控期间临时救助。对受疫情影响无法返岗复工、连续三个月无收入来源,生活困难且失业保险政策无法覆盖的农民工等未参保失业人员,未纳入低保范围的,经本人申请,符合临时救助条件可由务工地或常住地乡镇(街道)或辖区民政部门发放一次性临时救助金,帮助其渡过生活难关。乡镇(街道)或民政部门对申请人收入来源、生活困难等情况进行核实,并通过人社部门对申请人返岗复工、参加失业保险等相关信息进行核对。救助标准按照《宁夏回族自治区临时救助工作规程》执行。',
    units: ['民政局', '人社局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 5,
    groupNo: 2,
    title: '建立“一事一议”制度和乡镇(街道)临时救助备用金制度',
    content:
      '建立“一事一议”制度和乡镇(街道)临时救助备用金制度。对遭遇重大生活困难的,采取一事一议方式提高救助额度。全面建立乡镇(街道)临时救助备用金制度,做到发现困难立即救助。对于急难型临时救助,提高救助时效性,积极开展“先行救助”,简化审核审批程序,直接予以救助,并在急难情况缓解后,登记信息,补齐手续。救助标准按照《民政厅、财政厅关于进一步做好困难群众基本生活保障工作的通知》中相关标准执行。',
    units: ['财政局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 6,
    groupNo: 3,
    title: '强化特困集中供养能力',
    content:
      '强化特困集中供养能力。加大特困人员供养服务机构能力建设和设施改造力度,开展特困人员供养服务设施及农村养老服务双提升工作。对失能半失能特困供养对象再进行一次摸底排查,确保有集中供养意愿,生活不能自理的特困人员全部实现集中供养。',
    units: ['民政局', '财政局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 7,
    groupNo: 3,
    title: '加强分散供养对象走访照料',
    content:
      '加强分散供养对象走访照料。完善特困人员认定条件,将特困人员救助供养范围覆盖的未成年人年龄从16周岁延长至18周岁。全面落实分散供养特困人员委托照料服务,指导乡镇(街道)、居(村)委会督促照料服务人员认真履行委托照料服务协议,密切关注服务对象身体状况,确保分散供养特困人员“平日有人照应、生病有人看护”。全面落实定期探访制度,及时了解疫情对特困人员生活的影响,重点跟踪关注高龄、重度残疾等生活不能自理特困人员,帮助解决实际困难。',
    units: ['民政局', '财政局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 8,
    groupNo: 3,
    title: '客观评估特困人员生活自理能力',
    content:
      '客观评估特困人员生活自理能力。运用是否具备自主吃饭、穿衣、上下床、如厕、室内行走、洗澡能力等6项指标评估特困人员生活自理能力,并做好与老年人能力评估工作的衔接。民政局落实评估主体责任,建立特困人员生活自理能力评估小组,由县民政局主要领导任组长,分管领导任副组长,业务负责人、经办人任小组成员,必要时可协调医学方面人员参加;乡镇(街道)建立特困人员生活自理能力评估小组,由主要领导任组长,分管领导任副组长,民生服务中心负责人、经办人任小组成员。在村(居)委协助下,乡镇(街道)对辖区内特困人员生活自理能力提出初步评估意见,县民政局经抽查(比例不低于30%)核实后作出最终评估结论。有条件可委托第三方机构进行基础评估,为乡镇(街道)、县民政局提供评估参考,但不得委托同一机构同时承接评估与照料护理服务。',
    units: ['民政局', '财政局', '卫健局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 9,
    groupNo: 4,
    title: '实施“一老一小”关爱帮扶行动',
    content:
      '实施“一老一小”关爱帮扶行动。对特困人员、散居孤儿和困境儿童通过电话、微信、上门等形式,掌握特殊困难群体个人生活及防护用品需求情况,及时调配生活用品和防护物资。',
    units: ['民政局', '各乡镇', '团结西路街道办事处'],
    deadline: '2020-12-30',
    deadlineText: '2020年12月30日前并长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 10,
    groupNo: 4,
    title: '留守人员关爱帮扶行动',
    content:
      '留守人员关爱帮扶行动。全面落实农村留守儿童、妇女和老年人关爱服务政策,健全工作机制,做到应帮尽帮。',
    units: ['民政局', '妇联', '卫健局', '各乡镇'],
    deadline: null,
    deadlineText: '长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 11,
    groupNo: 4,
    title: '密切关注困难群众生命财产安全',
    content:
      '密切关注困难群众生命财产安全。围绕低保户、高龄老人、特困人员、孤儿等困难对象开展秋冬季节安全事故排查,防止出现安全生产事故,防止出现冬季取暖煤烟中毒事件。',
    units: ['民政局', '各乡镇', '团结西路街道办事处'],
    deadline: null,
    deadlineText: '长期坚持',
    recurrence: 'ONGOING',
  },
  {
    no: 12,
    groupNo: 5,
    title: '扎实推进社会救助兜底脱贫工作',
    content:
      '扎实推进社会救助兜底脱贫工作。密切关注建档立卡待脱贫户、脱贫监测户、边缘易致贫户三类人口,建立家庭情况监测台账。加强数据比对,逐户逐人摸底排查,一旦出现返贫、基本生活受到影响等情形,立即启动动态救助机制,及时将符合条件的贫困人口纳入救助范围。',
    units: ['民政局', '扶贫办', '各乡镇'],
    deadline: null,
    deadlineText: '每月动态监测并长期坚持',
    recurrence: 'MONTHLY',
  },
];

export const PLAN_2020: PlanDef = Object.freeze({
  documentNumber: '永民发〔2020〕138号',
  title: '永宁县困难群众基本生活保障工作实施方案',
  issuer: '永宁县民政局',
  issuedOn: '2020-12-16',
  measures: Object.freeze(MEASURES.map((m): MeasureDef => Object.freeze({ ...m, group: PLAN_2020_GROUPS[m.groupNo - 1]! }))),
});
