// The households import's write: versioned updates and bulk creates with their heads and audit rows, on the raw
// connection (see raw-db.ts). New households get their 户编号 from the ledger's allocator.
import { HOUSEHOLD_FIELDS, townshipCodeOf, validateIdNumber } from '@doudi/shared';
import { AUDIT_COLUMNS, bulkAuditRows, diffEntries, type AuditEntry } from '../../audit/audit.service.js';
import { householdCodeAllocator } from '../../household/household-code.js';
import { HOUSEHOLD_EDITABLE, columnOf } from '../../household/household.columns.js';
import { memberSnapshot } from '../../household/ledger-base.service.js';
import type { HouseholdImportDeps, PlannedHousehold as Planned, HouseholdSnapshot as Snapshot } from './households.js';
import { chunks } from './raw-db.js';
import { timed } from './phase-timer.js';

// The columns the ledger service writes (HOUSEHOLD_EDITABLE), plus what the database keeps beside them.
const EDIT_COLS = HOUSEHOLD_EDITABLE.map(columnOf);
const SET_COLS = [...EDIT_COLS, 'township_code'];
const H_COLS = ['id', ...SET_COLS, 'member_count', 'version', 'created_at', 'updated_at'];
const M_COLS = ['id', 'household_id', 'name', 'id_number', 'active_id_number', 'gender', 'birth_date', 'relation', 'phone',
  'version', 'created_at', 'updated_at'];
/** A household's values in SET_COLS order: its editable fields, then the township of its region. */
const editValues = (v: Record<string, unknown>, region: string): unknown[] => [...HOUSEHOLD_EDITABLE.map((k) => v[k]), townshipCodeOf(region)];
// PostgreSQL's VALUES list needs its types: float8 for the number fields, text for the rest.
const NUMBER_COLS = new Set(HOUSEHOLD_FIELDS.filter((f) => f.type === 'number').map((f) => columnOf(f.name)));
const PG_TUPLE = `(${['int', 'int', ...SET_COLS.map((c) => (NUMBER_COLS.has(c) ? 'float8' : 'text'))].map((c) => `?::${c}`).join(',')})`;
const pgUpdate = (rows: number): string =>
  `UPDATE household AS h SET ${SET_COLS.map((c) => `${c} = v.${c}`).join(', ')}, version = h.version + 1, updated_at = ? ` +
  `FROM (VALUES ${Array(rows).fill(PG_TUPLE).join(',')}) AS v(id, version, ${SET_COLS.join(', ')}) ` +
  'WHERE h.id = v.id AND h.version = v.version AND h.deleted_at IS NULL RETURNING h.id';
const SQLITE_UPDATE = `UPDATE household SET ${SET_COLS.map((c) => `${c} = ?`).join(', ')}, version = version + 1, updated_at = ? ` +
  'WHERE id = ? AND version = ? AND deleted_at IS NULL';

/** Hands the event loop back (SQLite's statements run synchronously in this process). */
const breathe = () => new Promise<void>((r) => setImmediate(r));

