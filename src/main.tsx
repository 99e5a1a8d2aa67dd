import '@/app/no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import index from 'virtual:rungs-index';
import { loaders } from 'virtual:rungs-families';
import { App } from '@/app/app';
import './styles.css';

// First load: the index only. Each family's text, the full-text search data and
// the diagnostics are separate chunks, fetched when a view needs them.
const sources = {
  families: loaders,
  search: () => import('virtual:rungs-search'),
  diagnostics: () => import('virtual:rungs-diagnostics'),
  pages: () => import('virtual:rungs-pages'),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App data={index as unknown} sources={sources} />
  </StrictMode>,
);
