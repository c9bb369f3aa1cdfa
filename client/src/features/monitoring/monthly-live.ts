// The monthly check grid live (issue 18): monthlyChecksChanged for the grid's month and township. Rows are the
// households (a row exists with or without its check), keyed by household id. Loaded by use-monthly-checks after the
// first rows are painted; the behaviour is grid/live.ts's.
import { MONTHLY_CHECK_FIELDS } from '@doudi/shared';
import { graphql } from '../../api/graphql';
import { decodeByMeta, startLiveGrid, type LiveChange } from '../../grid/live';
import type { Spreadsheet } from '../../grid/use-spreadsheet';
import type { CheckRow } from './check-api';

const CHECK_CHANGES = graphql(`subscription MonthlyCheckChanges($m: String!, $r: String, $since: String) {
  monthlyChecksChanged(month: $m, regionCode: $r, since: $since) { id householdId version actor deleted cursor resync fields { field value } }
}`);

export function startMonthlyLive(o: { sheet: Spreadsheet<CheckRow>; month: () => string; regionCode: () => string | null; refresh: () => void; self: () => string }) {
  return startLiveGrid<CheckRow>({
    sheet: o.sheet,
    query: CHECK_CHANGES.toString(),
    variables: () => ({ m: o.month(), r: o.regionCode() }),
    pick: (d) => d.monthlyChecksChanged as LiveChange,
    rowId: (c) => String((c as LiveChange & { householdId: string }).householdId),
    decode: decodeByMeta(MONTHLY_CHECK_FIELDS),
    refresh: o.refresh,
    self: o.self,
  });
}
