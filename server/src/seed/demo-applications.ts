import type { EntityManager } from '@mikro-orm/core';
import { addDays, chinaDate, decisionDueDate, DEFAULT_DECISION_DAYS, DEMO_DIBAO_STANDARDS, noticeEndDate, RiskTypeDef, TOWNSHIPS } from '@doudi/shared';
import { queryRows } from '../common/sql.js';
import { Household } from '../modules/household/household.entity.js';
import { DibaoCase } from '../modules/assistance/assistance.entities.js';
import { ApplicationObjection, ApplicationStepRecord, AssistanceApplication } from '../modules/applications/application.entity.js';

// Demo applications (申请→审批) for every township, dated relative to "now": one waiting at each step (申请待核对, 待入户,
// 待评议, 公示中 — one with an objection still unanswered —, 待审批), overdue ones (a registration 40 days old, a decision
// past its due date), an approval that created its 低保 case, a rejection, and a 特困 application. Households not on
// 低保 are used; deterministic for the same households and date.

const SEED_ACTOR = 'demo-seed';
const STEPS = ['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE'] as const;

interface Spec { stage: number; appliedAgo: number; decision?: 'APPROVED' | 'REJECTED'; objection?: 'open' | 'answered'; kind?: 'TEKUN'; epidemic?: boolean }

// stage = how many steps are recorded; the notice (when recorded) starts `noticeAgo` days before today.
const SPECS: Spec[] = [
  { stage: 0, appliedAgo: 2, epidemic: true },
  { stage: 0, appliedAgo: 40 },
  { stage: 1, appliedAgo: 8 },
  { stage: 2, appliedAgo: 12 },
  { stage: 4, appliedAgo: 15, objection: 'open' },
  { stage: 4, appliedAgo: 20, objection: 'answered' },
  { stage: 4, appliedAgo: 45 },
  { stage: 4, appliedAgo: 60, decision: 'APPROVED' },
  { stage: 4, appliedAgo: 50, decision: 'REJECTED' },
  { stage: 1, appliedAgo: 6, kind: 'TEKUN' },
];

export async function seedDemoApplications(em: EntityManager, now: Date): Promise<{ applications: number; ms: number }> {
  const t0 = performance.now();
  const n = await em.fork().transactional((tem) => seedAll(tem, now));
  return { applications: n, ms: performance.now() - t0 };
}

