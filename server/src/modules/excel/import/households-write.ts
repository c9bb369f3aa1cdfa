// The households import's write: versioned updates and bulk creates with their heads and audit rows, on the raw
// connection (see raw-db.ts). New households get their 户编号 from the ledger's allocator.
import { townshipCodeOf, validateIdNumber } from '@doudi/shared';
import { diffEntries, type AuditEntry } from '../../audit/audit.service.js';
import { householdCodeAllocator } from '../../household/household-code.js';
import type { HouseholdImportDeps, PlannedHousehold as Planned, HouseholdSnapshot as Snapshot } from './households.js';
import { chunks } from './raw-db.js';

const H_COLS = ['id', 'code', 'category', 'region_code', 'township_code', 'address', 'head_name', 'head_id_number', 'phone',
  'member_count', 'income_per_capita', 'risk_types', 'risk_status', 'helper_name', 'remarks', 'version', 'created_at', 'updated_at'];
const M_COLS = ['id', 'household_id', 'name', 'id_number', 'active_id_number', 'gender', 'birth_date', 'relation', 'phone',
  'version', 'created_at', 'updated_at'];
const A_COLS = ['at', 'actor', 'request_id', 'change_set', 'action', 'entity_type', 'entity_id', 'field', 'before', 'after',
  'household_id', 'region_code'];
const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v instanceof Date ? v.toISOString() : v));

function memberSnap(name: string, idNumber: string, phone: string): Record<string, unknown> {
  return { name, idNumber, relation: 'HEAD', phone, health: null, disabilityType: null, disabilityGrade: null, laborAbility: null, schooling: null };
}

