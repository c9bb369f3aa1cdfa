// GraphQL operations of the household ledgers (the schema is server/schema.graphql).
import type { HouseholdCategory } from '@doudi/shared';
import { gql, type GqlOptions } from '../../api/client';
import type { Page } from '../../grid/infinite-source';
import type { RowResult, SaveRequest, SaveResponse, SheetRow } from '../../grid/types';

export interface Household extends SheetRow {
  id: string;
  code: string;
  category: HouseholdCategory;
  regionCode: string;
  regionName: string;
  townshipCode: string;
  townshipName: string;
  address: string | null;
  headName: string;
  headIdNumber: string | null;
  phone: string | null;
  memberCount: number;
  incomePerCapita: number;
  riskTypes: string[];
  riskStatus: string;
  helperName: string | null;
  remarks: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const HOUSEHOLD_SELECTION = `id code category regionCode regionName townshipCode townshipName address headName
  headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt deletedAt`;

const ROW_RESULT = `index id ok household { ${HOUSEHOLD_SELECTION} } errors { field code message } conflict { ${HOUSEHOLD_SELECTION} }`;

interface HouseholdRowResult {
  index: number;
  id: string | null;
  ok: boolean;
  household: Household | null;
  errors: RowResult<Household>['errors'];
  conflict: Household | null;
}

const toResult = (r: HouseholdRowResult): RowResult<Household> => ({
  index: r.index,
  id: r.id,
  ok: r.ok,
  row: r.household,
  errors: r.errors,
  conflict: r.conflict,
});

export interface HouseholdQuery {
  where: Record<string, unknown>;
  orderBy: { field: string; direction: 'ASC' | 'DESC' }[];
  first: number;
  after: string | null;
  offset: number;
  withCount: boolean;
}

/** Personal data comes masked even for users allowed to see it: they reveal one household at a time (recorded). */
export async function fetchHouseholds(q: HouseholdQuery, opts: GqlOptions = {}): Promise<Page<Household>> {
  const data = await gql<{
    households: {
      totalCount?: number;
      totalCountKind?: 'EXACT' | 'AT_LEAST';
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Household }[];
    };
  }>(
    `query($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {
      households(where: $w, orderBy: $o, first: $first, after: $after, offset: $offset, maskPii: true) {
        totalCount @include(if: $count) totalCountKind @include(if: $count)
        pageInfo { hasNextPage endCursor }
        edges { node { ${HOUSEHOLD_SELECTION} } }
      }
    }`,
    { w: q.where, o: q.orderBy, first: q.first, after: q.after, offset: q.offset || null, count: q.withCount },
    opts,
  );
  const c = data.households;
  return {
    rows: c.edges.map((e) => e.node),
    endCursor: c.pageInfo.endCursor,
    hasNextPage: c.pageInfo.hasNextPage,
    totalCount: c.totalCount,
    totalCountKind: c.totalCountKind,
  };
}

/** Shapes validated grid values into a HouseholdCreateInput: the head member comes from the head columns. */
export function toCreateInput(v: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const k of ['code', 'category', 'regionCode', 'address', 'phone', 'incomePerCapita', 'riskTypes', 'riskStatus', 'helperName', 'remarks']) {
    if (v[k] !== undefined && v[k] !== null) input[k] = v[k];
  }
  input.members = [{ name: v.headName, idNumber: v.headIdNumber, relation: 'HEAD' }];
  return input;
}

/** Updates and creates of one user step, in one request. */
export async function saveHouseholds(req: SaveRequest, changeSet: string): Promise<SaveResponse<Household>> {
  const parts: string[] = [];
  const vars: Record<string, unknown> = {};
  const defs: string[] = [];
  if (req.updates.length) {
    defs.push('$u: [HouseholdUpdateInput!]!');
    parts.push(`u: updateHouseholds(input: $u) { ${ROW_RESULT} }`);
    vars.u = req.updates.map((u) => ({ id: u.id, version: u.version, ...u.patch }));
  }
  if (req.creates.length) {
    defs.push('$c: [HouseholdCreateInput!]!');
    parts.push(`c: createHouseholds(input: $c) { ${ROW_RESULT} }`);
    vars.c = req.creates.map(toCreateInput);
  }
  const data = await gql<{ u?: HouseholdRowResult[]; c?: HouseholdRowResult[] }>(
    `mutation(${defs.join(', ')}) { ${parts.join('\n')} }`,
    vars,
    { changeSet },
  );
  return { updates: (data.u ?? []).map(toResult), creates: (data.c ?? []).map(toResult) };
}

export async function deleteHouseholds(ids: string[], changeSet: string): Promise<RowResult<Household>[]> {
  const data = await gql<{ r: HouseholdRowResult[] }>(`mutation($ids: [ID!]!) { r: deleteHouseholds(ids: $ids) { ${ROW_RESULT} } }`, { ids }, { changeSet });
  return data.r.map(toResult);
}

export async function restoreHouseholds(ids: string[], changeSet: string): Promise<RowResult<Household>[]> {
  const data = await gql<{ r: HouseholdRowResult[] }>(`mutation($ids: [ID!]!) { r: restoreHouseholds(ids: $ids) { ${ROW_RESULT} } }`, { ids }, { changeSet });
  return data.r.map(toResult);
}
