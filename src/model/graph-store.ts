// The graph the app shows, loaded piece by piece. In: the index (every family and
// role without item text, already validated) and loaders for each family's text,
// the full-text search data and the diagnostics. Out: a store whose state is the
// index plus whatever has loaded so far, merged into one Graph the views read as
// before. A family without a loader counts as loaded, so a full graph (tests,
// fixture builds) is simply an index with nothing left to load.
// Each loaded piece is validated (the schemas load with the first piece); a failure is recorded per family (shown by the
// view, retried on the next ensure), never thrown at render time.
import { withFamilyChunk, type FamilyChunk, type SearchText } from './chunks';
import { getRole } from './queries';
import type { Graph } from './schema';
import type { PageLines, PageSummary } from './page-lines';

export type ModuleLoader = () => Promise<{ default: unknown }>;

export interface GraphSources {
  /** Family id → import of that family's chunk ({ family, roles }). */
  families?: Readonly<Record<string, ModuleLoader>>;
  /** Import of the SearchText ([roleId, own item text][]). */
  search?: ModuleLoader;
  /** Import of the compiler's diagnostics. */
  diagnostics?: ModuleLoader;
  /** Import of the pages module: how much of each page was understood, and a loader per page's line map. */
  pages?: () => Promise<{ pages: unknown; loaders: Readonly<Record<string, ModuleLoader>> }>;
}

export type FamilyStatus = 'ready' | 'loading' | 'failed' | 'idle';

export interface GraphState {
  /** The index as first loaded: stable, so layouts computed from it survive chunk loads. */
  index: Graph;
  /** The index with every loaded family's text (and the diagnostics, once loaded). */
  graph: Graph;
  loaded: ReadonlySet<string>;
  loading: ReadonlySet<string>;
  /** Family id (or "search", "diagnostics") → why it could not be loaded. */
  failed: ReadonlyMap<string, string>;
  /** Full-text search data; null until loaded, and when the graph already carries its text. */
  search: SearchText | null;
  diagnosticsReady: boolean;
  /** Per page, how much of it was understood; null until loaded, empty when the build has no line maps. */
  pages: PageSummary[] | null;
  /** Line maps loaded so far, by file. */
  pageLines: ReadonlyMap<string, PageLines>;
}

export interface GraphStore {
  getState: () => GraphState;
  subscribe: (listener: () => void) => () => void;
  /** Loads the given families' text; undefined when nothing is missing (so a route loader stays synchronous). */
  ensureFamilies: (ids: Iterable<string | null | undefined>) => Promise<void> | undefined;
  ensureSearch: () => Promise<void> | undefined;
  ensureDiagnostics: () => Promise<void> | undefined;
  /** Loads the pages' summaries. */
  ensurePages: () => Promise<void> | undefined;
  /** Loads one page's line map (after the summaries); an unknown file loads nothing. */
  ensurePageLines: (file: string) => Promise<void> | undefined;
  /** Resolves when no load is in flight (failed loads included: their failure is in the state). */
  settled: () => Promise<void>;
}

/** The loaded pieces' schemas, fetched with the first piece (the first view does not need them). */
const chunkSchemas = () => import('./chunk-schemas.ts');
/** The line map's schemas, fetched with the first page data (they are not needed before). */
const pageSchemas = () => import('./page-lines-schema.ts');

