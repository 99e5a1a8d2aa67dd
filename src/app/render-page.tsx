// Build time: one page of the app rendered to HTML by React on the server side of
// the build (src/compiler/app-renderer.ts loads this module through Vite). The same
// components, router and store as in the browser, settled the same way
// (src/app/app.tsx), so the browser hydrates the page in place (src/main.tsx): the
// HTML is exactly the app's first render, every text escaped by React, and no inline
// script (the page stays within the CSP).
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { createMemoryHistory } from '@tanstack/react-router';
import type { GraphSources } from '@/model/graph-store';
import { AppRoot, settleApp } from './app';
import { createAppState } from './graph-check';

const CLIENT_RENDERED = '<!--$!-->';

/** `url`: the page's path with the base (e.g. "/careers/roles/x"); `data` and `sources` as the browser gets them. */
export async function renderPage(url: string, data: unknown, sources: GraphSources): Promise<string> {
  const state = createAppState(data, sources, createMemoryHistory({ initialEntries: [url] }));
  await settleApp(state);
  const app = <AppRoot state={state} />;
  let html = renderToString(app);
  // A lazy part of the view (its chunk not loaded yet in this process) leaves its Suspense
  // boundary to the browser ("<!--$!-->"), which hydration reports as an error. `prerender`
  // waits for every such chunk (but streams its boundaries with inline scripts); once
  // loaded, a second synchronous render has them in place. React.lazy keeps them loaded.
  for (let tries = 0; html.includes(CLIENT_RENDERED) && tries < 3; tries++) {
    await prerender(app).then(({ prelude }) => new Response(prelude).text());
    html = renderToString(app);
  }
  return html;
}
