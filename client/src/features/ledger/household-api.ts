// GraphQL operations of the household ledgers (the schema is server/schema.graphql).
import type { FieldError } from '@doudi/shared';
import { gql, type GqlOptions } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { HouseholdCreateInput, HouseholdFieldsFragment, HouseholdRowResultFieldsFragment, HouseholdOrderField, HouseholdUpdateInput, HouseholdWhere, OrderDirection } from '../../generated/gql/graphql';
import type { Page } from '../../grid/infinite-source';
import type { RowResult, SaveRequest, SaveResponse } from '../../grid/types';

graphql(`fragment HouseholdFields on Household { id code category regionCode regionName townshipCode townshipName address
  headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt
  deletedAt }`);
graphql(`fragment HouseholdRowResultFields on HouseholdRowResult { index id ok household { ...HouseholdFields }
  errors { field code message } conflict { ...HouseholdFields } }`);

/** A household row of the ledgers (personal data masked). */
export type Household = HouseholdFieldsFragment;

const HOUSEHOLDS = graphql(`query Households($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {
  households(where: $w, orderBy: $o, first: $first, after: $after, offset: $offset, maskPii: true) {
    totalCount @include(if: $count) totalCountKind @include(if: $count)
    pageInfo { hasNextPage endCursor }
    edges { node { ...HouseholdFields } }
  }
}`);
// One request per user step: the updates and the creates of the step, each list only when it has rows.
const SAVE_HOUSEHOLDS = graphql(`mutation SaveHouseholds($u: [HouseholdUpdateInput!]!, $c: [HouseholdCreateInput!]!, $withU: Boolean!, $withC: Boolean!) {
  u: updateHouseholds(input: $u) @include(if: $withU) { ...HouseholdRowResultFields }
  c: createHouseholds(input: $c) @include(if: $withC) { ...HouseholdRowResultFields }
}`);
const DELETE_HOUSEHOLDS = graphql(`mutation DeleteHouseholds($ids: [ID!]!) { r: deleteHouseholds(ids: $ids) { ...HouseholdRowResultFields } }`);
const RESTORE_HOUSEHOLDS = graphql(`mutation RestoreHouseholds($ids: [ID!]!) { r: restoreHouseholds(ids: $ids) { ...HouseholdRowResultFields } }`);

const toResult = (r: HouseholdRowResultFieldsFragment): RowResult<Household> => ({
  index: r.index,
  id: r.id,
  ok: r.ok,
  row: r.household,
  errors: r.errors as FieldError[],
  conflict: r.conflict,
});

type HouseholdQueryOrder = { field: HouseholdOrderField; direction: OrderDirection }[];

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
  const data = await gql(
    HOUSEHOLDS,
    { w: q.where as HouseholdWhere, o: q.orderBy as HouseholdQueryOrder, first: q.first, after: q.after, offset: q.offset || null, count: q.withCount },
    opts,
  );
  const c = data.households;
  return {
    rows: c.edges.map((e) => e.node),
    endCursor: c.pageInfo.endCursor,
    hasNextPage: c.pageInfo.hasNextPage,
    totalCount: c.totalCount ?? undefined,
    totalCountKind: c.totalCountKind ?? undefined,
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
  const data = await gql(
    SAVE_HOUSEHOLDS,
    {
      u: req.updates.map((u) => ({ id: u.id, version: u.version, ...u.patch }) as HouseholdUpdateInput),
      c: req.creates.map((v) => toCreateInput(v) as unknown as HouseholdCreateInput),
      withU: req.updates.length > 0,
      withC: req.creates.length > 0,
    },
    { changeSet },
  );
  return { updates: (data.u ?? []).map(toResult), creates: (data.c ?? []).map(toResult) };
}

export async function deleteHouseholds(ids: string[], changeSet: string): Promise<RowResult<Household>[]> {
  const data = await gql(DELETE_HOUSEHOLDS, { ids }, { changeSet });
  return data.r.map(toResult);
}

export async function restoreHouseholds(ids: string[], changeSet: string): Promise<RowResult<Household>[]> {
  const data = await gql(RESTORE_HOUSEHOLDS, { ids }, { changeSet });
  return data.r.map(toResult);
}