/** Writes the planned creates and updates; answers the rows whose versioned update found the household changed. */
export async function writeHouseholds(deps: HouseholdImportDeps, plans: Planned[]): Promise<{ created: number; updated: number; conflicts: Planned[] }> {
  const { db, stamp, now, phases } = deps;
  const at = db.date(now);
  const creates = plans.filter((p) => p.action === 'create');
  const updates = plans.filter((p) => p.action === 'update');
  const total = creates.length + updates.length;
  let done = 0;
  // Audit rows in bulk, noted for change events raised when the import's transaction commits (none on a rollback).
  let entries: AuditEntry[] = [];
  const flushAudit = async (force = false) => {
    if (entries.length < 10_000 && !(force && entries.length)) return;
    const rows = bulkAuditRows(db, stamp, now, at, entries);
    entries = [];
    await timed(phases, 'insertAudit', () => db.insert('audit_event', AUDIT_COLUMNS, rows));
  };

  // Updates first: each a compare-and-set on the version read when matching.
  const u0 = performance.now();
  const audit0 = phases?.insertAudit ?? 0;
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
    return { after, region, params: editValues(after, region) };
  };
  for (const part of chunks(updates, 1000)) {
    // PostgreSQL: one versioned UPDATE … FROM (VALUES …) per batch; SQLite: a prepared statement per row, in-process.
    let written: Set<number> | null = null;
    if (db.kind === 'postgresql') {
      const rows = await db.all<{ id: number | string }>(pgUpdate(part.length),
        [at, ...part.flatMap((p) => [p.target!.id, p.target!.version, ...values(p).params])]);
      written = new Set(rows.map((r) => Number(r.id)));
    }
    for (const p of part) {
      const t = p.target!;
      const { after, region, params } = values(p);
      const n = written ? (written.has(t.id) ? 1 : 0) : await db.run(SQLITE_UPDATE, [...params, at, t.id, t.version]);
      if (n !== 1) {
        conflicts.push(p);
        continue;
      }
      updated += 1;
      const base = { householdId: t.id, regionCode: region };
      const changes = diffEntries({ ...base, entityType: 'household', entityId: String(t.id) }, t.snap, after);
      const head = headOf.get(t.id);
      if (head && (after.headName !== t.snap.headName || after.headIdNumber !== t.snap.headIdNumber)) {
        const idn = String(after.headIdNumber);
        const parsed = validateIdNumber(idn, now);
        const gender = parsed.ok ? parsed.gender : null;
        const birth = parsed.ok ? parsed.birthDate : null;
        await db.run('UPDATE member SET name = ?, id_number = ?, active_id_number = ?, gender = COALESCE(?, gender), birth_date = COALESCE(?, birth_date), version = version + 1, updated_at = ? WHERE id = ?',
          [after.headName, idn, idn, gender, birth, at, head.id]);
        changes.push(...diffEntries({ ...base, entityType: 'member', entityId: String(head.id) },
          { name: head.name, idNumber: head.id_number }, { name: after.headName, idNumber: idn }));
      }
      for (const e of changes) entries.push(e);
    }
    done += part.length;
    await flushAudit(true);
    deps.progress?.('commit', done, total);
    await breathe();
  }

  // The updates' phase, less the audit rows written with them (their own phase).
  if (phases && updates.length) phases.updates = (phases.updates ?? 0) + performance.now() - u0 - ((phases.insertAudit ?? 0) - audit0);

  // Creates: ids reserved up front, then households, their heads and the audit rows in bulk.
  const hIds = await timed(phases, 'reserveIds', () => db.reserveIds('household', creates.length));
  const mIds = await timed(phases, 'reserveIds', () => db.reserveIds('member', creates.length));
  // The ledger's own allocator (YN…), skipping the codes the sheet itself assigns.
  const used = new Set(plans.map((p) => p.value.code as string | undefined).filter((c): c is string => !!c));
  // One reservation for the whole sheet: only the rows without their own 户编号 need one.
  const needed = creates.filter((p) => !p.value.code).length;
  const allocate = await timed(phases, 'allocateCodes', () => householdCodeAllocator((text, params) => db.all<Record<string, unknown>>(text, params), needed, used));
  let k = 0;
  // Chunks of 20,000 (PostgreSQL) or 1,000 (SQLite). On PostgreSQL the household rows are made as COPY streams them:
  // the database maintains the household indexes (the bulk of its work) while this process builds the same rows'
  // head members and audit rows. Between chunks the event loop is handed back, so other requests get answers.
  for (const part of chunks(creates, db.kind === 'postgresql' ? 20_000 : 1000)) {
    const mRows: unknown[][] = [];
    const hRows = function* (): Generator<unknown[]> {
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
        mRows.push([mid, hid, snap.headName, idn, idn, parsed.ok ? parsed.gender : 'MALE', parsed.ok ? parsed.birthDate : '1900-01-01', 'HEAD', '', 1, at, at]);
        const base = { householdId: hid, regionCode: region };
        entries.push({ ...base, action: 'CREATE', entityType: 'household', entityId: String(hid), after: snap });
        entries.push({ ...base, action: 'CREATE', entityType: 'member', entityId: String(mid), after: memberSnapshot({ name: String(snap.headName), idNumber: idn, relation: 'HEAD', phone: '' }) });
        yield [hid, ...editValues(snap, region), 1, 1, at, at];
      }
    };
    // (on PostgreSQL this includes building the members' and audit rows, which overlaps the COPY)
    await timed(phases, 'insertHouseholds', () => db.insert('household', H_COLS, hRows()));
    await timed(phases, 'insertMembers', () => db.insert('member', M_COLS, mRows));
    await flushAudit(true);
    done += part.length;
    deps.progress?.('commit', done, total);
    await breathe();
  }
  await flushAudit(true);
  return { created: creates.length, updated, conflicts };
}

