import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { queryRows, fromDbDate } from '../../common/sql.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { HouseholdService } from '../household/household.service.js';
import { ChangeSetState } from './change-set.entity.js';
import { REDO_PREFIX, UNDO_PREFIX } from './step-kind.js';

interface EventRow {
  id: number | string; action: string; entity_type: string; entity_id: string; field: string | null;
  before: string | null; after: string | null; household_id: number | string | null; actor: string;
}

export interface UndoConflict {
  entityType: string;
  entityId: string;
  field: string | null;
  code: string;
  message: string;
}

export interface UndoOutcome {
  ok: boolean;
  changeSet: string;
  applied: number;
  conflicts: UndoConflict[];
}

const parse = (v: string | null): unknown => (v == null ? null : JSON.parse(v));
/** Audit snapshots keep risk types as stored ("A,B"); the API takes a list. */
const toInput = (field: string, v: unknown): unknown => (field === 'riskTypes' ? (v ? String(v).split(',') : []) : v === '' ? null : v);

interface FieldChange {
  before: unknown;
  after: unknown;
  row: EventRow;
}

/** Values as the API shows them: risk types as a list, empty text as null. */
const norm = (field: string, v: unknown): unknown => JSON.stringify(toInput(field, v ?? null) ?? null);

/**
 * The update that puts back the `before` values of an entity's changed fields: only where the field still holds what
 * the step wrote (someone else's later change is kept and reported). Null when nothing is left to revert.
 */
function revertPatch(
  id: string, version: number, current: Record<string, unknown>, fields: Record<string, unknown>,
  note: (r: EventRow, code: string, message: string) => void,
): Record<string, unknown> | null {
  const patch: Record<string, unknown> = { id, version };
  let n = 0;
  for (const [field, change] of Object.entries(fields) as [string, FieldChange][]) {
    if (norm(field, current[field]) !== norm(field, change.after)) {
      note(change.row, 'VERSION_CONFLICT', `“${field}”已被他人修改，未撤销`);
      continue;
    }
    patch[field] = toInput(field, change.before);
    n += 1;
  }
  return n ? patch : null;
}

/**
 * Undo and redo of a user's own steps, built on the audit trail: the inverse of each recorded change is applied
 * through the ordinary household service (validation, scope, version checks, audit), under a new change set.
 * A field someone else has changed since is not overwritten: it is reported as a conflict.
 */
export class UndoService {
  constructor(private readonly deps: ServiceDeps) {}

  private svc(changeSet: string): HouseholdService {
    return new HouseholdService({ ...this.deps, stamp: { ...this.deps.stamp, changeSet } });
  }

  private async events(em: EntityManager, changeSet: string): Promise<EventRow[]> {
    return queryRows<EventRow>(em, {
      text: 'SELECT id, action, entity_type, entity_id, field, before, after, household_id, actor FROM audit_event WHERE change_set = ? ORDER BY id DESC',
      params: [changeSet],
    });
  }

