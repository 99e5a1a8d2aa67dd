// Benchmark 3, bundle: gzip size of the JavaScript and CSS the first view needs.
// The app is built into its own temporary folder (never dist/, which others use),
// once from seeds/ and once from the corpus, with `--manifest` so Vite lists each
// chunk's static imports. First view = what dist/index.html loads (module scripts,
// modulepreloads, stylesheets) plus, transitively, the static imports and CSS of
// those chunks per the manifest; dynamic imports (lazy routes) are left out.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, kb, log, round } from './util.ts';

export interface Build {
  name: string;
  seedsDir: string;
  outDir: string;
  buildMs: number;
  ok: boolean;
  error?: string;
}

export function removeBuild(build: Build): void {
  rmSync(build.outDir, { recursive: true, force: true });
}

/** `vite build` from `seedsDir` into a temporary folder; never throws (a failed build is reported). */
export function buildApp(name: string, seedsDir: string): Build {
  // per process, so two people benchmarking on one machine do not overwrite each other's build
  const outDir = join(tmpdir(), `rungs-bench-${process.pid}-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  log(`bundle: building ${name} from ${relative(ROOT, seedsDir) || '.'}`);
  const start = performance.now();
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: seedsDir, BASE_PATH: '/' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { name, seedsDir, outDir, buildMs: round(performance.now() - start), ok: true };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return { name, seedsDir, outDir, buildMs: round(performance.now() - start), ok: false, error: stderr.trim().split('\n').slice(0, 5).join(' | ') };
  }
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Asset paths (relative to outDir) that dist/index.html loads itself. */
export function htmlAssets(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, 'rel')?.toLowerCase();
    const url = isScript ? attr(tag, 'src') : rel === 'stylesheet' || rel === 'modulepreload' ? attr(tag, 'href') : undefined;
    if (url && !/^(data:|https?:)/.test(url)) found.push(url.replace(/^\/+/, ''));
  }
  return found;
}

/** Static imports of a JS chunk, read from its text (used when a file is not in the manifest). */
function staticImportsOf(code: string, file: string): string[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\s*(?:[\w${}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    out.push(new URL(m[1]!, `file:///${dir}`).pathname.slice(1));
  }
  return out;
}

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSize {
  name: string;
  ok: boolean;
  error?: string;
  buildMs: number;
  firstView: { jsGzipKB: number; cssGzipKB: number; totalGzipKB: number; totalRawKB: number; files: FileSize[] };
  /** every .js and .css the build emitted, for context */
  allAssets: { count: number; gzipKB: number; rawKB: number };
  /** the largest lazily loaded chunks (not in the first view) */
  lazy: FileSize[];
}

function sizeOf(outDir: string, file: string): FileSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

export function firstViewSize(build: Build): BundleSize {
  const empty = { jsGzipKB: 0, cssGzipKB: 0, totalGzipKB: 0, totalRawKB: 0, files: [] };
  if (!build.ok) return { name: build.name, ok: false, error: build.error, buildMs: build.buildMs, firstView: empty, allAssets: { count: 0, gzipKB: 0, rawKB: 0 }, lazy: [] };
  const { outDir } = build;
  const manifestPath = join(outDir, '.vite/manifest.json');
  const manifest: Record<string, ManifestChunk> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));

  const needed = new Set<string>();
  const visit = (file: string) => {
    if (needed.has(file) || !existsSync(join(outDir, file))) return;
    needed.add(file);
    const chunk = byFile.get(file);
    if (chunk) {
      for (const key of chunk.imports ?? []) if (manifest[key]) visit(manifest[key]!.file);
      for (const css of chunk.css ?? []) visit(css);
    } else if (file.endsWith('.js')) {
      for (const dep of staticImportsOf(readFileSync(join(outDir, file), 'utf8'), file)) visit(dep);
    }
  };
  for (const file of htmlAssets(readFileSync(join(outDir, 'index.html'), 'utf8'))) visit(file);

  const files = [...needed].filter((f) => /\.(js|css)$/.test(f)).sort().map((f) => sizeOf(outDir, f));
  const sum = (list: FileSize[], key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const js = files.filter((f) => f.file.endsWith('.js'));
  const css = files.filter((f) => f.file.endsWith('.css'));
  const all = walk(outDir).filter((f) => /\.(js|css)$/.test(f)).map((f) => sizeOf(outDir, f));
  const lazy = all.filter((f) => !needed.has(f.file)).sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  return {
    name: build.name,
    ok: true,
    buildMs: build.buildMs,
    firstView: { jsGzipKB: kb(sum(js, 'gzip')), cssGzipKB: kb(sum(css, 'gzip')), totalGzipKB: kb(sum(files, 'gzip')), totalRawKB: kb(sum(files, 'bytes')), files },
    allAssets: { count: all.length, gzipKB: kb(sum(all, 'gzip')), rawKB: kb(sum(all, 'bytes')) },
    lazy,
  };
}
