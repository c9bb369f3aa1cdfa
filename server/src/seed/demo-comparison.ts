import type { EntityManager } from '@mikro-orm/core';
import { ROLE_SCOPES, addDays, chinaDate, idCheckChar, regionPath, type ComparisonKind } from '@doudi/shared';
import type { AppConfig } from '../config.js';
import { evidenceDirOf } from '../config.js';
import { Access } from '../common/access.js';
import { queryRows, sql } from '../common/sql.js';
import { ComparisonService } from '../modules/comparison/comparison.service.js';
import type { SourceRowIn } from '../modules/comparison/comparison.rows.js';

// Demo 数据比对 sources, one of each kind, drawn from the demo households so that every rule has findings on first
// start (and each source has rows that match without a finding, and rows that match nobody). Deterministic: the same
// households give the same rows. Loaded and compared through the service, as an integrator's push would be.

interface P { id_number: string; name: string; household_id: unknown; category: string; region_code: string }

const SEED_ACTOR = 'demo-seed';
const DIBAO = `EXISTS (SELECT 1 FROM dibao_case d WHERE d.state IN ('ACTIVE', 'GRADUAL_EXIT') AND ((d.kind = 'HOUSEHOLD' AND d.household_id = h.id) OR d.member_id = m.id))`;
// People of other counties (固原), in no household of Doudi.
const STRANGERS = ['64042219900101123', '64042319850505234', '64042419780303345'].map((f) => f + idCheckChar(f));

