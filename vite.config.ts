// Vite config for the app. The graph reaches the app as virtual modules (an index
// first, each family's text on demand: see src/compiler/vite-plugin.ts), compiled from SEEDS_DIR (default seeds/) by the
// compiler's plugin; GRAPH_FIXTURE=<file.json> serves a ready graph file instead.
// BASE_PATH sets the public base, so the build also works under a sub-path.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { rungsGraph } from './src/compiler/vite-plugin.ts';
import { rungsPrerender } from './src/compiler/prerender.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Fallback: serve a fixture graph file as `virtual:rungs-graph` and, for the app,
 * as an index with nothing left to load (no family chunks, the graph's own text).
 */
function fixtureGraph(file: string): Plugin {
  const from = JSON.stringify(file);
  const modules: Record<string, string> = {
    'virtual:rungs-graph': `export { default } from ${from};`,
    'virtual:rungs-index': `export { default } from ${from};`,
    'virtual:rungs-families': 'export const loaders = {};',
    'virtual:rungs-search': 'export default [];',
    'virtual:rungs-diagnostics': `import graph from ${from}; export default graph.diagnostics;`,
    // a ready graph has no page sources to map line by line
    'virtual:rungs-pages': 'export const pages = []; export const loaders = {};',
  };
  return {
    name: 'rungs-fixture-graph',
    resolveId: (source) => (source in modules ? '\0' + source : null),
    load: (resolved) => (resolved.startsWith('\0') ? (modules[resolved.slice(1)] ?? null) : null),
  };
}

/**
 * Content-Security-Policy of the built app, as a meta tag: no inline or foreign
 * script, so page text that slipped through as markup still could not run. Build
 * only: the dev server injects inline scripts (React refresh). React and React Flow
 * set styles through the CSSOM, which style-src does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rungs-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * `vite preview` as a static host behaves: a path naming a folder of the build
 * with an index.html (the prerendered roles/<id>/index.html link previews) gets
 * that file, with or without the trailing slash; anything else falls back to the app.
 */
function directoryIndex(): Plugin {
  return {
    name: 'rungs-directory-index',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const [path = '', query] = (req.url ?? '').split('?');
        if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith(base) && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
          let inside: string;
          try {
            inside = decodeURIComponent(path.slice(base.length));
          } catch {
            return next();
          }
          if (!inside.split('/').includes('..') && existsSync(join(outDir, inside, 'index.html'))) req.url = `${path}/index.html${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
  };
}

const graphPlugin = (): Plugin => (process.env.GRAPH_FIXTURE ? fixtureGraph(process.env.GRAPH_FIXTURE) : rungsGraph());

function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig(() => ({
  base: withSlashes(process.env.BASE_PATH ?? '/'),
  plugins: [react(), tailwindcss(), graphPlugin(), contentSecurityPolicy(), rungsPrerender(), directoryIndex()],
  resolve: { alias: { '@': `${root}src` } },
  // SOURCE_URL: the site the pages are published on; site-relative links in page text lead there (src/components/source-url.ts).
  define: { 'import.meta.env.SOURCE_URL': JSON.stringify(process.env.SOURCE_URL ?? '') },
  build: { chunkSizeWarningLimit: 600 },
  preview: { port: 4173 },
}));
