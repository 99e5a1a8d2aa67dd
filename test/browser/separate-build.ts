// A build of the app from other data than the seeds (a fixture folder via
// SEEDS_DIR, or a ready graph via GRAPH_FIXTURE), served by `vite preview` on a
// free port for one spec file. The config's own webServer serves the seeds build;
// this one is built into test-results/builds/<name> and stopped by `close()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../free-port.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vite = `${root}node_modules/vite/bin/vite.js`;
const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

export interface SeparateBuild {
  /** Base URL of the served app, ending in "/". */
  url: string;
  close: () => Promise<void>;
}


function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0]} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export async function buildAndServe(name: string, data: { SEEDS_DIR: string } | { GRAPH_FIXTURE: string }): Promise<SeparateBuild> {
  const outDir = `test-results/builds/${name}${process.env.PW_PORT ? `-${process.env.PW_PORT}` : ''}`;
  // absolute paths: GRAPH_FIXTURE becomes an import specifier, which a bare relative path is not
  const absolute = Object.fromEntries(Object.entries(data).map(([key, path]) => [key, resolve(root, path)]));
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: undefined, GRAPH_FIXTURE: undefined, ...absolute };
  await run(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], env);
  const port = await freePort();
  const preview = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => preview.once('exit', () => resolve()));
  const stop = () => void (preview.exitCode === null && preview.kill('SIGTERM'));
  process.once('exit', stop); // also when the worker ends without afterAll
  const url = `http://127.0.0.1:${port}${base}`;
  try {
    await waitFor(url, preview, 20_000);
  } catch (error) {
    preview.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    close: async () => {
      process.off('exit', stop);
      stop();
      await exited;
    },
  };
}

/**
 * A spec's own build of the app, made before its tests and stopped after them:
 * `const app = useSeparateBuild('hostile', { SEEDS_DIR: … })`, then `app.url`.
 */
export function useSeparateBuild(name: string, data: { SEEDS_DIR: string } | { GRAPH_FIXTURE: string }, buildTimeout = 120_000): { readonly url: string } {
  let build: SeparateBuild | undefined;
  test.beforeAll(async () => {
    test.setTimeout(buildTimeout);
    build = await buildAndServe(name, data);
  });
  test.afterAll(async () => {
    await build?.close();
  });
  return {
    get url() {
      if (!build) throw new Error(`the ${name} build is not running`);
      return build.url;
    },
  };
}
