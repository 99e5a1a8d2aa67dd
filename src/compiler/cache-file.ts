// The disk boundary of the page cache (src/compiler/page-cache.ts), used by cli.ts and
// the Vite plugin: one file per pages folder under node_modules/.cache/rungs/, named by
// the compiler's version. The version is a hash of the compiler's own sources, the model they build
// and the lock file, so any change to how pages are read starts from an empty cache.
// A missing, damaged or foreign cache file only costs a cold compile.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPageCache, type PageCache } from './page-cache.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = join(PROJECT, 'node_modules', '.cache', 'rungs');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []))
    .sort();
}

let version: string | null = null;

/** A hash of what decides how a page is read: src/compiler, src/model and package-lock.json. */
export function compilerVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of [...sources(join(PROJECT, 'src', 'compiler')), ...sources(join(PROJECT, 'src', 'model')), join(PROJECT, 'package-lock.json')]) {
    hash.update(file.slice(PROJECT.length));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
  }
  version = hash.digest('base64url').slice(0, 16);
  return version;
}

/** One file per compiler version and pages folder, so building the seeds and a handbook in turn keeps both warm. */
const cacheFile = (v: string, folder: string) => join(CACHE_DIR, `pages-${v}-${createHash('sha256').update(resolve(folder)).digest('base64url').slice(0, 10)}.json`);

/** The cache this compiler version saved last for `folder`, or an empty one. */
export function loadCacheFile(folder: string): PageCache {
  const v = compilerVersion();
  let text: string | null = null;
  try {
    text = readFileSync(cacheFile(v, folder), 'utf8');
  } catch {
    text = null;
  }
  return loadPageCache(v, text);
}

/** Saves what the last compile used (when it changed), and removes other versions' files. */
export function saveCacheFile(cache: PageCache, folder: string): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    for (const name of readdirSync(CACHE_DIR)) if (name.startsWith('pages-') && !name.startsWith(`pages-${cache.version}-`)) rmSync(join(CACHE_DIR, name), { force: true });
    if (cache.stats.reread === 0 && cache.size === cache.stats.reused) return; // nothing new to remember
    // Written aside, then renamed: a build running beside this one never reads half a file.
    const file = cacheFile(cache.version, folder);
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, cache.serialize());
    renameSync(aside, file);
  } catch {
    // a read-only node_modules only costs the next build a cold compile
  }
}