export async function seedDemoComparison(em: EntityManager, config: AppConfig, now: Date): Promise<{ sources: number; findings: number }> {
  const [exists] = await queryRows(em, sql('SELECT 1 AS x FROM comparison_source LIMIT 1'));
  if (exists) return { sources: 0, findings: 0 };
  const people = async (where: string, limit: number, offset = 0): Promise<P[]> => queryRows<P>(em, sql(
    `SELECT m.id_number, m.name, m.household_id, h.category, h.region_code FROM member m JOIN household h ON h.id = m.household_id
      WHERE h.deleted_at IS NULL AND ${where} ORDER BY m.id LIMIT ? OFFSET ?`, limit, offset));
  const access = new Access({ kind: 'session', actor: SEED_ACTOR, userId: null, tokenId: 0, role: 'ADMIN', regionCode: null, unitCode: null, scopes: new Set(ROLE_SCOPES.ADMIN) });
  const svc = new ComparisonService(
    { em, kind: config.db.kind, clock: { now: () => now }, access, stamp: { actor: SEED_ACTOR, requestId: 'demo-seed', changeSet: null }, pii: { households: new Set() } },
    { storeDir: evidenceDirOf(config), dueDays: config.tasks.findingDueDays, evidenceMaxBytes: config.tasks.evidenceMaxBytes },
  );
  const today = chinaDate(now);
  const asOf = addDays(today, -3);
  // A small demo county may lack some people (no 特困 person, few 低保 cases): their rows are left out.
  const row = (p: { id_number: string; name: string } | undefined, cells: Record<string, string | number>) => (p ? { idNumber: p.id_number, name: p.name, ...cells } : null);
  const stranger = (i: number, cells: Record<string, string | number>) => ({ idNumber: STRANGERS[i % STRANGERS.length]!, name: ['马金花', '李存福', '杨海军'][i % 3]!, ...cells });

  const onDibao = await people(DIBAO, 12);
  const notOnDibao = await people(`NOT ${DIBAO}`, 40, 7);
  const tekun = await people(`EXISTS (SELECT 1 FROM tekun_person t WHERE t.member_id = m.id AND t.state = 'ACTIVE')`, 2);
  const [pair] = await queryRows<{ household_id: unknown }>(em, sql(
    `SELECT m.household_id FROM member m JOIN household h ON h.id = m.household_id WHERE h.deleted_at IS NULL AND ${DIBAO}
      GROUP BY m.household_id HAVING COUNT(*) >= 2 ORDER BY m.household_id LIMIT 1`));
  const pairMembers = pair ? await people(`m.household_id = ${Number(pair.household_id)}`, 2) : [];
  const migrants = await queryRows<{ id_number: string; name: string }>(em, sql(
    `SELECT recipient_id_number AS id_number, recipient_name AS name FROM relief_grant WHERE migrant_worker_case = TRUE AND recipient_id_number <> '' ORDER BY id LIMIT 3`));
  const at = (list: P[], i: number): P | undefined => list[i % Math.max(1, list.length)];
  const otherCategory = (c: string) => (c === 'MONITORED' ? '边缘易致贫户' : '脱贫不稳定户');
  const categoryZh: Record<string, string> = { UNLIFTED: '未脱贫户', MONITORED: '脱贫不稳定户', MARGINAL: '边缘易致贫户', SUDDEN: '突发严重困难户' };

  const sources: Record<ComparisonKind, (Record<string, unknown> | null)[]> = {
    DEATH: [row(at(notOnDibao, 0), { deathDate: addDays(today, -40) }), row(at(onDibao, 0), { deathDate: addDays(today, -75) }),
      ...tekun.map((p, i) => row(p, { deathDate: addDays(today, -20 - i) })), stranger(0, { deathDate: addDays(today, -10) })],
    VEHICLE: [row(at(onDibao, 1), { plate: '宁A·3K721', vehicleType: '小型普通客车' }), row(at(notOnDibao, 1), { plate: '宁A·5M208', vehicleType: '轻型货车' }),
      at(notOnDibao, 2) ? { ...row(at(notOnDibao, 2), { plate: '宁A·7Q116', vehicleType: '二轮摩托车' }), name: `${at(notOnDibao, 2)!.name.slice(0, 1)}小${at(notOnDibao, 2)!.name.slice(-1)}` } : null,
      stranger(1, { plate: '宁B·20931', vehicleType: '小型轿车' })],
    BUSINESS: [row(at(onDibao, 2), { businessName: '永宁县杨和镇鑫源百货店', businessStatus: '存续' }), row(at(onDibao, 3), { businessName: '永宁县兴达汽修部', businessStatus: '注销' }),
      row(at(notOnDibao, 3), { businessName: '永宁县望远镇顺达养殖场', businessStatus: '在业' })],
    PROPERTY: [...pairMembers.map((p) => row(p, { propertyCount: 1 })), row(at(onDibao, 4), { propertyCount: 1 }), row(at(notOnDibao, 4), { propertyCount: 3 })],
    EMPLOYMENT: [row(at(onDibao, 5), { employer: '宁夏某建材有限公司', monthlyWage: 3200 }), row(at(onDibao, 6), { employer: '永宁县保洁服务队', monthlyWage: 300 }),
      row(at(notOnDibao, 5), { employer: '银川某物流公司', monthlyWage: 4500 })],
    UNEMPLOYMENT_INSURANCE: [...migrants.map((p, i) => row(p, { insuranceStatus: i === 0 ? '参保缴费' : '停保' })), row(at(notOnDibao, 6), { insuranceStatus: '参保缴费' })],
    MEDICAL_AID: [row(at(notOnDibao, 7), { aidStatus: '已救助', aidDate: addDays(today, -50) }), row(at(notOnDibao, 8), { aidStatus: '已救助', aidDate: addDays(today, -20) }),
      row(at(onDibao, 7), { aidStatus: '已救助', aidDate: addDays(today, -30) })],
    DISABILITY: [row(at(notOnDibao, 9), { certificateType: '肢体', disabilityGrade: '一级' }), row(at(notOnDibao, 10), { certificateType: '精神', disabilityGrade: '二级' }),
      row(at(notOnDibao, 11), { certificateType: '视力', disabilityGrade: '三级' })],
    MONITORING_LIST: [
      ...notOnDibao.slice(12, 16).map((p, i) => row(p, { monitoringCategory: i < 2 ? otherCategory(p.category) : categoryZh[p.category] ?? '脱贫不稳定户', regionName: regionPath(p.region_code) })),
      stranger(2, { monitoringCategory: '突发严重困难户', regionName: '闽宁镇原隆村' }),
    ],
  };
  let findings = 0;
  let count = 0;
  for (const [kind, all] of Object.entries(sources) as [ComparisonKind, (Record<string, unknown> | null)[]][]) {
    const rows = all.filter((r): r is Record<string, unknown> => r !== null);
    if (!rows.length) continue;
    const ins: SourceRowIn[] = rows.map((r, i) => ({ row: i + 2, cells: r as SourceRowIn['cells'] }));
    const loaded = await svc.load({ kind, asOf, via: 'API', fileName: `demo-${kind.toLowerCase()}.json`, bytes: Buffer.from(JSON.stringify({ kind, asOf, rows })), rows: ins, commit: true, atomic: false });
    if (!loaded.source) continue;
    count += 1;
    findings += (await svc.run(loaded.source.id)).outcome.findings;
  }
  return { sources: count, findings };
}