/** Whether a family's text is in the state's graph (external roles have no family: always ready). */
export function familyStatus(state: GraphState, familyId: string | null | undefined): FamilyStatus {
  if (!familyId || state.loaded.has(familyId)) return 'ready';
  if (state.loading.has(familyId)) return 'loading';
  return state.failed.has(familyId) ? 'failed' : 'idle';
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createGraphStore(index: Graph, sources: GraphSources = {}): GraphStore {
  const families = sources.families ?? {};
  const preloaded = index.families.filter((f) => !families[f.id]).map((f) => f.id);
  let state: GraphState = {
    index,
    graph: index,
    loaded: new Set(preloaded),
    loading: new Set(),
    failed: new Map(),
    search: null,
    diagnosticsReady: !sources.diagnostics,
    pages: sources.pages ? null : [],
    pageLines: new Map(),
  };
  let pageLoaders: Readonly<Record<string, ModuleLoader>> = {};
  const listeners = new Set<() => void>();
  const inFlight = new Map<string, Promise<void>>();

  const update = (patch: (s: GraphState) => Partial<GraphState>) => {
    state = { ...state, ...patch(state) };
    for (const listener of listeners) listener();
  };
  const withFailure = (key: string, why: string | null) => {
    const failed = new Map(state.failed);
    if (why === null) failed.delete(key);
    else failed.set(key, why);
    return failed;
  };
  const withLoading = (id: string, on: boolean) => {
    const loading = new Set(state.loading);
    if (on) loading.add(id);
    else loading.delete(id);
    return loading;
  };

  /** One load at a time per key; a failed load is forgotten so the next ensure retries it. */
  const once = (key: string, run: () => Promise<void>): Promise<void> => {
    const running = inFlight.get(key);
    if (running) return running;
    const promise = run().finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  };

  const loadFamily = (id: string, loader: ModuleLoader) =>
    once(`family:${id}`, async () => {
      update(() => ({ loading: withLoading(id, true), failed: withFailure(id, null) }));
      try {
        const [{ familyChunkSchema }, module] = await Promise.all([chunkSchemas(), loader()]);
        const parsed = familyChunkSchema.safeParse(module.default);
        if (!parsed.success || parsed.data.family.id !== id) throw new Error(`the data of family "${id}" does not have the expected shape`);
        const chunk: FamilyChunk = parsed.data;
        update((s) => ({ graph: withFamilyChunk(s.graph, chunk), loaded: new Set([...s.loaded, id]), loading: withLoading(id, false) }));
      } catch (error) {
        update(() => ({ loading: withLoading(id, false), failed: withFailure(id, message(error)) }));
        throw error;
      }
    });

  const settled = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
  };

  return {
    getState: () => state,
    settled,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensureFamilies(ids) {
      const missing = [...new Set(ids)].filter((id): id is string => !!id && !state.loaded.has(id) && !!families[id]);
      if (missing.length === 0) return undefined;
      return Promise.all(missing.map((id) => loadFamily(id, families[id]!))).then(() => undefined);
    },
    ensureSearch() {
      const load = sources.search;
      if (!load || state.search) return undefined;
      return once('search', async () => {
        try {
          const [{ searchTextSchema }, module] = await Promise.all([chunkSchemas(), load()]);
          const search = searchTextSchema.parse(module.default);
          update(() => ({ search, failed: withFailure('search', null) }));
        } catch (error) {
          update(() => ({ failed: withFailure('search', message(error)) }));
          throw error;
        }
      });
    },
    ensureDiagnostics() {
      const load = sources.diagnostics;
      if (!load || state.diagnosticsReady) return undefined;
      return once('diagnostics', async () => {
        try {
          const [{ diagnosticsSchema }, module] = await Promise.all([chunkSchemas(), load()]);
          const diagnostics = diagnosticsSchema.parse(module.default);
          update((s) => ({ graph: { ...s.graph, diagnostics }, diagnosticsReady: true, failed: withFailure('diagnostics', null) }));
        } catch (error) {
          update(() => ({ failed: withFailure('diagnostics', message(error)) }));
          throw error;
        }
      });
    },
    ensurePages,
    ensurePageLines(file) {
      if (state.pageLines.has(file) || !sources.pages) return undefined;
      return once(`page:${file}`, async () => {
        await ensurePages();
        const loader = pageLoaders[file];
        if (!loader) return;
        try {
          const [{ pageLinesSchema }, module] = await Promise.all([pageSchemas(), loader()]);
          const lines = pageLinesSchema.parse(module.default);
          update((s) => ({ pageLines: new Map([...s.pageLines, [file, lines]]), failed: withFailure(`page:${file}`, null) }));
        } catch (error) {
          update(() => ({ failed: withFailure(`page:${file}`, message(error)) }));
          throw error;
        }
      });
    },
  };

  function ensurePages(): Promise<void> | undefined {
    const load = sources.pages;
    if (!load || state.pages) return undefined;
    return once('pages', async () => {
      try {
        const [{ pageSummarySchema }, module] = await Promise.all([pageSchemas(), load()]);
        const pages = pageSummarySchema.array().parse(module.pages);
        pageLoaders = module.loaders;
        update(() => ({ pages, failed: withFailure('pages', null) }));
      } catch (error) {
        update(() => ({ failed: withFailure('pages', message(error)) }));
        throw error;
      }
    });
  }
}

/**
 * The families whose text the roles' pages show: their own and, unless `related` is
 * false, those of the roles they report to and extend.
 */
export function familiesForRoles(graph: Graph, roleIds: Iterable<string>, { related = true } = {}): string[] {
  const families = new Set<string>();
  for (const id of roleIds) {
    const role = getRole(graph, id);
    if (!role) continue;
    const others = related ? [...role.reportsTo, role.extends.responsibilities, role.extends.requirements] : [];
    for (const related of [role.id, ...others]) {
      const familyId = related ? getRole(graph, related)?.familyId : null;
      if (familyId) families.add(familyId);
    }
  }
  return [...families];
}