  /** Applies the inverse of every change of `source` as the new change set `target`. */
  private async invert(source: string, target: string): Promise<{ applied: number; conflicts: UndoConflict[] }> {
    const em = this.deps.em.fork();
    const rows = await this.events(em, source);
    const svc = this.svc(target);
    const conflicts: UndoConflict[] = [];
    let applied = 0;
    const createdHouseholds = new Set(rows.filter((r) => r.entity_type === 'household' && r.action === 'CREATE').map((r) => r.entity_id));
    // A head renamed through the household row shows as a household and a member update: invert it once.
    const headEdits = new Set(rows.filter((r) => r.entity_type === 'household' && r.action === 'UPDATE' && (r.field === 'headName' || r.field === 'headIdNumber')).map((r) => String(r.household_id)));
    const note = (r: EventRow, code: string, message: string) => conflicts.push({ entityType: r.entity_type, entityId: r.entity_id, field: r.field, code, message });

    // Field updates, grouped per entity so each entity is one versioned write.
    const householdFields = new Map<string, Record<string, unknown>>();
    const memberFields = new Map<string, Record<string, unknown>>();
    for (const r of rows.filter((x) => x.action === 'UPDATE')) {
      if (r.entity_type === 'member' && (r.field === 'name' || r.field === 'idNumber') && headEdits.has(String(r.household_id))) continue;
      const target = r.entity_type === 'household' ? householdFields : memberFields;
      const fields = target.get(r.entity_id) ?? {};
      fields[r.field!] = { before: parse(r.before), after: parse(r.after), row: r };
      target.set(r.entity_id, fields);
    }
    for (const [id, fields] of householdFields) {
      if (createdHouseholds.has(id)) continue;
      const current = await svc.household(id);
      if (!current) {
        for (const f of Object.values(fields)) note((f as { row: EventRow }).row, 'NOT_FOUND', '该户已不存在');
        continue;
      }
      const patch = revertPatch(id, current.version, current as unknown as Record<string, unknown>, fields, note);
      if (!patch) continue;
      const [res] = await svc.updateHouseholds([patch as never]);
      if (res.ok) applied += Object.keys(patch).length - 2; // all but id and version
      else for (const e of res.errors) conflicts.push({ entityType: 'household', entityId: id, field: e.field, code: e.code, message: e.message });
    }
    for (const [id, fields] of memberFields) {
      const [row] = await queryRows<{ version: number; name: string; id_number: string; relation: string; phone: string; health: string | null; disability_type: string | null; disability_grade: string | null; labor_ability: string | null; schooling: string | null }>(em,
        { text: 'SELECT version, name, id_number, relation, phone, health, disability_type, disability_grade, labor_ability, schooling FROM member WHERE id = ?', params: [Number(id)] });
      if (!row) {
        for (const f of Object.values(fields)) note((f as FieldChange).row, 'NOT_FOUND', '该成员已不存在');
        continue;
      }
      const cur: Record<string, unknown> = { name: row.name, idNumber: row.id_number, relation: row.relation, phone: row.phone, health: row.health, disabilityType: row.disability_type, disabilityGrade: row.disability_grade, laborAbility: row.labor_ability, schooling: row.schooling };
      const patch = revertPatch(id, Number(row.version), cur, fields, note);
      if (!patch) continue;
      const [res] = await svc.updateMembers([patch as never]);
      if (res.ok) applied += Object.keys(patch).length - 2; // all but id and version
      else for (const e of res.errors) conflicts.push({ entityType: 'member', entityId: id, field: e.field, code: e.code, message: e.message });
    }

    // Whole-record events, newest first.
    for (const r of rows.filter((x) => x.action !== 'UPDATE')) {
      if (r.entity_type === 'household') {
        const op = r.action === 'CREATE' || r.action === 'RESTORE' ? 'delete' : 'restore';
        const [res] = op === 'delete' ? await svc.deleteHouseholds([r.entity_id]) : await svc.restoreHouseholds([r.entity_id]);
        if (res.ok) applied += 1;
        else for (const e of res.errors) note(r, e.code, e.message);
      } else if (r.entity_type === 'member') {
        if (r.action === 'CREATE') {
          if (createdHouseholds.has(String(r.household_id))) continue; // goes with its household
          const [m] = await queryRows<{ version: number }>(em, { text: 'SELECT version FROM member WHERE id = ?', params: [Number(r.entity_id)] });
          if (!m) continue;
          const [res] = await svc.removeMembers([{ id: r.entity_id, version: Number(m.version) }]);
          if (res.ok) applied += 1;
          else for (const e of res.errors) note(r, e.code, e.message);
        } else if (r.action === 'REMOVE') {
          const snap = parse(r.before) as Record<string, unknown>;
          const [res] = await svc.addMembers([{ householdId: String(r.household_id), ...snap, phone: snap.phone || null } as never]);
          if (res.ok) applied += 1;
          else for (const e of res.errors) note(r, e.code, e.message);
        }
      }
    }
    return { applied, conflicts };
  }

