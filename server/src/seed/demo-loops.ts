import type { EntityManager } from '@mikro-orm/core';
import {
  addDays, addPeriods, chinaDate, chinaMonth, dedupeSubsidyRecipients, monthBounds, referralDueDate, DEFAULT_LOOP_SETTINGS, TOWNSHIPS,
  type SubsidyCandidate,
} from '@doudi/shared';
import { queryRows, sql } from '../common/sql.js';
import { RiskReferral } from '../modules/monitoring/monitoring.entity.js';
import { ReliefGrant, TekunPerson } from '../modules/assistance/assistance.entities.js';
import { CareAgreement, CareVisit, SubsidyPayment, SubsidyRun, TekunSupportChange } from '../modules/assistance/loops.entities.js';
import { DEMO_TOWNSHIPS } from './demo-users.js';

// Demo records of issue 16's loops, dated from "now", after the monitoring and assistance demo data: referrals in
// every state (open and overdue, assigned, assisting, closed), the county's decisions on 一事一议 grants and one
// pending large-relief request per township, last month's 价格临时补贴 run, 集中供养 wishes (a backlog in some
// townships) and a mode change, care agreements (valid, expired, missing) and visits (some overdue). Deterministic.

const SEED_ACTOR = 'demo-seed';
const MEASURES = ['落实公益性岗位', '协调医疗救助和大病保险', '申请教育资助', '危房改造已立项', '联系就业帮扶'];

export async function seedDemoLoops(em: EntityManager, now: Date): Promise<{ referrals: number; visits: number; payments: number }> {
  return em.fork().transactional((tem) => seedAll(tem, now));
}

