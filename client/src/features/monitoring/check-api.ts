// GraphQL operations of the monthly checks (本月走访): the month's grid rows, saving, completion, submit, lock,
// corrections of locked checks and 风险消除. Names as in the committed schema (server/schema.graphql).
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type {
  CheckRowFieldsFragment, CheckRowResultFieldsFragment, MonthlyCheckCompletionQuery, MonthlyCheckState, MonthlyCheckInput, MonthlyCheckWhere,
  OpenReferralsQuery, CorrectMonthlyCheckInput, RiskEliminationCheckQuery,
} from '../../generated/gql/graphql';
import type { Page } from '../../grid/infinite-source';
import type { RowResult, SaveRequest, SaveResponse, SheetRow } from '../../grid/types';

/** The 是/否 checks: booleans on the wire, YES/NO codes in the grid (so they paste and validate like any enum). */
export const BOOL_FIELDS = ['foodOk', 'clothingOk', 'schoolingOk', 'medicalInsuranceOk', 'waterOk', 'riskFound'] as const;

export type CheckState = MonthlyCheckState;

export interface CheckRow extends SheetRow {
  /** the household id: a row is a household of the ledgers, with its check of the month or none */
  id: string;
  householdId: string;
  householdCode: string;
  headName: string;
  category: string;
  regionCode: string;
  regionName: string;
  checkId: string | null;
  month: string;
  visitDate: string | null;
  visitor: string | null;
  incomeWages: number | null;
  incomeBusiness: number | null;
  incomeProperty: number | null;
  incomeTransfer: number | null;
  incomeTotal: number | null;
  spendingMedical: number | null;
  spendingSchooling: number | null;
  foodOk: string | null;
  clothingOk: string | null;
  schoolingOk: string | null;
  medicalInsuranceOk: string | null;
  housingGrade: string | null;
  waterOk: string | null;
  riskFound: string | null;
  riskTypes: string[];
  measures: string | null;
  remarks: string | null;
  atRisk: boolean;
  /** null when the household has no check this month yet */
  state: CheckState | null;
  version: number;
}

graphql(`fragment CheckRowFields on MonthlyCheckRow { householdId householdCode headName category regionCode regionName checkId
  month visitDate visitor incomeWages incomeBusiness incomeProperty incomeTransfer incomeTotal spendingMedical spendingSchooling
  foodOk clothingOk schoolingOk medicalInsuranceOk housingGrade waterOk riskFound riskTypes measures remarks atRisk state version }`);
graphql(`fragment CheckRowResultFields on MonthlyCheckRowResult { ok row { ...CheckRowFields } errors { field code message }
  conflict { ...CheckRowFields } }`);

const MONTHLY_CHECKS = graphql(`query MonthlyChecks($w: MonthlyCheckWhere!, $first: Int, $after: String, $count: Boolean!) {
  monthlyChecks(where: $w, first: $first, after: $after) {
    totalCount @include(if: $count)
    pageInfo { hasNextPage endCursor }
    edges { node { ...CheckRowFields } }
  }
}`);
const SAVE_CHECKS = graphql(`mutation SaveMonthlyChecks($rows: [MonthlyCheckInput!]!) { r: saveMonthlyChecks(rows: $rows) { ...CheckRowResultFields } }`);
const COMPLETION = graphql(`query MonthlyCheckCompletion($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) {
  townshipCode townshipName households visited submitted locked atRisk rate } }`);
const SUBMIT = graphql(`mutation SubmitMonthlyChecks($r: String!, $m: String!, $ids: [ID!]) {
  r: submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) { householdId ...CheckRowResultFields } }`);
const LOCK_MONTH = graphql(`mutation LockMonth($r: String!, $m: String!) { r: lockMonth(regionCode: $r, month: $m) {
  month regionCode locked notSubmitted notVisited } }`);
const CORRECT = graphql(`mutation CorrectMonthlyCheck($i: CorrectMonthlyCheckInput!) { r: correctMonthlyCheck(input: $i) { ...CheckRowResultFields } }`);
const ELIMINATE = graphql(`mutation EliminateRisk($id: ID!, $v: Int!) { r: eliminateRisk(householdId: $id, version: $v) { ok errors { field code message } } }`);
const ELIMINATION_CHECK = graphql(`query RiskEliminationCheck($id: ID!) {
  c: riskEliminationCheck(householdId: $id) { condition label met message }
  h: households(where: { id: { eq: $id } }, first: 1) { edges { node { id version riskStatus } } }
}`);
const OPEN_REFERRALS = graphql(`query OpenReferrals($w: RiskReferralWhere, $n: Int) { r: riskReferrals(where: $w, first: $n) {
  totalCount edges { node { id householdId householdCode headName category regionName month reasons createdAt } } } }`);

