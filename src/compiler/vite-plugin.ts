// Vite plugin: compiles the job-family folder named by SEEDS_DIR (default seeds/)
// and serves the graph as virtual modules:
//   virtual:rungs-graph        the whole graph (tools, small sites)
//   virtual:rungs-index        every family and role without item text (first load)
//   virtual:rungs-families     `loaders`: family id → () => import(that family's chunk)
//   virtual:rungs-family/<id>  one family's text: { family, roles } (a code-split chunk)
//   virtual:rungs-search       [roleId, own item text][] for full-text search (lazy)
//   virtual:rungs-diagnostics  the compiler's diagnostics (lazy, for /diagnostics)
//   virtual:rungs-pages        `pages` (how much of each page was understood) and
//                              `loaders`: file → () => import(that page's line map) (lazy)
//   virtual:rungs-page/<file>  how one page was read, line by line (lazy, for /pages/<file>)
// Compiling is incremental: unchanged pages come from the page cache (in memory in
// dev, node_modules/.cache/rungs between builds), and the build says how many it read.
// In dev, editing a page re-reads that page only and pushes the new graph to the app
// as a hot update of the index and family loaders (the app swaps its data in place,
// src/main.tsx); a full reload only when a lazy module the app already loaded changed.
// Compiler errors show in Vite's overlay; a production build fails on errors with
// `file:line` messages.
import { createHash } from 'node:crypto';
import { resolve, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Graph } from '../model/schema.ts';
import { splitGraph } from '../model/chunks.ts';
import { CompileFailure, compilePages, schemaProblem } from './compile.ts';
import { escapeControl, formatDiagnostic, summarize } from './diagnostics.ts';
import { isFolder, readPages } from './read-pages.ts';
import { lineMaps } from './line-map.ts';
import { loadCacheFile, saveCacheFile } from './cache-file.ts';
import { rereadLine, type PageCache } from './page-cache.ts';

const PREFIX = 'virtual:rungs-';
/** What a virtual module holds once the build has already failed (and said why, once). */
const FAILED_MODULE = 'export default null; export const loaders = {}; export const pages = [];';
const RESOLVED = '\0rungs:';
/** The modules the app takes as a hot update (src/main.tsx); any other one it loaded that changed needs a full reload. */
const HOT_MODULES = new Set(['index', 'families']);

/** A JSON value as a module: JSON.parse of a string literal is faster to start than an object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

export interface RungsGraphOptions {
  /** Folder of pages; default: env SEEDS_DIR, else "seeds". */
  seedsDir?: string;
}

export function seedsFolder(options: RungsGraphOptions = {}): string {
  return resolve(options.seedsDir ?? process.env.SEEDS_DIR ?? 'seeds');
}

// The last graph compiled per folder, so the prerender step of the same build reuses it.
const lastGraph = new Map<string, Graph>();

/** The graph this process last compiled from `dir`, else a fresh compile. */
export function compiledGraph(dir: string): Graph {
  return lastGraph.get(dir) ?? compilePages(readPages(dir)).graph;
}

