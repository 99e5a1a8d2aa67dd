// Small helpers shared by the benchmark parts: timing, medians, formatting,
// running a part in a child process (to read its peak memory), and paths.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { corpusFolder } from '../corpus.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The real handbook the bench compiles and builds: RUNGS_CORPUS (test/corpus.ts); '' when unset (run.ts then stops with a message). */
export const CORPUS = corpusFolder() ?? '';
export const SEEDS = resolve(ROOT, 'seeds');

/** Wall time and this process's CPU time (user + system, all threads): CPU time is what other load on a shared machine disturbs least. */
export function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
export const kb = (bytes: number): number => round(bytes / 1024, 1);
export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);

/** True when `importMetaUrl` is the script node was started with (child mode). */
export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === importMetaUrl;
}

/** Runs a bench module in a fresh Node (through tsx) and parses the JSON line it prints last. */
export function runChild<T>(moduleUrl: string, args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(moduleUrl), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
