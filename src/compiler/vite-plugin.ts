// Vite plugin: compiles the job-family folder named by SEEDS_DIR (default seeds/)
// and serves the graph as the virtual module `virtual:rungs-graph`. In dev, editing
// a page recompiles and reloads the app (no restart) and compiler errors show in
// Vite's overlay; a production build fails on errors with `file:line` messages.
import { resolve, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Graph } from '../model/schema.ts';
import { compilePages } from './compile.ts';
import { formatDiagnostic, summarize } from './diagnostics.ts';
import { isFolder, readPages } from './read-pages.ts';

const VIRTUAL_ID = 'virtual:rungs-graph';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface RungsGraphOptions {
  /** Folder of pages; default: env SEEDS_DIR, else "seeds". */
  seedsDir?: string;
}

export function seedsFolder(options: RungsGraphOptions = {}): string {
  return resolve(options.seedsDir ?? process.env.SEEDS_DIR ?? 'seeds');
}

export function rungsGraph(options: RungsGraphOptions = {}): Plugin {
  const dir = seedsFolder(options);
  let cached: { graph: Graph; report: string[]; errors: string[] } | null = null;
  let server: ViteDevServer | null = null;

  const compile = () => {
    if (cached) return cached;
    if (!isFolder(dir)) throw new Error(`rungs: the pages folder "${dir}" does not exist (set SEEDS_DIR to a folder of job-family pages).`);
    const pages = readPages(dir);
    const { graph } = compilePages(pages);
    const shown = relative(process.cwd(), dir) || '.';
    const line = (d: Graph['diagnostics'][number]) => formatDiagnostic({ ...d, file: d.file.startsWith('(') ? d.file : `${shown}/${d.file}` });
    cached = {
      graph,
      report: [`rungs: compiled ${shown}: ${graph.families.length} families, ${graph.roles.filter((r) => !r.external).length} roles; ${summarize(graph.diagnostics, pages.length)}`],
      errors: graph.diagnostics.filter((d) => d.severity === 'error').map(line),
    };
    return cached;
  };

  return {
    name: 'rungs-graph',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const result = compile();
      for (const line of result.report) this.info(line);
      if (result.errors.length > 0) {
        const message = `Job-family pages have ${result.errors.length} error(s):\n${result.errors.join('\n')}`;
        if (server) server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'rungs-graph' } });
        else this.error(message);
      }
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.graph))});`;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onChange = (file: string) => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.split(sep).some((p) => p.startsWith('.'))) return;
        cached = null;
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) devServer.moduleGraph.invalidateModule(module);
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
  };
}