async function seedAll(em: EntityManager, now: Date): Promise<{ referrals: number; visits: number; payments: number }> {
  const [done] = await queryRows(em, sql('SELECT 1 AS x FROM subsidy_run LIMIT 1'));
  const [people] = await queryRows(em, sql('SELECT 1 AS x FROM tekun_person LIMIT 1'));
  if (done || !people) return { referrals: 0, visits: 0, payments: 0 };
  const today = chinaDate(now);
  const owner = new Map<string, string>(DEMO_TOWNSHIPS.map((t) => [t.regionCode, t.username]));

  // ---- referrals: of each township's open ones, about a third assigned, a sixth assisting, a sixth closed --------
  const refs = await em.find(RiskReferral, { state: 'OPEN' }, { orderBy: { id: 'ASC' }, populate: ['household'] });
  let moved = 0;
  for (const [i, r] of refs.entries()) {
    const slot = i % 6;
    if (slot >= 4) continue; // 4, 5: stay OPEN (last month's are overdue by now)
    const opened = chinaDate(r.createdAt);
    r.dueDate ??= referralDueDate(opened, DEFAULT_LOOP_SETTINGS.referralDueDays);
    r.owner = owner.get(r.townshipCode) ?? null;
    r.helper = r.household.helperName || '村第一书记';
    r.state = 'ASSIGNED';
    r.assignedAt = addDays(opened, 1) > today ? today : addDays(opened, 1);
    if (slot >= 2) {
      r.state = 'ASSISTING';
      r.startedAt = addDays(opened, 3) > today ? today : addDays(opened, 3);
      r.assistanceKind = 'OTHER_MEASURE';
      r.assistanceNote = MEASURES[i % MEASURES.length]!;
    }
    if (slot === 3) {
      r.state = 'CLOSED';
      r.closeKind = 'ASSISTANCE_IN_PLACE';
      r.closeReason = `${r.assistanceNote}，已落实`;
      r.closedAt = now;
      r.closedBy = r.owner ?? 'county';
    }
    moved++;
  }

  // ---- relief: the county decided the 一事一议 grants; one pending request per township ------------------------
  await queryRows(em, sql(`UPDATE relief_grant SET approval = 'APPROVED', decided_by = 'county', decided_on = grant_date, decision_note = '同意' WHERE case_by_case = ?`, true));
  for (const [ti, t] of TOWNSHIPS.entries()) {
    const [h] = await queryRows<{ id: unknown; head_name: string; head_id_number: string }>(em,
      sql('SELECT id, head_name, head_id_number FROM household WHERE township_code = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1', t.code));
    if (!h) continue;
    em.create(ReliefGrant, {
      householdId: Number(h.id), recipientName: h.head_name, recipientIdNumber: h.head_id_number, townshipCode: t.code, type: 'EXPENDITURE',
      amount: 8000 + ti * 500, cause: '家庭成员突发重病住院，自付费用超过家庭承受能力', grantDate: addDays(today, -2), caseByCase: true,
      meetingRef: `${t.name}一事一议〔${today.slice(0, 4)}〕${ti + 11}号`, approval: 'PENDING', createdBy: owner.get(t.code) ?? SEED_ACTOR, createdAt: now, updatedAt: now,
    });
  }

  // ---- 价格临时补贴: last month, 低保 and 特困, each person once ------------------------------------------------
  const month = addPeriods(chinaMonth(now), -1);
  const { first, last } = monthBounds(month);
  const cols = 'm.id AS member_id, m.household_id, m.name, m.id_number, h.township_code, h.region_code';
  const rows = [
    ...(await queryRows<Record<string, unknown>>(em, sql(`SELECT ${cols}, 'DIBAO' AS grp FROM dibao_case c JOIN household h ON h.id = c.household_id ` +
      `JOIN member m ON m.household_id = c.household_id AND (c.kind = 'HOUSEHOLD' OR m.id = c.member_id) WHERE h.deleted_at IS NULL AND c.start_date <= ? ` +
      `AND COALESCE(c.end_date, c.exit_end_date, '9999-12-31') > ?`, last, first))),
    ...(await queryRows<Record<string, unknown>>(em, sql(`SELECT ${cols}, 'TEKUN' AS grp FROM tekun_person p JOIN household h ON h.id = p.household_id ` +
      `JOIN member m ON m.id = p.member_id WHERE h.deleted_at IS NULL AND p.start_date <= ? AND COALESCE(p.end_date, p.coverage_end_date, '9999-12-31') > ?`, last, first))),
  ];
  const payees = dedupeSubsidyRecipients(rows.map((r) => ({ key: String(r.id_number), group: r.grp, row: r }) as SubsidyCandidate<Record<string, unknown>>));
  const amount = 40;
  const run = em.create(SubsidyRun, {
    month, title: `${month.replace('-', '年')}月价格临时补贴`, amountPerPerson: amount, groups: 'DIBAO,TEKUN', note: '居民消费价格指数(CPI)同比涨幅达到启动条件',
    personCount: payees.length, totalAmount: payees.length * amount, createdBy: 'county', createdAt: now, updatedAt: now,
  });
  await em.flush();
  for (const p of [...payees].reverse()) {
    em.create(SubsidyPayment, { runId: run.id, memberId: Number(p.row.member_id), householdId: Number(p.row.household_id), townshipCode: String(p.row.township_code),
      regionCode: String(p.row.region_code), name: String(p.row.name), idNumber: p.key, groups: p.groups.join(','), amount });
  }

  // ---- 特困: wishes, a mode change, agreements, visits ---------------------------------------------------------
  const persons = await em.find(TekunPerson, { state: 'ACTIVE' }, { orderBy: { id: 'ASC' } });
  let visits = 0;
  for (const [i, p] of persons.entries()) {
    // wish asked of most; dispersed ones in every other township wish centralised care (the backlog)
    if (i % 5 !== 4) {
      p.centralCareWish = p.supportMode === 'DISPERSED' ? i % 2 === 1 : true;
      p.centralCareAskedOn = addDays(today, -20 - (i % 10));
    }
    if (p.supportMode !== 'DISPERSED') continue;
    const k = i % 4;
    if (k !== 3) {
      // agreements: a valid one, or (every fourth) expired last month; none for k = 3
      const expired = k === 2;
      em.create(CareAgreement, {
        personId: p.id, townshipCode: p.townshipCode, carerKind: k === 0 ? 'ORGANISATION' : 'PERSON', carerName: k === 0 ? p.careProviderOrg : '马秀兰',
        carerPhone: k === 0 ? '' : '13995012345', startDate: expired ? addDays(today, -400) : addDays(today, -100), endDate: expired ? addDays(today, -35) : addDays(today, 265),
        signedOn: expired ? addDays(today, -402) : addDays(today, -102), duties: '每日探视、协助饮食起居、打扫卫生、陪同就医', createdBy: SEED_ACTOR, createdAt: now, updatedAt: now,
      });
    }
    // visits: recent for most, the last one 45 days ago for some (overdue), problems found now and then
    const lastGap = i % 3 === 0 ? 45 : 6;
    for (let v = 0; v < 3; v++) {
      const d = addDays(today, -lastGap - v * 28);
      if (d < p.startDate) break;
      em.create(CareVisit, {
        personId: p.id, townshipCode: p.townshipCode, visitDate: d, visitor: '村委会 王建军', condition: v === 0 && i % 2 ? 'FAIR' : 'GOOD',
        problems: v === 0 && i % 4 === 1 ? '冬季取暖煤不足' : '', helpArranged: v === 0 && i % 4 === 1 ? '协调乡镇发放取暖煤500公斤' : '', createdBy: SEED_ACTOR, createdAt: now,
      });
      visits++;
    }
  }
  // one person moved into centralised care last month (闽宁镇's first dispersed person, or the first found)
  const moving = persons.find((p) => p.supportMode === 'DISPERSED' && p.townshipCode === '640121104') ?? persons.find((p) => p.supportMode === 'DISPERSED');
  if (moving) {
    em.create(TekunSupportChange, { personId: moving.id, fromMode: 'DISPERSED', toMode: 'CENTRALISED', changedOn: addDays(today, -25), reason: '本人申请，生活不能自理，入住敬老院',
      createdBy: SEED_ACTOR, createdAt: now });
    moving.supportMode = 'CENTRALISED';
    moving.careProviderOrg = '永宁县中心敬老院';
  }
  await em.flush();
  return { referrals: moved, visits, payments: payees.length };
}
