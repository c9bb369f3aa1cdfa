// The ledger's current view as the export takes it: the same where/orderBy the grid sends to `households`
// (quick search, place filter, deleted view, column filters, sort) and the visible columns in their order.
import type { HouseholdCategory } from '@doudi/shared';
import { ROW_HEADER } from '../../grid/use-spreadsheet';
import { buildWhere, sortToOrderBy } from '../ledger/household-where';
import type { Ledger } from '../ledger/use-ledger';

export function ledgerExportQuery(l: Ledger, category: HouseholdCategory): URLSearchParams {
  const api = l.sheet.api();
  const filterModel = l.filters.model();
  // the risk-status drill (?risk=…) where the ledger has it
  const riskStatus = (l as { riskStatus?: { value: string | null } }).riskStatus?.value ?? null;
  const scope = { category, deleted: l.deletedView.value, search: l.search.value, regionPrefix: l.regionPrefix.value, filterModel };
  const where = buildWhere(riskStatus ? { ...scope, riskStatus } : scope);
  const sorted = (api && !api.isDestroyed() ? api.getColumnState() : [])
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
  const orderBy = sortToOrderBy(sorted);
  const columns = api && !api.isDestroyed() ? api.getAllDisplayedColumns().map((c) => c.getColId()).filter((id) => id !== ROW_HEADER) : [];
  const q = new URLSearchParams();
  q.set('where', JSON.stringify(where));
  if (orderBy.length) q.set('orderBy', JSON.stringify(orderBy));
  if (columns.length) q.set('columns', columns.join(','));
  q.set('category', category);
  // as on screen: the grid asks for personal data masked even for a user allowed to reveal it row by row
  q.set('maskPii', 'true');
  return q;
}
