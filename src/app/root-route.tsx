// The root route: carries the graph store in the router context and lays
// out the header (home link, search) above every page.
import { createRootRouteWithContext, Link, Outlet, useNavigate } from '@tanstack/react-router';
import type { GraphStore } from '@/model/graph-store';
import { needsFamilyPicker } from '@/model/departments';
import { AppSearchBox } from './app-search-box';
import { useGraphState } from './graph-state';
import { PageNotFound } from './routes/not-found-pages';

export interface AppContext {
  store: GraphStore;
}

const navClass =
  'rounded px-2 py-1 text-slate-700 hover:bg-slate-100 data-[status=active]:font-semibold data-[status=active]:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:data-[status=active]:text-white';

function RootLayout() {
  const { index } = useGraphState();
  const navigate = useNavigate();
  return (
    <div className="flex h-dvh flex-col" data-print="flow">
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
          <AppSearchBox onPick={(id) => navigate({ to: '/roles/$', params: { _splat: id } })} />
        </div>
      </header>
      <div className="min-h-0 flex-1" data-print="flow">
        <Outlet />
      </div>
    </div>
  );
}

export const rootRoute = createRootRouteWithContext<AppContext>()({
  component: RootLayout,
  notFoundComponent: PageNotFound,
});
