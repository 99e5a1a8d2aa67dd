import '@/app/no-eval';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import index from 'virtual:rungs-index';
import { loaders } from 'virtual:rungs-families';
import { AppRoot, appStateFor, settleApp, type AppState } from '@/app/app';
import { createGraphStore } from '@/model/graph-store';
import type { Graph } from '@/model/schema';
import { adoptServerMarkup, prerenderedFor } from '@/app/prerendered';
import { afterFirstView } from '@/app/first-view';
import './styles.css';

// First load: the index only. Each family's text, the full-text search data and
// the diagnostics are separate chunks, fetched when a view needs them.
const sources = {
  families: loaders,
  search: () => import('virtual:rungs-search'),
  diagnostics: () => import('virtual:rungs-diagnostics'),
  // How each page was read (/pages/<file>, /diagnostics): only when a view asks.
  pages: () => import('virtual:rungs-pages'),
};

const container = document.getElementById('root')!;
let root: Root | null = null;
/** What the app shows now (the app, or the error page). */
let shownState: AppState;
function show(next: AppState) {
  shownState = next;
  root?.render(<AppRoot state={next} />);
}

/** The index's problems against the graph schema, loaded on demand (the schema library is not in the first view). */
const problemsOf = (data: unknown) => import('@/app/graph-check').then((m) => m.graphProblems(data));
/** The error page instead of the app when the index does not fit (a half-finished deploy). */
const errorState = (problems: string[]): AppState | null => (problems.length ? { problems } : null);
/** Runs once the browser is idle (a timeout where it has no idle callback). */
const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 200));
/**
 * Runs once the first view has painted (first-view.ts: the ladder canvas on screen, or
 * the first route rendered where there is no canvas) and the browser is idle; at once
 * (when idle) for the error page, whose details are what the check finds.
 */
const afterPaint = (state: AppState, run: () => void) => ('problems' in state ? whenIdle(run) : afterFirstView(() => whenIdle(run)));
/** The app on the index as it is; the error page (its details to follow) when even the store cannot be made from it. */
function drawable(data: unknown): AppState {
  try {
    return appStateFor(data as Graph, sources);
  } catch {
    return { problems: [] };
  }
}
// A prerendered role or family page (src/compiler/prerender.ts) already shows the
// page: the app settles the same route first (its family text loaded), then hydrates
// that markup in place, so nothing flashes or moves. Any other URL renders afresh.
const prerendered = prerenderedFor(container, window.location, window.history);
// The index is drawn at once and checked against the schema once the first view has painted: a build
// whose index does not fit still ends on the error page (a view that cannot draw it
// meanwhile shows the router's error, never a blank screen).
const state = drawable(index);
shownState = state;
if (prerendered === 'none') {
  const shown = createRoot(container);
  root = shown;
  shown.render(<AppRoot state={state} />);
  afterPaint(state, () => void problemsOf(index).then((problems) => {
    const failed = errorState(problems);
    if (failed) show(failed);
  }));
} else
  // The prerendered page is on screen already: check before hydrating, so an index
  // that does not fit never hydrates the page's markup.
  void Promise.all([settleApp(state).catch(() => undefined), problemsOf(index)])
    .then(([, problems]) => {
      const failed = errorState(problems);
      if (failed) {
        root = createRoot(container);
        show(failed);
      } else if (prerendered === 'this-page') {
        adoptServerMarkup(state);
        root = hydrateRoot(container, <AppRoot state={state} />);
      } else {
        root = createRoot(container);
        root.render(<AppRoot state={state} />);
      }
    });

// In dev, an edited page arrives as a new index and family loaders (src/compiler/vite-plugin.ts):
// the app takes the new data in place, on the same URL, no reload. The running router is
// kept (nothing remounts: the canvas, the open panel and their state stay); it gets a store
// on the new data, which first loads the families the old one had, so no view flashes its
// loading state. The schema check follows, as on a first load (an index that does not fit
// still ends on the error page). Of two quick edits, the later one wins.
if (import.meta.hot) {
  let current = { index: index as unknown, loaders };
  let latest = 0;
  import.meta.hot.accept(['virtual:rungs-index', 'virtual:rungs-families'], ([nextIndex, nextFamilies]) => {
    current = { index: (nextIndex as { default?: unknown } | undefined)?.default ?? current.index, loaders: (nextFamilies as { loaders?: typeof loaders } | undefined)?.loaders ?? current.loaders };
    const data = current.index;
    const edit = ++latest;
    const live = shownState;
    const update = async (): Promise<AppState> => {
      if (!('router' in live)) {
        const next = appStateFor(data as Graph, { ...sources, families: current.loaders });
        await settleApp(next).catch(() => undefined);
        return next;
      }
      const store = createGraphStore(data as Graph, { ...sources, families: current.loaders });
      await store.ensureFamilies(live.store.getState().loaded)?.catch(() => undefined);
      if (edit !== latest) return live;
      live.router.update({ ...live.router.options, context: { store } });
      await live.router.invalidate().catch(() => undefined);
      return { router: live.router, store };
    };
    void update().then((next) => {
      if (edit !== latest) return;
      show(next);
      return problemsOf(data).then((problems) => {
        const failed = errorState(problems);
        if (failed && edit === latest) show(failed);
      });
    });
  });
}