export function rungsGraph(options: RungsGraphOptions = {}): Plugin {
  const dir = seedsFolder(options);
  let cached: { graph: Graph; report: string[]; errors: string[]; pages: ReturnType<typeof readPages> } | null = null;
  let server: ViteDevServer | null = null;
  let reported = false;
  let failed = false;
  let pageCache: PageCache | null = null;
  /** In dev, each virtual module's source as last served: what an edit is compared with. */
  const served = new Map<string, string>();

  const compile = () => {
    if (cached) return cached;
    if (!isFolder(dir)) throw new Error(`rungs: the pages folder "${dir}" does not exist (set SEEDS_DIR to a folder of job-family pages).`);
    const pages = readPages(dir);
    const firstCompile = pageCache === null;
    pageCache ??= loadCacheFile(dir);
    // An edit in dev reaches the app before the graph's schema check (run after the push, onChange).
    const { graph } = compilePages(pages, { cache: pageCache, checkSchema: !server || firstCompile });
    // A build saves what it read for the next one; the dev server keeps its cache in memory (saved once, at start).
    if (!server || firstCompile) saveCacheFile(pageCache, dir);
    pageCache.prune();
    lastGraph.set(dir, graph);
    const shown = relative(process.cwd(), dir) || '.';
    const line = (d: Graph['diagnostics'][number]) => formatDiagnostic({ ...d, file: d.file.startsWith('(') ? d.file : `${shown}/${d.file}` });
    cached = {
      graph,
      report: [
        `rungs: compiled ${shown}: ${graph.families.length} families, ${graph.roles.filter((r) => !r.external).length} roles; ${summarize(graph.diagnostics, pages.length)}`,
        `rungs: ${rereadLine(pageCache.stats, pages.length)}`,
      ],
      errors: graph.diagnostics.filter((d) => d.severity === 'error').map(line),
      pages,
    };
    return cached;
  };

  let split: ReturnType<typeof splitGraph> | null = null;
  const parts = () => (split ??= splitGraph(compile().graph));
  let maps: ReturnType<typeof lineMaps> | null = null;
  const pageMaps = () => (maps ??= lineMaps(compile().graph, compile().pages));

  const moduleSource = (name: string): string | null => {
    if (name === 'graph') return jsonModule(compile().graph);
    if (name === 'index') return jsonModule(parts().index);
    if (name === 'search') return jsonModule(parts().search);
    if (name === 'diagnostics') return jsonModule(compile().graph.diagnostics);
    if (name === 'families') {
      // In dev each chunk's address names its content: an edited family is fetched anew, the others stay cached.
      const version = (id: string) => (server ? `?v=${createHash('sha1').update(JSON.stringify(parts().chunks.get(id))).digest('base64url').slice(0, 10)}` : '');
      const entries = [...parts().chunks.keys()].map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`${PREFIX}family/${id}${version(id)}`)}),`);
      return `export const loaders = {\n${entries.join('\n')}\n};`;
    }
    if (name === 'pages') {
      // Dots encoded too: an id ending in ".txt" would be taken for an asset by Vite.
      const entries = [...pageMaps().maps.keys()].map((file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(`${PREFIX}page/${encodeURIComponent(file).replace(/\./g, '%2E')}`)}),`);
      return `export const pages = JSON.parse(${JSON.stringify(JSON.stringify(pageMaps().summaries))});\nexport const loaders = {\n${entries.join('\n')}\n};`;
    }
    if (name.startsWith('page/')) {
      const map = pageMaps().maps.get(decodeURIComponent(name.slice('page/'.length)));
      return map ? jsonModule(map) : null;
    }
    if (name.startsWith('family/')) {
      const chunk = parts().chunks.get(name.slice('family/'.length).replace(/\?.*$/, ''));
      return chunk ? jsonModule(chunk) : null;
    }
    return null;
  };

  /** A module's source, or null when the graph cannot be compiled (the error is reported when the app asks). */
  const safeSource = (name: string): string | null => {
    try {
      return moduleSource(name);
    } catch {
      return null;
    }
  };

  return {
    name: 'rungs-graph',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    config() {
      // The pages folder is watched in dev; a symbolic link loop in it must not be walked forever.
      return { server: { watch: { followSymlinks: false } } };
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      let result: ReturnType<typeof compile>;
      try {
        result = compile();
      } catch (error) {
        // Reported once, naming the page, however many virtual modules ask for the graph.
        if (failed) return FAILED_MODULE;
        failed = true;
        const file = error instanceof CompileFailure ? error.file : null;
        const reason = error instanceof Error ? error.message : String(error);
        const message = escapeControl(`rungs: internal error${file ? ` while compiling ${relative(process.cwd(), resolve(dir, file))}` : ''}: ${reason.split('\n')[0]}`);
        if (server) {
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'rungs-graph' } });
          return FAILED_MODULE;
        }
        this.error(message);
      }
      if (!reported) {
        reported = true;
        for (const line of result.report) this.info(line);
      }
      if (result.errors.length > 0) {
        const message = `Job-family pages have ${result.errors.length} error(s):\n${result.errors.join('\n')}`;
        if (server) server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'rungs-graph' } });
        else if (failed) return FAILED_MODULE;
        else {
          failed = true;
          this.error(message);
        }
      }
      const source = moduleSource(id.slice(RESOLVED.length));
      if (server && source !== null) served.set(id.slice(RESOLVED.length), source);
      return source;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onChange = (file: string) => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.split(sep).some((p) => p.startsWith('.'))) return;
        const started = performance.now();
        const modules = [...devServer.moduleGraph.idToModuleMap.values()].filter((m) => m.id?.startsWith(RESOLVED));
        // What the app has loaded so far, as it was: compared with the new graph's modules below.
        const loaded = modules.filter((m) => m.transformResult).map((m) => ({ module: m, name: m.id!.slice(RESOLVED.length), before: served.get(m.id!.slice(RESOLVED.length)) ?? null }));
        cached = null;
        failed = false;
        split = null;
        maps = null;
        reported = false;
        for (const module of modules) devServer.moduleGraph.invalidateModule(module);
        let pageCount = 0;
        let graph: Graph | undefined;
        try {
          ({ graph } = compile());
          pageCount = compile().pages.length;
        } catch {
          // reported when the app asks for the graph
        }
        const changed = loaded.filter((s) => !s.name.startsWith('family/') && safeSource(s.name) !== s.before);
        const hot = changed.every((c) => HOT_MODULES.has(c.name));
        if (hot) for (const c of changed) void devServer.reloadModule(c.module);
        else devServer.ws.send({ type: 'full-reload' });
        const stats = pageCache ? `${rereadLine(pageCache.stats, pageCount)}, ` : '';
        devServer.config.logger.info(`rungs: ${rel} changed: ${stats}graph updated in ${Math.round(performance.now() - started)} ms (${hot ? (changed.length ? 'hot update' : 'nothing the app shows changed') : 'full reload'})`, { timestamp: true });
        setTimeout(() => {
          // (unless another edit came first: its own check follows it)
          const problem = graph && graph === lastGraph.get(dir) ? schemaProblem(graph) : null;
          if (problem) devServer.ws.send({ type: 'error', err: { message: `rungs: internal error: ${problem}`, stack: '', plugin: 'rungs-graph' } });
        }, 0);
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
  };
}
