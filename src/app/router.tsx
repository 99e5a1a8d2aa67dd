// The route tree (code-based) and the router factory. The app and the tests
// build the router the same way; tests pass a memory history.
// Route loaders ask the graph store for the family text a view shows: compare and
// path wait for it (their whole page is text), the role route only starts it, so
// the ladder stays in place and the panel says it is loading.
import { lazy } from 'react';
import { createRoute, createRouter, lazyRouteComponent, useParams, useSearch, type RouterHistory } from '@tanstack/react-router';
import { familiesForRoles, type GraphStore } from '@/model/graph-store';
import { needsFamilyPicker } from '@/model/departments';
import { findPath } from '@/model/path';
import { nextSteps } from '@/model/next-steps';
import { getFamily, getRole } from '@/model/queries';
import { rootRoute } from './root-route';
import { compareSearchSchema, diagnosticsSearchSchema, idList, ladderSearchSchema, pageSourceSearchSchema, pathSearchSchema, type LadderSearch } from './search-params';
import { useGraphState } from './graph-state';
import { ExplorerPage } from './routes/explorer-page';
import { FamilyPickerPage } from './routes/family-picker-page';
import { FamilyNotFound, RoleNotFound } from './routes/not-found-pages';
import { LoadFailed, Loading } from './routes/loading';

const roleIdOf = (splat: string | undefined) => (splat ?? '').replace(/\/+$/, '');

/**
 * The ladder's three addresses (every family, one family, one role) render this one
 * component, so moving between them (opening a role from the ladder, closing it)
 * updates the page in place: the canvas stays mounted instead of being built anew.
 */
function Explorer() {
  const { graph, index } = useGraphState();
  const params = useParams({ strict: false }) as { familyId?: string; _splat?: string };
  const search = useSearch({ strict: false }) as LadderSearch;
  if (params._splat !== undefined) {
    const roleId = roleIdOf(params._splat);
    const role = getRole(graph, roleId);
    if (!role) return <RoleNotFound graph={index} roleId={roleId} />;
    return <ExplorerPage graph={graph} index={index} search={search} role={role} />;
  }
  if (params.familyId !== undefined) {
    if (!getFamily(index, params.familyId)) return <FamilyNotFound graph={index} familyId={params.familyId} />;
    return <ExplorerPage graph={graph} index={index} search={search} familyId={params.familyId} />;
  }
  if (needsFamilyPicker(index) && !search.families && !search.path) return <FamilyPickerPage index={index} search={search} />;
  return <ExplorerPage graph={graph} index={index} search={search} />;
}

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: ladderSearchSchema,
  component: Explorer,
});

const familyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/families/$familyId',
  validateSearch: ladderSearchSchema,
  component: Explorer,
});

const roleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/roles/$',
  validateSearch: ladderSearchSchema,
  loader: ({ context: { store }, params }) => {
    void store.ensureFamilies(familiesForRoles(store.getState().index, [roleIdOf(params._splat)]))?.catch(() => undefined);
  },
  component: Explorer,
});

// Compare (with the word diff it uses), path and diagnostics load when opened: they are
// not part of the first view. (The ladder and the role page stay in it: a prerendered
// page hydrates them at once.)
const ComparePage = lazy(() => import('./routes/compare-page').then((m) => ({ default: m.ComparePage })));
const PathPage = lazy(() => import('./routes/path-page').then((m) => ({ default: m.PathPage })));
const DiagnosticsPage = lazy(() => import('./routes/diagnostics-page').then((m) => ({ default: m.DiagnosticsPage })));

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearchSchema,
  loaderDeps: ({ search }) => ({ roles: search.roles }),
  loader: ({ context: { store }, deps }) => store.ensureFamilies(familiesForRoles(store.getState().index, idList(deps.roles), { related: false })),
  component: function Compare() {
    const { graph } = useGraphState();
    return <ComparePage graph={graph} search={compareRoute.useSearch()} />;
  },
});

/** The families of both ends and of every step between them (the route itself needs only the index's edges). */
function pathFamilies(store: GraphStore, from: string | undefined, to: string | undefined): string[] {
  if (!from || !to) return [];
  const index = store.getState().index;
  const path = findPath(index, from, to);
  return familiesForRoles(index, path.found ? path.roleIds : [from, to], { related: false });
}

const pathRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/path',
  validateSearch: pathSearchSchema,
  loaderDeps: ({ search }) => ({ from: search.from, to: search.to }),
  loader: ({ context: { store }, deps }) => store.ensureFamilies(pathFamilies(store, deps.from, deps.to)),
  component: function Path() {
    const { graph } = useGraphState();
    return <PathPage graph={graph} search={pathRoute.useSearch()} />;
  },
});

const diagnosticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/diagnostics',
  validateSearch: diagnosticsSearchSchema,
  loader: ({ context: { store } }) => Promise.all([store.ensureDiagnostics(), store.ensurePages()]),
  component: function Diagnostics() {
    const { graph } = useGraphState();
    return <DiagnosticsPage graph={graph} search={diagnosticsRoute.useSearch()} />;
  },
});

// How one page was read: its own chunk, loaded only when someone opens it.
const pageSourceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pages/$',
  validateSearch: pageSourceSearchSchema,
  loader: ({ context: { store }, params }) => store.ensurePageLines((params._splat ?? '').replace(/^\/+|\/+$/g, '')),
  component: lazyRouteComponent(() => import('./routes/page-source-page'), 'PageSourcePage'),
});

// A readiness plan for one step: both roles' text (and the next steps', one of which is the default target); its own chunk.
const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plan',
  validateSearch: pathSearchSchema,
  loaderDeps: ({ search }) => ({ from: search.from, to: search.to }),
  loader: ({ context: { store }, deps }) => {
    const index = store.getState().index;
    const targets = deps.to ? [deps.to] : deps.from ? nextSteps(index, deps.from).map((s) => s.role.id) : [];
    return store.ensureFamilies(familiesForRoles(index, [deps.from ?? '', ...targets], { related: false }));
  },
  component: lazyRouteComponent(() => import('./routes/plan-page'), 'PlanRoute'),
});

const routeTree = rootRoute.addChildren([indexRoute, familyRoute, roleRoute, compareRoute, pathRoute, diagnosticsRoute, pageSourceRoute, planRoute]);

export function createAppRouter({ store, history }: { store: GraphStore; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { store },
    history,
    basepath: import.meta.env.BASE_URL,
    scrollRestoration: false,
    defaultPreload: false,
    // a loading page only when a chunk is slow, and then long enough not to flicker
    defaultPendingMs: 150,
    defaultPendingMinMs: 300,
    defaultPendingComponent: Loading,
    defaultErrorComponent: LoadFailed,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
