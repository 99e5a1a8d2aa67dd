import '@/app/no-eval';
import { createRoot, hydrateRoot } from 'react-dom/client';
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
  pages: () => import('virtual:rungs-pages'),
};

const root = document.getElementById('root')!;
// A prerendered role or family page (src/compiler/prerender.ts) already shows the
// page: the app settles the same route first (its family text loaded), then hydrates
// that markup in place, so nothing flashes or moves. Any other URL renders afresh.
const prerendered = prerenderedFor(root, window.location, window.history);
const state = createAppState(index as unknown, sources);
if (prerendered === 'none') createRoot(root).render(<AppRoot state={state} />);
else
  void settleApp(state)
    .catch(() => undefined)
    .then(() => {
      if (prerendered === 'this-page') {
        adoptServerMarkup(state);
        hydrateRoot(root, <AppRoot state={state} />);
      }
      else createRoot(root).render(<AppRoot state={state} />);
    });