  private async state(id: string): Promise<ChangeSetState | null> {
    const em = this.deps.em.fork();
    const existing = await em.findOne(ChangeSetState, { id });
    if (existing) return existing;
    // A step is known from its audit rows; only its author may undo it.
    const [row] = await queryRows<{ actor: string; at: unknown }>(em, { text: 'SELECT actor, MAX(at) AS at FROM audit_event WHERE change_set = ? GROUP BY actor', params: [id] });
    if (!row) return null;
    return em.create(ChangeSetState, { id, actor: row.actor, undone: false, current: id, inverse: null, lastAt: this.deps.clock.now() });
  }

  async undo(id: string): Promise<UndoOutcome> {
    return this.step(id, true);
  }

  async redo(id: string): Promise<UndoOutcome> {
    return this.step(id, false);
  }

  private async step(id: string, undo: boolean): Promise<UndoOutcome> {
    const st = await this.state(id);
    const notFound: UndoOutcome = { ok: false, changeSet: id, applied: 0, conflicts: [{ entityType: 'changeSet', entityId: id, field: null, code: 'NOT_FOUND', message: '没有找到这一步操作' }] };
    if (!st) return notFound;
    if (st.actor !== this.deps.access.actor) {
      return { ...notFound, conflicts: [{ ...notFound.conflicts[0], code: 'FORBIDDEN', message: '只能撤销或重做自己的操作' }] };
    }
    if (st.undone === undo) {
      return { ok: false, changeSet: id, applied: 0, conflicts: [{ entityType: 'changeSet', entityId: id, field: null, code: 'INVALID_VALUE', message: undo ? '这一步已经撤销' : '这一步没有撤销，无需重做' }] };
    }
    // The new change set names what it does, so the audit trail can show an undo as 撤销 rather than an edit.
    const target = `${undo ? UNDO_PREFIX : REDO_PREFIX}${randomUUID()}`;
    const source = undo ? st.current : st.inverse!;
    const { applied, conflicts } = await this.invert(source, target);
    const em = this.deps.em.fork();
    const fresh = (await em.findOne(ChangeSetState, { id })) ?? em.create(ChangeSetState, { id, actor: st.actor, undone: false, current: id, lastAt: this.deps.clock.now() });
    if (applied > 0 || conflicts.length === 0) {
      fresh.undone = undo;
      if (undo) fresh.inverse = target;
      else fresh.current = target;
    }
    fresh.lastAt = this.deps.clock.now();
    await em.flush();
    return { ok: conflicts.length === 0, changeSet: target, applied, conflicts };
  }

  /** The caller's recent steps (1 to 200 of them), newest first, to rebuild the undo stack after a reload. */
  async mine(first: number): Promise<{ id: string; at: Date; changes: number; undone: boolean; summary: string }[]> {
    const limit = Math.min(Math.max(first, 1), 200);
    const em = this.deps.em.fork();
    const rows = await queryRows<{ change_set: string; at: unknown; n: number | string; households: number | string; last_id: number | string }>(em, {
      text: `SELECT e.change_set, MAX(e.at) AS at, COUNT(*) AS n, COUNT(DISTINCT e.household_id) AS households, MAX(e.id) AS last_id
             FROM audit_event e WHERE e.actor = ? AND e.change_set IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM change_set_state s WHERE s.current = e.change_set AND s.id <> e.change_set)
             AND NOT EXISTS (SELECT 1 FROM change_set_state s WHERE s.inverse = e.change_set)
             GROUP BY e.change_set ORDER BY MAX(e.id) DESC LIMIT ?`,
      params: [this.deps.access.actor, limit],
    });
    const states = new Map((await em.find(ChangeSetState, { id: { $in: rows.map((r) => r.change_set) } })).map((s) => [s.id, s]));
    return rows.map((r) => ({
      id: r.change_set,
      at: fromDbDate(r.at),
      changes: Number(r.n),
      undone: states.get(r.change_set)?.undone ?? false,
      summary: `${Number(r.households)} 户，${Number(r.n)} 项更改`,
    }));
  }
}
