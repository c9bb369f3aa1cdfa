import type { EntityManager } from '@mikro-orm/core';
import {
  addDays, addMonths, ageFromIdNumber, birthdayAt, chinaDate, deriveSelfCareResult, drawSpotCheckSample, gradualExitMaxEnd,
  singlePersonEligible, TOWNSHIPS, SELF_CARE_ITEMS, type SelfCareItems,
} from '@doudi/shared';
import { queryRows } from '../common/sql.js';
import { Household } from '../modules/household/household.entity.js';
import { monitoringLineFor } from '../modules/monitoring/monitoring-line.js';
import {
  AssessmentBatch, DibaoCase, ReliefGrant, ReserveFund, ReserveFundTopUp, SelfCareAssessment, SpotCheckItem, TekunPerson,
} from '../modules/assistance/assistance.entities.js';

// Demo 救助 records for every township, dated relative to "now" so that the lists always have something to show:
// 低保 cases (whole households, 单人保, gradual exits ending soon and later, notices on entry and late, some above the
// line), 临时救助 grants (急难/支出, 一事一议, a migrant worker, 先行救助 overdue / due / done), reserve funds, and 特困
// persons with a batch of township preliminary assessments awaiting the county spot check. Deterministic: the same
// households and date give the same records. A few hundred rows: well under a second.

interface HRow { id: number | string; township_code: string; region_code: string; income_per_capita: number | string; head_name: string; head_id_number: string }
interface MRow { id: number | string; household_id: number | string; name: string; id_number: string; health: string | null; disability_grade: string | null }

const SEED_ACTOR = 'demo-seed';
const CENTRAL_HOME = '永宁县中心敬老院';
const ASSESSORS = ['宁夏康健第三方评估公司', '银川市社会工作服务评估中心'];

export async function seedDemoAssistance(em: EntityManager, now: Date): Promise<{ dibao: number; grants: number; tekun: number; ms: number }> {
  const t0 = performance.now();
  // One transaction: the flushes below then cost no commit each.
  const counts = await em.fork().transactional((tem) => seedAll(tem, now));
  return { ...counts, ms: performance.now() - t0 };
}

