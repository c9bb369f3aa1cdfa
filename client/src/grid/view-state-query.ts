// The saved-view query on its own: the ledger's start-up prefetch needs it without the rest of view-state.ts.
import { graphql } from '../api/graphql';

/** The saved state of a view as JSON text, or null. */
export const VIEW_STATE = graphql(`query ViewState($k: String!) { viewState(key: $k) }`);
