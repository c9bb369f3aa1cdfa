// UI strings of the 救助 pages added after the first version (kept here, in the lazy chunk, not in the shared i18n
// table that every page loads).
import { SPOT_CHECK_PERCENT as PCT, TEKUN_MINOR_AGE_LIMIT as AGE } from '@doudi/shared';
import { lang } from '../../i18n';

const zh = {
  tekunEnrol: '纳入特困',
  tekunEnrolled: '已纳入特困供养',
  tekunEnrolHint: `按户编号查找家庭，再选择要纳入的成员。未满${AGE}周岁的按未成年人条款纳入，供养至${AGE}周岁。`,
  member: '纳入成员',
  memberRequired: '请选择要纳入的成员',
  householdFirst: '请先按户编号查找家庭',
  notFound: '户编号“{c}”不存在或不在您的辖区',
  mode: '供养方式',
  anyMode: '全部供养方式',
  stage: '评估阶段',
  stagePrelim: `乡镇初评（乡镇(街道)录入，县级抽查不少于${PCT}%）`,
  carerIs: '该对象的照料服务机构：{o}（评估机构不得与之相同）',
  conflict: '评估机构与照料服务机构相同，已拒绝：同一机构不得既评估又承接照料护理服务。请改由其他机构评估。',
  sampleInfo: `抽查样本 {s} / {n} 人（{p}%，不少于${PCT}%：应抽 {req} 人）`,
  sampleOk: `已达${PCT}%`,
  sampleShort: `不足${PCT}%`,
  drawnBy: '抽取人 {by}，{at}',
  sampledList: '抽中：{names}',
  final: '录入县级复核结论',
  finalDone: '已录入县级复核结论：{r}',
  finalHint: '县级复核（最终结论）：六项由县级评估机构重新核实；结论由六项自动得出，以服务器结果为准。',
  finalPick: '先在下表选中一条被抽中的初评',
  prelimWas: '乡镇初评：{r}（{o}，{d}）',
  topUp: '补充备用金',
  toppedUp: '已拨付备用金，{t}余额 {n} 元',
  township: '乡镇(街道)',
  amount: '拨付金额(元)',
  note: '备注',
  onlyCase: '仅显示案件 {id}',
  onlyGrant: '仅显示救助记录 {id}',
  showAll: '显示全部',
  period: '发放期间：{p}',
  anyKind: '全部类别',
  noMember: '—',
  memberNotEligible: '（非重度残疾/重特大疾病）',
} as const;

type Key = keyof typeof zh;
const en: Record<Key, string> = {
  tekunEnrol: 'Enrol',
  tekunEnrolled: 'Enrolled for extreme-poverty support',
  tekunEnrolHint: `Find the household by its number, then pick the member. Minors are covered up to ${AGE}.`,
  member: 'Member',
  memberRequired: 'Pick the member to enrol',
  householdFirst: 'Look up the household by its number first',
  notFound: 'Household “{c}” does not exist or is outside your area',
  mode: 'Support mode',
  anyMode: 'Any support mode',
  stage: 'Stage',
  stagePrelim: `Township preliminary (the county spot-checks at least ${PCT}%)`,
  carerIs: 'Care provider of this person: {o} (the assessor must differ)',
  conflict: 'Refused: the assessor is also the care provider. Another organisation must assess.',
  sampleInfo: `Sample {s} of {n} ({p}%, at least ${PCT}%: {req} required)`,
  sampleOk: `≥ ${PCT}%`,
  sampleShort: `below ${PCT}%`,
  drawnBy: 'drawn by {by}, {at}',
  sampledList: 'Sampled: {names}',
  final: 'Record county result',
  finalDone: 'County result recorded: {r}',
  finalHint: 'County review (final result): the six items checked again; the result is derived, the server’s is authoritative.',
  finalPick: 'Select a sampled preliminary assessment below first',
  prelimWas: 'Township result: {r} ({o}, {d})',
  topUp: 'Top up reserve fund',
  toppedUp: 'Reserve fund topped up; {t} balance {n}',
  township: 'Township',
  amount: 'Amount',
  note: 'Note',
  onlyCase: 'Only case {id}',
  onlyGrant: 'Only grant {id}',
  showAll: 'Show all',
  period: 'Granted in {p}',
  anyKind: 'Any kind',
  noMember: '—',
  memberNotEligible: '(not severely disabled / seriously ill)',
};

/** A string of the 救助 pages in the current language, with {placeholders} filled. */
export function tx(key: Key, vars?: Record<string, string | number>): string {
  const s: string = lang.value === 'en' ? en[key] : zh[key];
  return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : s;
}
