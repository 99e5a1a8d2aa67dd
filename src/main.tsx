import '@/app/no-eval';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import index from 'virtual:rungs-index';
import { loaders } from 'virtual:rungs-families';
import { AppRoot, createAppState, settleApp } from '@/app/app';
import { adoptServerMarkup, prerenderedFor } from '@/app/prerendered';
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
// A prerendered role or family page (src/compiler/prerender.ts) already shows the
// page: the app settles the same route first (its family text loaded), then hydrates
// that markup in place, so nothing flashes or moves. Any other URL renders afresh.
const prerendered = prerenderedFor(container, window.location, window.history);
const state = createAppState(index as unknown, sources);
if (prerendered === 'none') {
  root = createRoot(container);
  root.render(<AppRoot state={state} />);
} else
  void settleApp(state)
    .catch(() => undefined)
    .then(() => {
      if (prerendered === 'this-page') {
        adoptServerMarkup(state);
        root = hydrateRoot(container, <AppRoot state={state} />);
      } else {
        root = createRoot(container);
        root.render(<AppRoot state={state} />);
      }
    });

// In dev, an edited page arrives as a new index and family loaders (src/compiler/vite-plugin.ts):
// the app takes the new data in place, on the same URL, once its route has settled; no reload.
if (import.meta.hot) {
  let current = { index: index as unknown, loaders };
  import.meta.hot.accept(['virtual:rungs-index', 'virtual:rungs-families'], ([nextIndex, nextFamilies]) => {
    current = { index: (nextIndex as { default?: unknown } | undefined)?.default ?? current.index, loaders: (nextFamilies as { loaders?: typeof loaders } | undefined)?.loaders ?? current.loaders };
    const next = createAppState(current.index, { ...sources, families: current.loaders });
    void settleApp(next)
      .catch(() => undefined)
      .then(() => root?.render(<AppRoot state={next} />));
  });
}
