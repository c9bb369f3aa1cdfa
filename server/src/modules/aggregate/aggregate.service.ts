import { queryRows } from '../../common/sql.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { serviceDeps } from '../../common/service-context.js';
import type { RequestContext } from '../../common/context.js';
import type { HouseholdWhere } from '../household/household.inputs.js';
import {
  CHECK_GROUPS, HOUSEHOLD_GROUPS, checkAggregateSql, groupFields, householdAggregateSql, keyValue,
  numberStats, regionName,
} from './aggregate.query.js';
import type {
  HouseholdAggregate, HouseholdGroupField, HouseholdGroupKeys, MonthlyCheckAggregate, MonthlyCheckAggregateWhere,
  MonthlyCheckGroupField, MonthlyCheckGroupKeys,
} from './aggregate.types.js';

type Raw = Record<string, unknown>;

/** The keys of a row: every grouped field from its column g<i>, the others null; names of regions from @doudi/shared. */
function keysOf<K extends { township: string | null; townshipName: string | null; regionCode: string | null; regionName: string | null }>(
  r: Raw, fields: string[], empty: K,
): K {
  const keys: Record<string, unknown> = { ...empty };
  fields.forEach((f, i) => { keys[f] = keyValue(f, r[`g${i}`]); });
  keys.townshipName = regionName(keys.township as string | null);
  keys.regionName = regionName(keys.regionCode as string | null);
  return keys as K;
}

const NO_HOUSEHOLD_KEYS: HouseholdGroupKeys = {
  township: null, townshipName: null, regionCode: null, regionName: null, category: null, riskStatus: null, riskType: null, memberCount: null,
};
const NO_CHECK_KEYS: MonthlyCheckGroupKeys = {
  month: null, township: null, townshipName: null, regionCode: null, regionName: null, category: null, riskStatus: null,
  state: null, visited: null, atRisk: null,
};

/**
 * Counts and sums of households and of monthly checks by groups, in one SQL statement each, under the caller's
 * scope and the same filters as the `households` / `monthlyChecks` lists.
 */
export class AggregateService {
  constructor(private readonly deps: Pick<ServiceDeps, 'em' | 'kind' | 'access'>, private readonly maxGroups: number) {}

  async households(where: HouseholdWhere | null | undefined, groupBy: HouseholdGroupField[] | null | undefined): Promise<HouseholdAggregate> {
    const { em, kind, access } = this.deps;
    const fields = groupFields(groupBy, HOUSEHOLD_GROUPS);
    const rows = await queryRows<Raw>(em, householdAggregateSql(kind, where, fields, access.householdScope(), this.maxGroups));
    const truncated = rows.length > this.maxGroups;
    return {
      groupBy: fields,
      truncated,
      groups: rows.slice(0, this.maxGroups).map((r) => ({
        keys: keysOf(r, fields, NO_HOUSEHOLD_KEYS),
        count: Number(r.n),
        incomePerCapita: numberStats(r, 'inc'),
        memberCount: numberStats(r, 'mem'),
      })),
    };
  }

  async monthlyChecks(where: MonthlyCheckAggregateWhere, groupBy: MonthlyCheckGroupField[] | null | undefined): Promise<MonthlyCheckAggregate> {
    const { em, kind, access } = this.deps;
    const fields = groupFields(groupBy, CHECK_GROUPS);
    const rows = await queryRows<Raw>(em, checkAggregateSql(kind, where, fields, access.householdScope(), this.maxGroups));
    const truncated = rows.length > this.maxGroups;
    return {
      groupBy: fields,
      truncated,
      groups: rows.slice(0, this.maxGroups).map((r) => ({
        keys: keysOf(r, fields, NO_CHECK_KEYS),
        count: Number(r.n),
        visited: Number(r.visited ?? 0),
        atRisk: Number(r.at_risk ?? 0),
        incomeTotal: numberStats(r, 'inc'),
        spendingMedical: numberStats(r, 'med'),
        spendingSchooling: numberStats(r, 'sch'),
      })),
    };
  }
}

export const aggregateService = (ctx: RequestContext): AggregateService => new AggregateService(serviceDeps(ctx), ctx.config.limits.aggregateGroups);