async function seedAll(em: EntityManager, now: Date): Promise<{ dibao: number; grants: number; tekun: number }> {
  const [exists] = await queryRows(em, { text: 'SELECT 1 AS x FROM dibao_case LIMIT 1', params: [] });
  if (exists) return { dibao: 0, grants: 0, tekun: 0 };
  const today = chinaDate(now);
  const year = Number(today.slice(0, 4));
  const line = await monitoringLineFor(em, year);
  const stamp = { createdBy: SEED_ACTOR, createdAt: now, updatedAt: now };
  let dibao = 0;
  let grants = 0;
  let tekun = 0;

  for (const [ti, t] of TOWNSHIPS.entries()) {
    // Reserve fund: opening balance and one county top-up at the start of the year.
    em.create(ReserveFund, { townshipCode: t.code, openingBalance: t.code === '640121001' ? 30000 : 50000, updatedAt: now });
    em.create(ReserveFundTopUp, { townshipCode: t.code, amount: 20000, note: `${year}年度备用金拨付`, topUpDate: `${year}-01-05`, createdBy: SEED_ACTOR, createdAt: now });

    const hs = await queryRows<HRow>(em, {
      text: 'SELECT id, township_code, region_code, income_per_capita, head_name, head_id_number FROM household ' +
        'WHERE township_code = ? AND deleted_at IS NULL ORDER BY id LIMIT 40',
      params: [t.code],
    });
    if (!hs.length) continue;
    const ms = await queryRows<MRow>(em, {
      text: `SELECT id, household_id, name, id_number, health, disability_grade FROM member WHERE household_id IN (${hs.map(() => '?').join(', ')}) ORDER BY id`,
      params: hs.map((h) => Number(h.id)),
    });
    const membersOf = (hid: number) => ms.filter((m) => Number(m.household_id) === hid);
    const ref = (id: number) => em.getReference(Household, id);
    const used = new Set<number>();
    const take = (pred: (h: HRow) => boolean): HRow | undefined => {
      const h = hs.find((x) => !used.has(Number(x.id)) && pred(x));
      if (h) used.add(Number(h.id));
      return h;
    };
    const below = (h: HRow) => Number(h.income_per_capita) <= line;
    const above = (h: HRow) => Number(h.income_per_capita) > line;

    // 低保: active whole households, started over the past three years.
    for (let i = 0; i < 5; i++) {
      const h = take(below);
      if (!h) break;
      em.create(DibaoCase, { household: ref(Number(h.id)), kind: 'HOUSEHOLD', townshipCode: t.code, state: 'ACTIVE',
        startDate: addMonths(today, -(6 + ((i * 7 + ti) % 30))).slice(0, 8) + '01', monthlyAmount: 520 + ((i + ti) % 4) * 60, ...stamp });
      dibao++;
    }
    // Active but above the line: flagged.
    const rich = take(above);
    if (rich) {
      em.create(DibaoCase, { household: ref(Number(rich.id)), kind: 'HOUSEHOLD', townshipCode: t.code, state: 'ACTIVE',
        startDate: addMonths(today, -20).slice(0, 8) + '01', monthlyAmount: 480, remarks: '收入已超过监测线，待核实是否进入渐退期', ...stamp });
      dibao++;
    }
    // Gradual exits: ending in about 1, 2 and 11 months; the second was notified late.
    for (const [k, monthsAgo] of [17, 16, 7].entries()) {
      const h = take(() => true);
      if (!h) break;
      const start = addMonths(today, -monthsAgo).slice(0, 8) + '10';
      em.create(DibaoCase, { household: ref(Number(h.id)), kind: 'HOUSEHOLD', townshipCode: t.code, state: 'GRADUAL_EXIT',
        startDate: addMonths(start, -24), monthlyAmount: 560, exitStartDate: start, noticeDate: k === 1 ? addDays(start, 6) : start,
        noticeRef: `${t.name.slice(0, 2)}民渐〔${start.slice(0, 4)}〕${10 + k}号`, exitEndDate: gradualExitMaxEnd(start), ...stamp });
      dibao++;
    }
    // An ended case.
    const gone = take(() => true);
    if (gone) {
      em.create(DibaoCase, { household: ref(Number(gone.id)), kind: 'HOUSEHOLD', townshipCode: t.code, state: 'ENDED',
        startDate: addMonths(today, -30).slice(0, 8) + '01', monthlyAmount: 500, endDate: addMonths(today, -2).slice(0, 8) + '01',
        endReason: '稳定就业，次月退出', ...stamp });
      dibao++;
    }
    // 单人保: severely disabled or seriously ill members of households not on 低保.
    let singles = 0;
    for (const h of hs) {
      if (singles >= 2 || used.has(Number(h.id))) continue;
      const m = membersOf(Number(h.id)).find((x) => singlePersonEligible({ health: x.health, disabilityGrade: x.disability_grade }));
      if (!m) continue;
      used.add(Number(h.id));
      em.create(DibaoCase, { household: ref(Number(h.id)), memberId: Number(m.id), kind: 'SINGLE_PERSON', townshipCode: t.code, state: 'ACTIVE',
        startDate: addMonths(today, -(3 + singles * 5)).slice(0, 8) + '01', monthlyAmount: 640, remarks: '重度残疾/重病，靠家庭供养，经核对、入户调查和民主评议按单人户纳入', ...stamp });
      singles++;
      dibao++;
    }

    // 临时救助.
    const grantees = hs.filter((h) => !used.has(Number(h.id))).slice(0, 6);
    const g = (h: HRow | undefined, over: Partial<ReliefGrant> & { type: string; amount: number; cause: string; grantDate: string }) => {
      if (!h) return;
      em.create(ReliefGrant, { householdId: Number(h.id), recipientName: h.head_name, recipientIdNumber: h.head_id_number, townshipCode: t.code, ...stamp, ...over });
      grants++;
    };
    g(grantees[0], { type: 'EXPENDITURE', amount: 2400, cause: '住院医疗自付费用过高', grantDate: addDays(today, -40) });
    g(grantees[1], { type: 'EMERGENCY', amount: 1500, cause: '家中失火，生活用品损毁', grantDate: addDays(today, -25) });
    g(grantees[2], { type: 'EMERGENCY', amount: 1200, cause: '受疫情影响无法返岗务工，连续三个月无收入', grantDate: addDays(today, -18),
      migrantWorkerCase: true, noIncomeThreeMonths: true, noUnemploymentInsurance: true, notOnDibao: true });
    g(grantees[3], { type: 'EXPENDITURE', amount: 12000, cause: '子女重大疾病手术，家庭遭遇重大生活困难', grantDate: addDays(today, -60),
      caseByCase: true, meetingRef: `${t.name}一事一议〔${year}〕${ti + 1}号` });
    // 先行救助: overdue (every other township), due soon, done.
    if (ti % 2 === 0) {
      g(grantees[4], { type: 'EMERGENCY', amount: 800, cause: '突发意外受伤，先行救助', grantDate: addDays(today, -30), assistFirst: true, paperworkDue: addDays(today, -9) });
    }
    g(grantees[5], { type: 'EMERGENCY', amount: 1000, cause: '突发疾病，先行救助', grantDate: addDays(today, -5), assistFirst: true, paperworkDue: addDays(today, 10) });
    g(grantees[4] && ti % 2 === 1 ? grantees[4] : undefined, { type: 'EMERGENCY', amount: 600, cause: '遭遇车祸，先行救助', grantDate: addDays(today, -45),
      assistFirst: true, paperworkDue: addDays(today, -20), paperworkDoneAt: addDays(today, -22) });

    // 特困: elderly or disabled members of other households; one minor where there is one.
    const candidates = ms.filter((m) => !used.has(Number(m.household_id)) && !grantees.some((h) => Number(h.id) === Number(m.household_id)));
    const elders = candidates.filter((m) => ageFromIdNumber(m.id_number, today) >= 60).slice(0, 4);
    const minor = candidates.find((m) => { const a = ageFromIdNumber(m.id_number, today); return a >= 8 && a < 17; });
    const persons: TekunPerson[] = [];
    for (const [i, m] of [...elders, ...(minor ? [minor] : [])].entries()) {
      if (persons.some((p) => p.memberId === Number(m.id))) continue;
      const isMinor = m === minor;
      const h = hs.find((x) => Number(x.id) === Number(m.household_id))!;
      const p = em.create(TekunPerson, {
        memberId: Number(m.id), household: ref(Number(h.id)), townshipCode: t.code, supportMode: i % 2 === 0 && !isMinor ? 'CENTRALISED' : 'DISPERSED',
        careProviderOrg: i % 2 === 0 && !isMinor ? CENTRAL_HOME : `${t.name}委托照料服务站`, startDate: addMonths(today, -(4 + i * 3)).slice(0, 8) + '01',
        state: 'ACTIVE', minorClause: isMinor, coverageEndDate: isMinor ? birthdayAt(m.id_number, 18) : null, ...stamp,
      });
      persons.push(p);
      tekun++;
    }
    await em.flush();

    // A batch of township preliminary assessments: awaiting the county spot check (every township but 李俊镇,
    // whose batch was drawn and is being checked).
    if (persons.length) {
      const b = em.create(AssessmentBatch, { townshipCode: t.code, name: `${year}年度特困人员生活自理能力初评（${t.name}）`, state: 'OPEN', createdBy: SEED_ACTOR, createdAt: now });
      await em.flush();
      const prelims: SelfCareAssessment[] = [];
      for (const [i, p] of persons.entries()) {
        const unmet = [0, 2, 5, 1, 4][i % 5]!;
        const items = Object.fromEntries(SELF_CARE_ITEMS.map((k, j) => [k, j >= unmet])) as SelfCareItems;
        prelims.push(em.create(SelfCareAssessment, {
          personId: p.id, memberId: p.memberId, batchId: b.id, ...items, result: deriveSelfCareResult(items), assessorOrg: ASSESSORS[i % 2]!,
          stage: 'PRELIMINARY', assessedOn: addDays(today, -14 + i), createdBy: SEED_ACTOR, createdAt: now,
        }));
      }
      await em.flush();
      if (t.code === '640121101') {
        const seed = `${year}-${t.code}-demo`;
        const sample = drawSpotCheckSample(prelims.map((a) => a.id), seed);
        for (const assessmentId of sample) em.create(SpotCheckItem, { batchId: b.id, assessmentId });
        Object.assign(b, { state: 'SPOT_CHECK', spotCheckSeed: seed, spotCheckDrawnAt: now, spotCheckDrawnBy: 'county', sampleSize: sample.length });
      }
    }
    await em.flush();
  }
  return { dibao, grants, tekun };
}