async function seedAll(em: EntityManager, now: Date): Promise<number> {
  const [exists] = await queryRows(em, { text: 'SELECT 1 AS x FROM assistance_application LIMIT 1', params: [] });
  if (exists) return 0;
  const today = chinaDate(now);
  const stamp = { createdBy: SEED_ACTOR, createdAt: now, updatedAt: now };
  let count = 0;
  for (const [ti, t] of TOWNSHIPS.entries()) {
    const hs = await queryRows<{ id: number | string; head_name: string; member_id: number | string }>(em, {
      text: 'SELECT h.id, h.head_name, (SELECT MIN(m.id) FROM member m WHERE m.household_id = h.id) AS member_id FROM household h ' +
        'WHERE h.township_code = ? AND h.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM dibao_case c WHERE c.household_id = h.id) ' +
        'AND NOT EXISTS (SELECT 1 FROM tekun_person p WHERE p.household_id = h.id) ORDER BY h.id DESC LIMIT 12',
      params: [t.code],
    });
    for (const [i, spec] of SPECS.entries()) {
      const h = hs[i];
      if (!h || h.member_id == null) continue;
      const appliedOn = addDays(today, -spec.appliedAgo);
      const kind = spec.kind ?? 'DIBAO';
      const household = em.getReference(Household, Number(h.id));
      const a = em.create(AssistanceApplication, {
        kind, household, memberId: kind === 'TEKUN' ? Number(h.member_id) : null, townshipCode: t.code, applicantName: h.head_name, appliedOn,
        reasons: spec.epidemic || i % 3 === 0 ? 'EPIDEMIC' : i % 3 === 1 ? 'ILLNESS' : 'DISABILITY',
        statement: spec.epidemic ? '受疫情影响无法外出务工，家庭收入下降，生活困难' : '家庭成员患病，劳动力不足，生活困难',
        stage: 'ECONOMIC_CHECK', dueDate: decisionDueDate(appliedOn, DEFAULT_DECISION_DAYS), ...stamp,
      });
      await em.flush();
      // The steps on the days after the application; the notice running (started 3 days ago) or over (started 12 days ago).
      let noticeStart: string | null = null;
      for (let k = 0; k < spec.stage; k++) {
        const step = STEPS[k]!;
        const date = addDays(appliedOn, k + 1);
        const row: Partial<ApplicationStepRecord> = { applicationId: a.id, step, date, people: '', result: '', createdBy: SEED_ACTOR, createdAt: now };
        if (step === 'ECONOMIC_CHECK') Object.assign(row, { people: '民政专干', incomePerCapita: spec.decision === 'REJECTED' ? 9600 : 3600 + ti * 120, dataSources: '公安、不动产登记、人社、车管', assetFlags: '', result: '经核对，家庭人均收入低于当地低保标准' });
        if (step === 'HOME_VISIT') Object.assign(row, { people: '民政专干、村干部', result: '住房简陋，家中缺少劳动力，情况属实' });
        if (step === 'DEMOCRATIC_REVIEW') Object.assign(row, { people: '村民代表7人', passed: spec.decision !== 'REJECTED', result: spec.decision === 'REJECTED' ? '评议未通过' : '评议通过' });
        if (step === 'PUBLIC_NOTICE') {
          noticeStart = spec.objection === 'open' ? addDays(today, -3) : addDays(today, -12);
          Object.assign(row, { date: noticeStart, noticeDays: 7, place: '村务公开栏', people: '村干部' });
        }
        em.create(ApplicationStepRecord, row as ApplicationStepRecord);
      }
      a.incomePerCapita = spec.stage > 0 ? (spec.decision === 'REJECTED' ? 9600 : 3600 + ti * 120) : null;
      a.stage = spec.stage >= 4 ? 'DECISION' : STEPS[spec.stage]!;
      if (noticeStart) Object.assign(a, { noticeStart, noticeDays: 7, noticeEnd: noticeEndDate(noticeStart, 7) });
      if (spec.objection) {
        const answered = spec.objection === 'answered';
        em.create(ApplicationObjection, { applicationId: a.id, receivedOn: noticeStart!, objector: '村民', content: '反映该户有经营性收入', createdBy: SEED_ACTOR, createdAt: now,
          ...(answered ? { answer: '经核实，该户经营已停止，无经营性收入', answeredOn: addDays(noticeStart!, 2), answeredBy: SEED_ACTOR } : {}) });
        if (!answered) a.openObjections = 1;
      }
      if (spec.decision) {
        const decidedOn = addDays(today, -2);
        Object.assign(a, { stage: spec.decision, approved: spec.decision === 'APPROVED', decidedOn, decidedBy: 'county' });
        if (spec.decision === 'APPROVED') {
          const c = em.create(DibaoCase, { household, kind: 'HOUSEHOLD', townshipCode: t.code, state: 'ACTIVE', startDate: `${today.slice(0, 7)}-01`,
            monthlyAmount: 500, remarks: `经申请 ${a.id} 审批纳入`, ...stamp });
          await em.flush();
          Object.assign(a, { amount: 500, startMonth: today.slice(0, 7), dibaoCaseId: c.id });
        } else a.rejectReason = '经核对家庭人均收入高于当地低保标准，民主评议未通过';
      }
      count++;
    }
    await em.flush();
    // 因疫致困 应保未保 (measure 3): two households of the township below the rural standard, with no case and no
    // application, marked 因疫 — the list the township works through.
    const std = (DEMO_DIBAO_STANDARDS[Number(today.slice(0, 4))] ?? DEMO_DIBAO_STANDARDS[2026]!).RURAL * 12;
    const poor = await queryRows<{ id: number | string; risk_types: string }>(em, {
      text: 'SELECT h.id, h.risk_types FROM household h WHERE h.township_code = ? AND h.deleted_at IS NULL ' +
        'AND NOT EXISTS (SELECT 1 FROM dibao_case c WHERE c.household_id = h.id) AND NOT EXISTS (SELECT 1 FROM assistance_application a WHERE a.household_id = h.id) ' +
        'AND COALESCE((SELECT c2.income_total FROM monthly_check c2 WHERE c2.household_id = h.id AND c2.income_total IS NOT NULL ORDER BY c2.month DESC LIMIT 1), h.income_per_capita) < ? ' +
        'ORDER BY h.id LIMIT 2',
      params: [t.code, std],
    });
    for (const p of poor) {
      const types = new Set([...(p.risk_types ? p.risk_types.split(',') : []), 'EPIDEMIC']);
      await em.nativeUpdate(Household, { id: Number(p.id) }, { riskTypes: RiskTypeDef.values.filter((v) => types.has(v)).join(',') });
    }
  }
  return count;
}
