// Vite config for the app. The graph reaches the app as the virtual module
// `virtual:rungs-graph`: compiled from SEEDS_DIR by the compiler's plugin when it
// exists, else served from a hand-written fixture graph (early development only).
// BASE_PATH sets the public base, so the build also works under a sub-path.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const compilerPlugin = fileURLToPath(new URL('./src/compiler/vite-plugin.ts', import.meta.url));

/** Fallback: serve a fixture graph file as `virtual:rungs-graph`. */
function fixtureGraph(file: string): Plugin {
  const id = 'virtual:rungs-graph';
  return {
    name: 'rungs-fixture-graph',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load: (resolved) => (resolved === '\0' + id ? `export { default } from ${JSON.stringify(file)};` : null),
  };
}

async function graphPlugin(): Promise<Plugin | Plugin[]> {
  if (process.env.GRAPH_FIXTURE || !existsSync(compilerPlugin)) {
    return fixtureGraph(process.env.GRAPH_FIXTURE ?? `${root}test/fixtures/graphs/small.json`);
  }
  const { rungsGraph } = (await import(compilerPlugin)) as { rungsGraph: (o?: { seedsDir?: string }) => Plugin | Plugin[] };
  return rungsGraph();
}

function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig(async () => ({
  base: withSlashes(process.env.BASE_PATH ?? '/'),
  plugins: [react(), tailwindcss(), await graphPlugin()],
  resolve: { alias: { '@': `${root}src` } },
  build: { chunkSizeWarningLimit: 600 },
  preview: { port: 4173 },
}));
