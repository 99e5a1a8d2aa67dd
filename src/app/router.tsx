// The route tree (code-based) and the router factory. The app and the tests
// build the router the same way; tests pass a memory history.
import { createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { getFamily, getRole } from '@/model/queries';
import { rootRoute } from './root-route';
import { compareSearchSchema, diagnosticsSearchSchema, ladderSearchSchema, pathSearchSchema } from './search-params';
import { ExplorerPage } from './routes/explorer-page';
import { ComparePage } from './routes/compare-page';
import { PathPage } from './routes/path-page';
import { DiagnosticsPage } from './routes/diagnostics-page';
import { FamilyNotFound, RoleNotFound } from './routes/not-found-pages';

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: ladderSearchSchema,
  component: function AllFamilies() {
    const { graph } = indexRoute.useRouteContext();
    return <ExplorerPage graph={graph} search={indexRoute.useSearch()} />;
  },
});

const familyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/families/$familyId',
  validateSearch: ladderSearchSchema,
  component: function OneFamily() {
    const { graph } = familyRoute.useRouteContext();
    const { familyId } = familyRoute.useParams();
    const search = familyRoute.useSearch();
    if (!getFamily(graph, familyId)) return <FamilyNotFound graph={graph} familyId={familyId} />;
    return <ExplorerPage graph={graph} search={search} familyId={familyId} />;
  },
});

const roleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/roles/$',
  validateSearch: ladderSearchSchema,
  component: function OneRole() {
    const { graph } = roleRoute.useRouteContext();
    const roleId = (roleRoute.useParams()._splat ?? '').replace(/\/+$/, '');
    const search = roleRoute.useSearch();
    const role = getRole(graph, roleId);
    if (!role) return <RoleNotFound graph={graph} roleId={roleId} />;
    return <ExplorerPage graph={graph} search={search} role={role} />;
  },
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearchSchema,
  component: function Compare() {
    const { graph } = compareRoute.useRouteContext();
    return <ComparePage graph={graph} search={compareRoute.useSearch()} />;
  },
});

const pathRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/path',
  validateSearch: pathSearchSchema,
  component: function Path() {
    const { graph } = pathRoute.useRouteContext();
    return <PathPage graph={graph} search={pathRoute.useSearch()} />;
  },
});

const diagnosticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/diagnostics',
  validateSearch: diagnosticsSearchSchema,
  component: function Diagnostics() {
    const { graph } = diagnosticsRoute.useRouteContext();
    return <DiagnosticsPage graph={graph} search={diagnosticsRoute.useSearch()} />;
  },
});

const routeTree = rootRoute.addChildren([indexRoute, familyRoute, roleRoute, compareRoute, pathRoute, diagnosticsRoute]);

export function createAppRouter({ graph, history }: { graph: Graph; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { graph },
    history,
    basepath: import.meta.env.BASE_URL,
    scrollRestoration: false,
    defaultPreload: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
