// The disk boundary of the compiler (used by cli.ts, the Vite plugin and the
// benchmarks): every .md and .txt file under a folder, recursively, as page inputs
// with paths relative to that folder. Sorted, so compiling is deterministic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageInput } from './parse.ts';

const PAGE = /\.(md|markdown|txt)$/i;

export function listPages(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && PAGE.test(entry.name)) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

export function readPages(root: string): PageInput[] {
  return listPages(root).map((path) => ({ file: relative(root, path).split(sep).join('/'), content: readFileSync(path) }));
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
