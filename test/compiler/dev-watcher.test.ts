// @vitest-environment node
// The dev server's watcher on a pages folder with symbolic link loops in it (issue 10):
// it does not follow them (before, it walked loop/loop/loop… until it ran out of memory).
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { rungsGraph } from '../../src/compiler/vite-plugin.ts';
import { SEEDS } from './helpers.ts';

describe('dev watcher', { timeout: 60_000 }, () => {
  it('does not follow symbolic links in or around the pages folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-loop-'));
    cpSync(SEEDS, join(dir, 'pages'), { recursive: true });
    symlinkSync('.', join(dir, 'pages', 'loop'));
    symlinkSync('..', join(dir, 'pages', 'up'));
    const server = await createServer({ root: dir, configFile: false, logLevel: 'silent', plugins: [rungsGraph({ seedsDir: join(dir, 'pages') })], server: { middlewareMode: true }, appType: 'custom' });
    try {
      await new Promise<void>((resolve) => {
        server.watcher.once('ready', () => resolve());
        setTimeout(resolve, 5_000);
      });
      const watched = Object.entries(server.watcher.getWatched()).flatMap(([folder, names]) => names.map((n) => join(folder, n)));
      expect(watched.some((p) => p.includes(join('loop', 'loop')) || p.includes(join('up', 'pages')))).toBe(false);
      expect(watched.length).toBeLessThan(50);
      expect(watched).toContain(join(dir, 'pages', '000_df660495bb48836a.txt'));
    } finally {
      await server.close();
    }
  });
});