/** Writes the planned creates and updates; answers the rows whose versioned update found the household changed. */
export async function writeHouseholds(deps: HouseholdImportDeps, plans: Planned[]): Promise<{ created: number; updated: number; conflicts: Planned[] }> {
  const { db, stamp, now } = deps;
  const at = db.date(now);
  const creates = plans.filter((p) => p.action === 'create');
  const updates = plans.filter((p) => p.action === 'update');
  const total = creates.length + updates.length;
  let done = 0;
  const audit: unknown[][] = [];
  const auditRow = (e: AuditEntry) => [at, stamp.actor, stamp.requestId, stamp.changeSet, e.action, e.entityType, e.entityId,
    e.field ?? null, json(e.before), json(e.after), e.householdId ?? null, e.regionCode ?? null];
  const flushAudit = async (force = false) => {
    if (audit.length >= 10_000 || (force && audit.length)) await db.insert('audit_event', A_COLS, audit.splice(0));
  };

  // Updates first: each a compare-and-set on the version read when matching.
  const conflicts: Planned[] = [];
  let updated = 0;
  const headOf = new Map<number, { id: number; name: string; id_number: string; phone: string }>();
  const headChanged = updates.filter((p) => (p.value.headName !== undefined && p.value.headName !== p.target!.snap.headName)
    || (p.value.headIdNumber !== undefined && p.value.headIdNumber !== p.target!.snap.headIdNumber));
  for (const part of chunks(headChanged.map((p) => p.target!.id), 500)) {
    const rows = await db.all<{ id: number | string; household_id: number | string; name: string; id_number: string; phone: string }>(
      `SELECT id, household_id, name, id_number, phone FROM member WHERE relation = 'HEAD' AND household_id IN (${part.map(() => '?').join(',')})`, part);
    for (const r of rows) headOf.set(Number(r.household_id), { id: Number(r.id), name: r.name, id_number: r.id_number, phone: r.phone });
  }
  const values = (p: Planned) => {
    const after = { ...p.target!.snap, ...p.value } as Snapshot;
    const region = String(after.regionCode);
    return { after, region, params: [after.code, after.category, region, townshipCodeOf(region), after.address, after.headName, after.headIdNumber,
      after.phone, after.incomePerCapita, after.riskTypes, after.riskStatus, after.helperName, after.remarks] };
  };
  for (const part of chunks(updates, 1000)) {
    // PostgreSQL: one versioned UPDATE … FROM (VALUES …) per batch; SQLite: a prepared statement per row, in-process.
    let written: Set<number> | null = null;
    if (db.kind === 'postgresql') {
      const casts = ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'text', 'text', 'text', 'text'];
      const tuple = `(${casts.map((c) => `?::${c}`).join(',')})`;
      const rows = await db.all<{ id: number | string }>(
        'UPDATE household AS h SET code = v.code, category = v.category, region_code = v.region_code, township_code = v.township_code, ' +
        'address = v.address, head_name = v.head_name, head_id_number = v.head_id_number, phone = v.phone, income_per_capita = v.income, ' +
        'risk_types = v.risk_types, risk_status = v.risk_status, helper_name = v.helper_name, remarks = v.remarks, version = h.version + 1, updated_at = ? ' +
        `FROM (VALUES ${part.map(() => tuple).join(',')}) AS v(id, version, code, category, region_code, township_code, address, head_name, ` +
        'head_id_number, phone, income, risk_types, risk_status, helper_name, remarks) ' +
        'WHERE h.id = v.id AND h.version = v.version AND h.deleted_at IS NULL RETURNING h.id',
        [at, ...part.flatMap((p) => [p.target!.id, p.target!.version, ...values(p).params])]);
      written = new Set(rows.map((r) => Number(r.id)));
    }
    for (const p of part) {
      const t = p.target!;
      const { after, region, params } = values(p);
      const n = written ? (written.has(t.id) ? 1 : 0) : await db.run(
        'UPDATE household SET code = ?, category = ?, region_code = ?, township_code = ?, address = ?, head_name = ?, head_id_number = ?, phone = ?, ' +
        'income_per_capita = ?, risk_types = ?, risk_status = ?, helper_name = ?, remarks = ?, version = version + 1, updated_at = ? ' +
        'WHERE id = ? AND version = ? AND deleted_at IS NULL',
        [...params, at, t.id, t.version]);
      if (n !== 1) {
        conflicts.push(p);
        continue;
      }
      updated += 1;
      const base = { householdId: t.id, regionCode: region };
      const entries = diffEntries({ ...base, entityType: 'household', entityId: String(t.id) }, t.snap, after);
      const head = headOf.get(t.id);
      if (head && (after.headName !== t.snap.headName || after.headIdNumber !== t.snap.headIdNumber)) {
        const idn = String(after.headIdNumber);
        const parsed = validateIdNumber(idn, now);
        const gender = parsed.ok ? parsed.gender : null;
        const birth = parsed.ok ? parsed.birthDate : null;
        await db.run('UPDATE member SET name = ?, id_number = ?, active_id_number = ?, gender = COALESCE(?, gender), birth_date = COALESCE(?, birth_date), version = version + 1, updated_at = ? WHERE id = ?',
          [after.headName, idn, idn, gender, birth, at, head.id]);
        entries.push(...diffEntries({ ...base, entityType: 'member', entityId: String(head.id) },
          { name: head.name, idNumber: head.id_number }, { name: after.headName, idNumber: idn }));
      }
      for (const e of entries) audit.push(auditRow(e));
    }
    done += part.length;
    await flushAudit();
    deps.progress?.('commit', done, total);
  }

  // Creates: ids reserved up front, then households, their heads and the audit rows in bulk.
  const hIds = await db.reserveIds('household', creates.length);
  const mIds = await db.reserveIds('member', creates.length);
  // The ledger's own allocator (YN…), skipping the codes the sheet itself assigns.
  const used = new Set(plans.map((p) => p.value.code as string | undefined).filter((c): c is string => !!c));
  // One reservation for the whole sheet: only the rows without their own 户编号 need one.
  const needed = creates.filter((p) => !p.value.code).length;
  const allocate = await householdCodeAllocator((text, params) => db.all<Record<string, unknown>>(text, params), needed, used);
  let k = 0;
  // PostgreSQL: fewer, larger COPYs (each is a round trip); SQLite: the statements run in-process either way.
  for (const part of chunks(creates, db.kind === 'postgresql' ? 5000 : 1000)) {
    const hRows: unknown[][] = [];
    const mRows: unknown[][] = [];
    for (const p of part) {
      const v = p.value;
      const hid = hIds[k]!;
      const mid = mIds[k]!;
      k += 1;
      const region = v.regionCode as string;
      const snap: Snapshot = {
        code: (v.code as string | undefined) ?? allocate(), category: v.category, regionCode: region,
        address: v.address ?? '', headName: v.headName, headIdNumber: v.headIdNumber, phone: v.phone ?? '',
        incomePerCapita: v.incomePerCapita ?? 0, riskTypes: v.riskTypes ?? '', riskStatus: v.riskStatus ?? 'MONITORING',
        helperName: v.helperName ?? '', remarks: v.remarks ?? '',
      };
      const idn = String(v.headIdNumber);
      const parsed = validateIdNumber(idn, now);
      hRows.push([hid, snap.code, snap.category, region, townshipCodeOf(region), snap.address, snap.headName, idn, snap.phone, 1,
        snap.incomePerCapita, snap.riskTypes, snap.riskStatus, snap.helperName, snap.remarks, 1, at, at]);
      mRows.push([mid, hid, snap.headName, idn, idn, parsed.ok ? parsed.gender : 'MALE', parsed.ok ? parsed.birthDate : '1900-01-01', 'HEAD', '', 1, at, at]);
      const base = { householdId: hid, regionCode: region };
      audit.push(auditRow({ ...base, action: 'CREATE', entityType: 'household', entityId: String(hid), after: snap }));
      audit.push(auditRow({ ...base, action: 'CREATE', entityType: 'member', entityId: String(mid), after: memberSnap(String(snap.headName), idn, '') }));
    }
    await db.insert('household', H_COLS, hRows);
    await db.insert('member', M_COLS, mRows);
    await flushAudit();
    done += part.length;
    deps.progress?.('commit', done, total);
  }
  await flushAudit(true);
  return { created: creates.length, updated, conflicts };
}

