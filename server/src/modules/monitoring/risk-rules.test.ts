import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import {
  GOOD, REFERRALS, ELIMINATE, china, createHousehold, errs, saveOk, WORKING, ELDERLY, codeOf,
} from '../../test-support/monitoring.js';

// The risk rules of measure 12: at risk → referral and back under monitoring; 风险消除 and each of its conditions.
const VILLAGE = '640121100200';
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
const SIX = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
const HH = `query($id: ID!) { household(id: $id) { id riskStatus version } }`;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  yanghe = await s.as('yanghe');
});
afterAll(async () => s?.stop());

async function referralsOf(householdId: string, state?: string): Promise<any[]> {
  const res = await s.gql(REFERRALS, { w: state ? { state } : {}, first: 500 });
  return res.data.riskReferrals.edges.map((e: any) => e.node).filter((n: any) => n.householdId === householdId);
}

async function household(id: string) {
  return (await s.gql(HH, { id })).data.household;
}

/** Six visited months that pass everything, with measures in the first. */
async function sixGoodMonths(id: string, over: (m: string) => Record<string, unknown> = () => ({})) {
  for (const [i, m] of SIX.entries()) {
    await saveOk(s.gql, { householdId: id, month: m, visitDate: `${m}-10`, ...GOOD, measures: i === 0 ? '产业奖补 2000 元' : '', ...over(m) });
  }
}

