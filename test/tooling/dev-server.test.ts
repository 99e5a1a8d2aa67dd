// @vitest-environment node
// `npm run dev` as the README's first command promises: it compiles the seeds,
// serves the app and prints the address to open (it opens no browser itself).
import { spawn } from 'node:child_process';
import { freePort } from '../free-port.ts';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));


describe('npm run dev', { timeout: 60_000 }, () => {
  let stop = () => {};
  afterAll(() => stop());

  it('prints the local address and serves the app with the seeds compiled', async () => {
    const port = await freePort();
    // its own process group, so stopping it stops npm, the shell and Vite together
    const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--strictPort'], { cwd: ROOT, detached: true, env: { ...process.env, SEEDS_DIR: undefined, GRAPH_FIXTURE: undefined, BASE_PATH: undefined } });
    stop = () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    };
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed within 40 s:\n${output}`)), 40_000);
      child.stdout.on('data', () => {
        const match = /Local:\s+(http:\/\/localhost:\d+\/)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`npm run dev exited with ${code}:\n${output}`)));
    });
    expect(address).toBe(`http://localhost:${port}/`);

    const page = await fetch(address.replace('localhost', '127.0.0.1'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // the graph the page loads first (the module main.tsx imports as its index): the seeds, compiled on request
    const main = await (await fetch(`http://127.0.0.1:${port}/src/main.tsx`)).text();
    const indexUrl = /from "(\/@id\/[^"]*rungs[^"]*index[^"]*)"/.exec(main)?.[1];
    expect(indexUrl, main.slice(0, 600)).toBeDefined();
    const index = await fetch(`http://127.0.0.1:${port}${indexUrl}`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Customer Success Management');
  });
});