type Wire = CheckRowFieldsFragment;
type WireResult = CheckRowResultFieldsFragment;

const yesNo = (b: boolean | null | undefined): string | null => (b === true ? 'YES' : b === false ? 'NO' : null);
const toBool = (v: unknown): boolean | null => (v === 'YES' ? true : v === 'NO' ? false : v === true || v === false ? v : null);

export function fromWire(w: Wire): CheckRow {
  // riskTypes came as a list or as comma-joined text from older answers; both read as a list
  const risk = w.riskTypes as readonly string[] | string | null;
  const row = { ...w, id: String(w.householdId), version: w.version ?? 0 } as unknown as CheckRow;
  for (const f of BOOL_FIELDS) (row as Record<string, unknown>)[f] = yesNo(w[f]);
  row.riskTypes = Array.isArray(risk) ? [...risk] : risk ? String(risk).split(',').filter(Boolean) : [];
  return row;
}

/** A grid patch → MonthlyCheckInput fields. */
export function toInput(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if ((BOOL_FIELDS as readonly string[]).includes(k)) out[k] = toBool(v);
    else if (k === 'riskTypes') out[k] = Array.isArray(v) ? v : [];
    else out[k] = v;
  }
  return out;
}

export interface CheckWhere {
  month: string;
  regionCode?: string | null;
  state?: CheckState | null;
  visited?: boolean | null;
  atRisk?: boolean | null;
  openReferral?: boolean | null;
  category?: string | null;
  search?: string | null;
}

const clean = (w: CheckWhere) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null && v !== undefined && v !== ''));

async function page(where: CheckWhere, first: number, after: string | null, withCount: boolean) {
  const d = await gql(MONTHLY_CHECKS, { w: clean(where) as MonthlyCheckWhere, first, after, count: withCount });
  return d.monthlyChecks;
}

/** One block of rows. The API pages by keyset only: a jump walks forward from the nearest cursor in large pages. */
export async function fetchChecks(where: CheckWhere, a: { first: number; after: string | null; offset: number; withCount: boolean }): Promise<Page<CheckRow>> {
  let after = a.after;
  let skip = a.offset;
  let count: number | undefined;
  while (skip > 0) {
    const c = await page(where, Math.min(500, skip), after, count === undefined && a.withCount);
    count ??= c.totalCount ?? undefined;
    skip -= c.edges.length;
    after = c.pageInfo.endCursor;
    if (!c.pageInfo.hasNextPage || c.edges.length === 0) return { rows: [], endCursor: after, hasNextPage: false, totalCount: count, totalCountKind: count === undefined ? undefined : 'EXACT' };
  }
  const c = await page(where, a.first, after, a.withCount && count === undefined);
  count ??= c.totalCount ?? undefined;
  return {
    rows: c.edges.map((e) => fromWire(e.node)),
    endCursor: c.pageInfo.endCursor,
    hasNextPage: c.pageInfo.hasNextPage,
    totalCount: count,
    totalCountKind: count === undefined ? undefined : 'EXACT',
  };
}

const toResult = (r: WireResult, i: number, id: string | null): RowResult<CheckRow> => ({
  index: i,
  id,
  ok: r.ok,
  row: r.row ? fromWire(r.row) : null,
  errors: (r.errors ?? []) as FieldError[],
  conflict: r.conflict ? fromWire(r.conflict) : null,
});