describe(`risk rules on ${TEST_DB_KIND}`, () => {
  it('flags income under the line of the month\'s year and each failed check, and opens one referral per household', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    const low = await saveOk(yanghe, { householdId: h.id, month: '2026-05', visitDate: '2026-05-06', ...GOOD, incomeWages: 1000 });
    expect(low).toMatchObject({ incomeTotal: 5000, atRisk: true });
    let refs = await referralsOf(h.id);
    expect(refs).toEqual([expect.objectContaining({ state: 'OPEN', month: '2026-05', checkId: low.checkId, reasons: ['人均纯收入 5000 元低于 2026 年监测线 7500 元'] })]);
    // A later month at risk for other reasons: still one open referral, brought up to date.
    const failed = await saveOk(yanghe, {
      householdId: h.id, month: '2026-06', visitDate: '2026-06-02', ...GOOD, foodOk: false, schoolingOk: false, housingGrade: 'C', waterOk: false,
    });
    expect(failed.atRisk).toBe(true);
    refs = await referralsOf(h.id);
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ month: '2026-06', checkId: failed.checkId, reasons: ['不愁吃未达标', '义务教育未保障', '住房安全等级为 C 级（不安全）', '饮水安全未保障'] });
    for (const [field, value, reason] of [
      ['clothingOk', false, '不愁穿未达标'], ['medicalInsuranceOk', false, '基本医疗保险未保障'], ['housingGrade', 'D', '住房安全等级为 D 级（不安全）'],
    ] as const) {
      const other = await createHousehold(s.gql, { regionCode: VILLAGE });
      const row = await saveOk(s.gql, { householdId: other.id, month: '2026-06', visitDate: '2026-06-03', ...GOOD, [field]: value });
      expect(row.atRisk).toBe(true);
      expect((await referralsOf(other.id))[0].reasons).toEqual([reason]);
    }
    // Not checked yet (null) and a draft without income are not failures.
    const unknown = await createHousehold(s.gql, { regionCode: VILLAGE });
    expect(await saveOk(s.gql, { householdId: unknown.id, month: '2026-06', visitor: '李建国' })).toMatchObject({ atRisk: false, incomeTotal: null, foodOk: null });
    expect(await referralsOf(unknown.id)).toEqual([]);
    // Filters of the referral list.
    const open = (await s.gql(REFERRALS, { w: { state: 'OPEN', month: '2026-06', regionCode: '640121100' } })).data.riskReferrals;
    expect(open.totalCount).toBe(4);
    const lijun = await s.as('lijun');
    expect((await lijun(REFERRALS, {})).data.riskReferrals.totalCount).toBe(0);
  });

  it('filters the grid to households with an open referral (风险待帮扶), the same count as the overview\'s figure', async () => {
    const grid = async (w: Record<string, unknown>, gql: Gql = s.gql) => {
      const r = await gql(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 500) { totalCount edges { node { householdId atRisk } } } }`, { w });
      expect(r.errors).toBeUndefined();
      return { total: r.data.monthlyChecks.totalCount as number, ids: r.data.monthlyChecks.edges.map((e: any) => e.node.householdId as string) };
    };
    // at risk in May (referral opened), visited and passing in June: still 风险待帮扶 in June, though not at risk that month
    const may = await createHousehold(s.gql, { regionCode: VILLAGE });
    await saveOk(s.gql, { householdId: may.id, month: '2026-05', visitDate: '2026-05-06', ...GOOD, waterOk: false });
    const june = await saveOk(s.gql, { householdId: may.id, month: '2026-06', visitDate: '2026-06-06', ...GOOD });
    expect(june.atRisk).toBe(false);
    const calm = await createHousehold(s.gql, { regionCode: VILLAGE });
    const w = { month: '2026-06', regionCode: '640121100' };
    const open = await grid({ ...w, openReferral: true });
    const rest = await grid({ ...w, openReferral: false });
    const all = await grid(w);
    expect(open.ids).toContain(may.id);
    expect(open.ids).not.toContain(calm.id);
    expect(rest.ids).toContain(calm.id);
    expect(open.total + rest.total).toBe(all.total);
    expect((await grid({ ...w, atRisk: true })).ids).not.toContain(may.id);
    // the same households as the open referrals of the township …
    const refs = (await s.gql(REFERRALS, { w: { state: 'OPEN', regionCode: '640121100' }, first: 500 })).data.riskReferrals;
    expect(refs.totalCount).toBe(open.total);
    expect(new Set(refs.edges.map((e: any) => e.node.householdId))).toEqual(new Set(open.ids));
    // … and as the overview's 风险待帮扶 figure (households × open referral), per category too
    const o = await s.gql(`query($m: String!, $r: String) { overview(month: $m, regionCode: $r) { households { category atRisk } } }`, { m: '2026-06', r: '640121100' });
    expect(o.errors).toBeUndefined();
    const figures = o.data.overview.households as { category: string; atRisk: number }[];
    expect(figures.reduce((n, f) => n + f.atRisk, 0)).toBe(open.total);
    const cat = figures.find((f) => f.atRisk > 0)!.category;
    expect((await grid({ ...w, openReferral: true, category: cat })).total).toBe(figures.filter((f) => f.category === cat).reduce((n, f) => n + f.atRisk, 0));
    // a township user sees only their own
    expect((await grid({ month: '2026-06', openReferral: true }, await s.as('lijun'))).ids).not.toContain(may.id);
  });

  it('puts an eliminated household back under monitoring when a check finds it at risk, audited in the same save', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE, riskStatus: 'ELIMINATED' }, WORKING());
    expect((await household(h.id)).riskStatus).toBe('ELIMINATED');
    await saveOk(s.gql, { householdId: h.id, month: '2026-05', visitDate: '2026-05-06', ...GOOD });
    expect((await household(h.id)).riskStatus).toBe('ELIMINATED');
    await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-06', ...GOOD, waterOk: false });
    const after = await household(h.id);
    expect(after).toMatchObject({ riskStatus: 'MONITORING', version: h.version + 1 });
    const audit = (await s.gql(`query($h: ID!) { auditEvents(where: { householdId: $h, entityType: "household" }) { edges { node { actor field before after } } } }`, { h: h.id })).data.auditEvents.edges.map((e: any) => e.node);
    expect(audit).toContainEqual({ actor: 'yanghe', field: 'riskStatus', before: '"ELIMINATED"', after: '"MONITORING"' });
    expect((await referralsOf(h.id, 'OPEN'))[0].reasons).toEqual(['饮水安全未保障']);
  });
});

describe(`风险消除 (eliminateRisk) on ${TEST_DB_KIND}`, () => {
  it('reports every unmet condition, one error each, naming it', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await createHousehold(s.gql, { regionCode: VILLAGE }, ELDERLY());
    const r = (await s.gql(ELIMINATE, { id: h.id, v: h.version })).data.eliminateRisk;
    expect(r.ok).toBe(false);
    expect(r.household).toBeNull();
    expect(errs(r)).toEqual([
      'monitoredMonths:ELIMINATION_NOT_ALLOWED', 'assistanceMeasures:ELIMINATION_NOT_ALLOWED', 'incomeAboveLine:ELIMINATION_NOT_ALLOWED',
      'latestCheck:ELIMINATION_NOT_ALLOWED', 'workingAgeMembers:ELIMINATION_NOT_ALLOWED',
    ]);
    expect(r.errors.map((e: any) => e.message)).toEqual([
      '不能标注风险消除：监测未满 6 个月：自 2026-06-15 起监测，须到 2026-12-15 才满 6 个月',
      '不能标注风险消除：未落实任何帮扶措施：无低保、临时救助或特困供养记录，月度走访记录中也未填写帮扶措施',
      '不能标注风险消除：近 6 个月（2025-12 至 2026-05）人均纯收入须均不低于监测线：2025-12 无走访记录；2026-01 无走访记录；2026-02 无走访记录；2026-03 无走访记录；2026-04 无走访记录；2026-05 无走访记录',
      '不能标注风险消除：没有走访记录，无法确认两不愁三保障及饮水安全',
      '不能标注风险消除：无劳动年龄人口（16–60 周岁且有劳动能力）的家庭不能标注风险消除',
    ]);
    const conds = (await yanghe(`query($id: ID!) { riskEliminationCheck(householdId: $id) { condition label met } }`, { id: h.id })).data.riskEliminationCheck;
    expect(conds.map((c: any) => [c.condition, c.met])).toEqual([
      ['monitoredMonths', false], ['assistanceMeasures', false], ['incomeAboveLine', false], ['latestCheck', false], ['workingAgeMembers', false],
    ]);
    expect(conds[4].label).toBe('家中有劳动年龄人口（16–60周岁且有劳动能力）');
  });

  it('eliminates a household that meets all conditions: status, version, audit, referral closed', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE }, WORKING());
    await sixGoodMonths(h.id);
    // An old at-risk month opened a referral; it closes with the elimination.
    await saveOk(s.gql, { householdId: h.id, month: '2025-11', visitDate: '2025-11-10', ...GOOD, incomeWages: 100 });
    expect(await referralsOf(h.id, 'OPEN')).toHaveLength(1);
    const cur = await household(h.id);
    const stale = (await yanghe(ELIMINATE, { id: h.id, v: cur.version - 1 })).data.eliminateRisk;
    expect(errs(stale)).toEqual(['version:VERSION_CONFLICT']);
    expect(stale.conflict.version).toBe(cur.version);
    const r = (await yanghe(ELIMINATE, { id: h.id, v: cur.version })).data.eliminateRisk;
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ ok: true, household: { id: h.id, riskStatus: 'ELIMINATED', version: cur.version + 1 } });
    expect(await referralsOf(h.id, 'OPEN')).toEqual([]);
    expect((await referralsOf(h.id, 'CLOSED'))[0]).toMatchObject({ closeReason: '风险消除' });
    const audit = (await s.gql(`query($h: ID!) { auditEvents(where: { householdId: $h, entityType: "household" }) { edges { node { actor field before after } } } }`, { h: h.id })).data.auditEvents.edges.map((e: any) => e.node);
    expect(audit[0]).toEqual({ actor: 'yanghe', field: 'riskStatus', before: '"MONITORING"', after: '"ELIMINATED"' });
    const again = (await yanghe(ELIMINATE, { id: h.id, v: cur.version + 1 })).data.eliminateRisk;
    expect(errs(again)).toEqual(['riskStatus:INVALID_STATE']);
  });

  it('refuses each condition alone, naming it', async () => {
    const only = async (setup: (id: string) => Promise<void>, members = WORKING()) => {
      const h = await createHousehold(s.gql, { regionCode: VILLAGE }, members);
      await setup(h.id);
      const v = (await household(h.id)).version;
      const r = (await s.gql(ELIMINATE, { id: h.id, v })).data.eliminateRisk;
      expect(r.ok).toBe(false);
      return r.errors as { field: string; code: string; message: string }[];
    };
    // one month missing, one month below the line
    let e = await only((id) => sixGoodMonths(id, (m) => (m === '2026-02' ? { visitDate: '' } : m === '2026-04' ? { incomeWages: 100 } : {})));
    expect(e).toEqual([{ field: 'incomeAboveLine', code: 'ELIMINATION_NOT_ALLOWED',
      message: '不能标注风险消除：近 6 个月（2025-12 至 2026-05）人均纯收入须均不低于监测线：2026-02 无走访记录；2026-04 人均纯收入 4100 元低于监测线 7500 元' }]);
    // the line of each month's year: 7300 passes 2025 (7200) but not 2026 (7500)
    e = await only((id) => sixGoodMonths(id, () => ({ incomeWages: 3300 })));
    expect(e.map((x) => x.field)).toEqual(['incomeAboveLine']);
    expect(e[0]!.message).toMatch(/2026-01 人均纯收入 7300 元低于监测线 7500 元/);
    expect(e[0]!.message).not.toMatch(/2025-12 人均/);
    // no measure recorded anywhere
    e = await only((id) => sixGoodMonths(id, () => ({ measures: '' })));
    expect(e.map((x) => x.field)).toEqual(['assistanceMeasures']);
    // the latest visited check fails (housing C) — and a check not yet answered counts as not passing
    e = await only((id) => sixGoodMonths(id, (m) => (m === '2026-05' ? { housingGrade: 'C' } : {})));
    expect(e).toEqual([{ field: 'latestCheck', code: 'ELIMINATION_NOT_ALLOWED', message: '不能标注风险消除：最近一次走访（2026-05）未全部达标：住房安全等级为 C 级（不安全）' }]);
    e = await only((id) => sixGoodMonths(id, (m) => (m === '2026-05' ? { waterOk: null } : {})));
    expect(e[0]!.message).toBe('不能标注风险消除：最近一次走访（2026-05）未全部达标：饮水安全有保障未核实');
    // monitored less than 6 months: checks only since 2026-01 and a household entered today
    e = await only(async (id) => {
      for (const m of SIX.slice(1)) await saveOk(s.gql, { householdId: id, month: m, visitDate: `${m}-10`, ...GOOD, measures: '就业帮扶' });
    });
    expect(e.map((x) => x.field)).toEqual(['monitoredMonths', 'incomeAboveLine']);
    expect(e[0]!.message).toBe('不能标注风险消除：监测未满 6 个月：自 2026-01-01 起监测，须到 2026-07-01 才满 6 个月');
    // no working-age member: a 61-year-old and a 15-year-old, and a 40-year-old who has lost the ability to work
    e = await only((id) => sixGoodMonths(id), [
      { name: '王大爷', idNumber: idBorn('19650614'), relation: 'HEAD', laborAbility: 'NORMAL' },
      { name: '王小', idNumber: idBorn('20100616'), relation: 'GRANDSON', laborAbility: 'NONE' },
      { name: '王二', idNumber: idBorn('19860101'), relation: 'SON', laborAbility: 'LOST' },
    ]);
    expect(e.map((x) => x.field)).toEqual(['workingAgeMembers']);
  });

  it('counts the current month once it is visited, and rolls the window over with the clock', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await createHousehold(s.gql, { regionCode: VILLAGE }, WORKING());
    await sixGoodMonths(h.id);
    // This month visited and below the line: the window is 2026-01 … 2026-06 now.
    await saveOk(s.gql, { householdId: h.id, month: '2026-06', visitDate: '2026-06-12', ...GOOD, incomeWages: 100 });
    const v = (await household(h.id)).version;
    const r = (await s.gql(ELIMINATE, { id: h.id, v })).data.eliminateRisk;
    expect(r.errors.map((x: any) => x.field)).toEqual(['incomeAboveLine']);
    expect(r.errors[0].message).toMatch(/（2026-01 至 2026-06）.*2026-06 人均纯收入 4100 元/);
    // A month later, July not visited yet: the window is still 2026-01 … 2026-06.
    clock.set(china('2026-07-01T00:05:00'));
    const r2 = (await s.gql(ELIMINATE, { id: h.id, v })).data.eliminateRisk;
    expect(r2.errors[0].message).toMatch(/（2026-01 至 2026-06）/);
    clock.set(china('2026-06-15T10:00:00'));
  });

  it('keeps township users to their township', async () => {
    const lijun = await s.as('lijun');
    const h = await createHousehold(s.gql, { regionCode: VILLAGE }, WORKING());
    const r = (await lijun(ELIMINATE, { id: h.id, v: h.version })).data.eliminateRisk;
    expect(errs(r)).toEqual(['id:NOT_FOUND']); // another township's household answers as a missing one (issue 13)
    expect(codeOf(await lijun(`query($id: ID!) { riskEliminationCheck(householdId: $id) { met } }`, { id: h.id }))).toBe('NOT_FOUND');
  });

  it('answers a foreign household id exactly as a missing one (riskEliminationCheck and eliminateRisk)', async () => {
    const lijun = await s.as('lijun');
    const h = await createHousehold(s.gql, { regionCode: VILLAGE }, WORKING());
    const missing = String(Number(h.id) + 100000);
    const CHECK = `query($id: ID!) { riskEliminationCheck(householdId: $id) { met } }`;
    // The id itself appears in the message, so compare with it replaced (and each answer's own request id).
    const shape = (res: any, id: string) => JSON.stringify({ data: res.data ?? null, errors: (res.errors ?? []).map((e: any) => ({ message: e.message, extensions: { ...e.extensions, requestId: '<request>' } })) })
      .split(id).join('<id>');
    const fc = await lijun(CHECK, { id: h.id });
    const mc = await lijun(CHECK, { id: missing });
    expect(codeOf(fc)).toBe('NOT_FOUND');
    expect(shape(fc, h.id)).toBe(shape(mc, missing));
    const fe = await lijun(ELIMINATE, { id: h.id, v: h.version });
    const me = await lijun(ELIMINATE, { id: missing, v: h.version });
    expect(errs(fe.data.eliminateRisk)).toEqual(['id:NOT_FOUND']);
    expect(shape(fe, h.id)).toBe(shape(me, missing));
    // The owner still sees the household (it exists): the answers differ only by scope.
    expect(codeOf(await s.gql(CHECK, { id: h.id }))).toBe('OK');
  });
});

let seq = 100;
/** An ID number with a given birth date (unique in this file). */
function idBorn(birth: string): string {
  seq += 1;
  const first17 = `640121${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
