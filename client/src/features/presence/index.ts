// What a ledger page needs of presence, kept tiny (it is in the page's chunk): the lazy bar and the ledger keys.
import { defineAsyncComponent } from 'vue';
import { COUNTY_CODE } from '@doudi/shared';
import { session } from '../auth/session';

/** Resolves once a grid has painted its first row (or after 10 s): presence loads after what the user came for. */
function rowsPainted(): Promise<void> {
  return new Promise((res) => {
    const started = Date.now();
    // A row with data: AG Grid's loading rows (spinner or skeleton) do not count.
    const painted = () => [...document.querySelectorAll('.ag-row[row-index="0"]:not(.ag-row-loading) .ag-cell')]
      .some((c) => !c.querySelector('.ag-loading, .ag-skeleton-container') && c.textContent?.trim());
    // An empty ledger has no row to wait for: 10 s at most.
    const look = () => (painted() || Date.now() - started > 10_000 ? setTimeout(res, 300) : setTimeout(look, 200));
    look();
  });
}

/** 也在查看 … above a grid, and the markers of rows others edit (features/presence/presence-bar.vue). */
export const PresenceBar = defineAsyncComponent(() => rowsPainted().then(() => import('./presence-bar.vue')));

/** The region a ledger shows: the filter's, else the user's own, else the county. */
const regionOf = (region: string | null | undefined): string => region || session.user?.regionCode || COUNTY_CODE;

export const householdsLedgerKey = (region?: string | null): string => `households:${regionOf(region)}`;
export const monthlyLedgerKey = (month: string, region?: string | null): string => `monthly:${month}:${regionOf(region)}`;