/** Saves one user step: every row is (household, month) — a first edit creates the check, later ones update it. */
export async function saveChecks(month: string, req: SaveRequest, rows: (id: string) => CheckRow | undefined, changeSet: string): Promise<SaveResponse<CheckRow>> {
  // A locked month is changed only through a correction: nothing is sent for its rows.
  const out: (RowResult<CheckRow> | null)[] = req.updates.map((u, i) =>
    rows(u.id)?.state === 'LOCKED'
      ? { index: i, id: u.id, ok: false, row: null, conflict: null, errors: Object.keys(u.patch).map((f) => ({ field: f, code: 'FORBIDDEN' as const, message: LOCKED_MSG })) }
      : null,
  );
  const send = req.updates.filter((_, i) => !out[i]);
  if (send.length) {
    const input = send.map((u) => {
      const row = rows(u.id);
      return { householdId: u.id, month, version: row?.checkId ? u.version : null, ...toInput(u.patch) };
    });
    const d = await gql(SAVE_CHECKS, { rows: input as MonthlyCheckInput[] }, { changeSet });
    let j = 0;
    req.updates.forEach((u, i) => {
      if (!out[i]) out[i] = toResult(d.r[j++]!, i, u.id);
    });
  }
  return { updates: out as RowResult<CheckRow>[], creates: [] };
}
export const LOCKED_MSG = '本月已锁定，只能通过“更正”修改（须填写更正原因）';

export type Completion = MonthlyCheckCompletionQuery['monthlyCheckCompletion'][number];

export async function fetchCompletion(month: string, regionCode: string | null): Promise<Completion[]> {
  const d = await gql(COMPLETION, { m: month, r: regionCode || null });
  return d.monthlyCheckCompletion;
}

export interface BulkOutcome {
  ok: number;
  /** every refused row, each with the server's reason (which names the household) */
  refused: { householdId: string | null; message: string }[];
}
const outcome = (list: (WireResult & { householdId?: string | null })[]): BulkOutcome => ({
  ok: list.filter((r) => r.ok).length,
  refused: list.filter((r) => !r.ok).flatMap((r) => r.errors.map((e) => ({
    householdId: r.householdId ?? null,
    message: r.row ? `${r.row.householdCode} ${r.row.headName}：${e.message}` : e.message,
  }))),
});

export async function submitChecks(regionCode: string, month: string, householdIds?: string[]): Promise<BulkOutcome> {
  const d = await gql(SUBMIT, { r: regionCode, m: month, ids: householdIds ?? null });
  return outcome(d.r);
}

/** Locks a township's month (county staff). Answers whatever the server's LockMonthResult says, as text. */
export async function lockMonth(regionCode: string, month: string): Promise<Record<string, unknown>> {
  const d = await gql(LOCK_MONTH, { r: regionCode, m: month });
  return d.r;
}

export async function correctCheck(row: CheckRow, reason: string, patch: Record<string, unknown>): Promise<RowResult<CheckRow>> {
  const d = await gql(CORRECT, { i: { checkId: row.checkId, version: row.version, reason, ...toInput(patch) } as CorrectMonthlyCheckInput });
  return toResult(d.r, 0, row.id);
}

export interface EliminateOutcome {
  ok: boolean;
  errors: { field: string; code: string; message: string }[];
}

/** 风险消除: refused (ELIMINATION_NOT_ALLOWED) with every unmet condition. Needs the household's own version. */
export async function eliminateRisk(householdId: string, known?: number): Promise<EliminateOutcome> {
  const version = known ?? (await fetchEliminationCheck(householdId)).version;
  const d = await gql(ELIMINATE, { id: householdId, v: version });
  return d.r;
}

export type EliminationCondition = RiskEliminationCheckQuery['c'][number];
export interface EliminationCheck {
  conditions: EliminationCondition[];
  /** the household's own version and risk status (eliminateRisk needs the version) */
  version: number;
  riskStatus: string | null;
}

/** What eliminateRisk would check, condition by condition, with the household's version. */
export async function fetchEliminationCheck(householdId: string): Promise<EliminationCheck> {
  const d = await gql(ELIMINATION_CHECK, { id: householdId });
  const node = d.h.edges[0]?.node;
  return { conditions: d.c, version: node?.version ?? 0, riskStatus: node?.riskStatus ?? null };
}

export type Referral = OpenReferralsQuery['r']['edges'][number]['node'];

/** 风险待帮扶: the open risk referrals in scope (of a township), newest first. */
export async function fetchOpenReferrals(regionCode: string | null, first = 200): Promise<{ total: number; rows: Referral[] }> {
  const d = await gql(OPEN_REFERRALS, { w: { active: true, regionCode: regionCode || null }, n: first });
  return { total: d.r.totalCount, rows: d.r.edges.map((e) => e.node) };
}
