// The ledger grid live (issue 18): householdsChanged under the grid's filter, personal data masked as the grid reads
// it. Loaded by use-ledger after the first rows are painted; the behaviour is grid/live.ts's.
import { HOUSEHOLD_FIELDS } from '@doudi/shared';
import { graphql } from '../../api/graphql';
import type { HouseholdWhere } from '../../generated/gql/graphql';
import { decodeByMeta, startLiveGrid, type LiveChange } from '../../grid/live';
import type { Spreadsheet } from '../../grid/use-spreadsheet';
import type { Household } from './household-api';

const LEDGER_CHANGES = graphql(`subscription LedgerChanges($w: HouseholdWhere, $since: String) {
  householdsChanged(where: $w, since: $since, maskPii: true) { id version actor deleted cursor resync fields { field value } }
}`);

export function startLedgerLive(o: { sheet: Spreadsheet<Household>; where: () => Record<string, unknown>; refresh: () => void; self: () => string }) {
  return startLiveGrid<Household>({
    sheet: o.sheet,
    query: LEDGER_CHANGES.toString(),
    variables: () => ({ w: o.where() as HouseholdWhere }),
    pick: (d) => d.householdsChanged as LiveChange,
    decode: decodeByMeta(HOUSEHOLD_FIELDS),
    refresh: o.refresh,
    // Created (version 1) or restored under the filter: the rows are read again where the sort puts them.
    mayAdd: (c) => c.version === 1 || c.fields.some((f) => f.field === 'deletedAt'),
    self: o.self,
  });
}
