// The root route: carries the graph store in the router context and lays
// out the header (home link, search) above every page.
import { useEffect } from 'react';
import { createRootRouteWithContext, Link, Outlet, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { GraphStore } from '@/model/graph-store';
import { needsFamilyPicker } from '@/model/departments';
import { getRole } from '@/model/queries';
import { PageLinkGraph } from '@/components/page-link-scope';
import { AppSearchBox } from './app-search-box';
import { useGraphState } from './graph-state';
import { selectionWith } from './search-params';
import { PageNotFound } from './routes/not-found-pages';
import { SkipLink } from './skip-link';
import { firstViewRendered } from './first-view';

export interface AppContext {
  store: GraphStore;
}

const navClass =
  'rounded px-2 py-1 text-slate-700 hover:bg-slate-100 data-[status=active]:font-semibold data-[status=active]:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:data-[status=active]:text-white';

function RootLayout() {
  const { index, graph } = useGraphState();
  const navigate = useNavigate();
  // A search pick keeps the families on screen (`?families=`, or the family page's one).
  const { families } = useSearch({ strict: false }) as { families?: string };
  const { familyId } = useParams({ strict: false }) as { familyId?: string };
  const openRole = (id: string) =>
    void navigate({ to: '/roles/$', params: { _splat: id }, search: { families: selectionWith(families ?? familyId, getRole(index, id)?.familyId) } });
  // Runs after the first route's own effects (a view that paints later holds the first view by then).
  useEffect(firstViewRendered, []);
  return (
    // The frame is the viewport: it clips what would overflow it, and only the page area scrolls,
    // so nothing (a tall table, a stray absolutely positioned span) can make the document scroll behind it.
    <div className="relative flex h-dvh flex-col overflow-clip" data-print="flow">
      <SkipLink />
      <header data-print="hide" className="flex h-14 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-950">
        <Link to="/" className="flex items-center gap-2 rounded text-lg font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-blue-700 text-sm text-white">
            R
          </span>
          Rungs
        </Link>
        <nav aria-label="Main" className="hidden gap-1 text-sm sm:flex">
          <Link to="/" className={navClass} activeOptions={{ exact: true }}>
            {needsFamilyPicker(index) ? 'Families' : 'All families'}
          </Link>
          <Link to="/compare" className={navClass}>
            Compare
          </Link>
          <Link to="/path" className={navClass}>
            Path
          </Link>
          <Link to="/diagnostics" className={navClass}>
            Data quality
          </Link>
        </nav>
        <div className="ml-auto w-full max-w-md">
          <AppSearchBox onPick={openRole} />
        </div>
      </header>
      <div className="relative min-h-0 flex-1 overflow-y-auto" data-print="flow">
        <PageLinkGraph graph={graph}>
          <Outlet />
        </PageLinkGraph>
      </div>
    </div>
  );
}

export const rootRoute = createRootRouteWithContext<AppContext>()({
  component: RootLayout,
  notFoundComponent: PageNotFound,
});
