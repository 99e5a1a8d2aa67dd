// The whole app from the index (or a full graph) and a store that loads each family's
// text, the search text and the diagnostics on demand from `sources`. Without sources
// the data is a full graph with nothing left to load (tests, fixture builds).
// Checking the data against the schema is graph-check.ts's: the build and the tests
// check before rendering; the browser renders the index at once and checks it right
// after (main.tsx), so the schema library stays out of the first view.
// The same three steps run at build time to prerender a page (src/app/render-page.tsx)
// and in the browser to take that page over (src/main.tsx): create the state, settle
// the current route (matched, its family text loaded), render.
import { StrictMode } from 'react';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { createGraphStore, type GraphSources, type GraphStore } from '@/model/graph-store';
import { createAppRouter } from './router';
import { GraphErrorPage } from './graph-error';

export type AppState = { problems: string[] } | { router: ReturnType<typeof createAppRouter>; store: GraphStore };

/** The app on a graph taken as it is: the caller has checked it, or checks it next (main.tsx). */
export function appStateFor(graph: Graph, sources?: GraphSources, history?: RouterHistory): AppState {
  const store = createGraphStore(graph, sources);
  return { router: createAppRouter({ store, history }), store };
}

/**
 * Resolves once the current location's route is matched and the family text it shows
 * has arrived (or failed), so a render shows the finished page, not its loading state.
 */
export async function settleApp(state: AppState): Promise<void> {
  if ('problems' in state) return;
  await state.router.load();
  await state.store.settled();
}

export function AppView({ state }: { state: AppState }) {
  if ('problems' in state) return <GraphErrorPage problems={state.problems} />;
  return <RouterProvider router={state.router} />;
}

/** The tree both sides render: a prerendered page and the browser's hydrateRoot must get the very same. */
export function AppRoot({ state }: { state: AppState }) {
  return (
    <StrictMode>
      <AppView state={state} />
    </StrictMode>
  );
}
