// The disk boundary of the compiler (used by cli.ts, the Vite plugin and the
// benchmarks): every .md and .txt file under a folder, recursively, as page inputs
// with paths relative to that folder. Sorted, so compiling is deterministic.
// Symbolic links are not followed (a link loop cannot make it walk forever). A file
// or folder that cannot be read becomes a page input with `readError` set, which the
// compiler reports as `read-failed`: one unreadable file never stops the others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageInput } from './parse.ts';

const PAGE = /\.(md|markdown|txt)$/i;

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e.code ?? e.message ?? String(error);
}

/** Page files under `root` (absolute paths, sorted), and the folders that could not be listed. */
export function listPages(root: string, unreadable: { path: string; error: string }[] = []): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      unreadable.push({ path: dir, error: reason(error) });
      return;
    }
    for (const entry of entries) {
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
  const unreadable: { path: string; error: string }[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const pages: PageInput[] = listPages(root, unreadable).map((path) => {
    try {
      return { file: rel(path), content: readFileSync(path) };
    } catch (error) {
      return { file: rel(path), content: '', readError: reason(error) };
    }
  });
  for (const folder of unreadable) pages.push({ file: `${rel(folder.path)}/`, content: '', readError: folder.error });
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
