// Build time: the app's own components rendered to HTML for prerendered pages. Loads
// src/app/render-page.tsx through a Vite server in middleware mode (the build's root,
// base, aliases and defines, so `@/` imports and import.meta.env resolve as in the
// app), renders each path with the data the browser would get, then closes the server.
// In: the graph; out: path → the HTML of the app's root element.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ResolvedConfig } from 'vite';
import { splitGraph } from '../model/chunks.ts';
import type { GraphSources } from '../model/graph-store.ts';
import type { Graph } from '../model/schema.ts';

export const RENDER_MODULE = 'src/app/render-page.tsx';

type RenderPage = (url: string, data: unknown, sources: GraphSources) => Promise<string>;

/** What the browser loads: the index plus a loader per family chunk, or (a ready graph file) the whole graph. */
function browserData(graph: Graph, split: boolean): { data: unknown; sources: GraphSources } {
  if (!split) return { data: JSON.parse(JSON.stringify(graph)), sources: {} };
  const { index, chunks } = splitGraph(graph);
  const text = new Map([...chunks].map(([id, chunk]) => [id, JSON.stringify(chunk)]));
  const families = Object.fromEntries([...text].map(([id, json]) => [id, () => Promise.resolve({ default: JSON.parse(json) as unknown })]));
  return { data: JSON.parse(JSON.stringify(index)), sources: { families } };
}

/** Whether this build's root has the app to render (a bare test build has not). */
export function hasApp(config: ResolvedConfig): boolean {
  return existsSync(join(config.root, RENDER_MODULE));
}

/**
 * Renders each path (base included) of the app; `split`: the browser gets the index
 * and family chunks (false when it gets a whole graph file). A path whose render
 * fails is left out and its error reported through `warn`.
 */
export async function renderAppPages(config: ResolvedConfig, graph: Graph, paths: readonly string[], split: boolean, warn: (message: string) => void): Promise<Map<string, string>> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'error',
    resolve: { alias: config.resolve.alias },
    define: config.define,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const out = new Map<string, string>();
  try {
    const { renderPage } = (await server.ssrLoadModule(`/${RENDER_MODULE}`)) as { renderPage: RenderPage };
    const { data, sources } = browserData(graph, split);
    for (const path of paths) {
      try {
        out.set(path, await renderPage(path, data, sources));
      } catch (error) {
        warn(`${path}: ${(error as Error).message}`);
      }
    }
  } finally {
    await server.close();
  }
  return out;
}
