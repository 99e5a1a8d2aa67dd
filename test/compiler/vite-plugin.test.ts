// @vitest-environment node
// The Vite plugin as the app build uses it: modules for the graph, its index and
// family chunks; a page edited while the dev server runs shows up without a restart;
// a production build fails on compiler errors with the same file:line messages.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { rungsGraph } from '../../src/compiler/vite-plugin.ts';
import { graphSchema, type Graph } from '../../src/model/schema.ts';
import { FIXTURES, SEEDS } from './helpers.ts';

describe('rungsGraph Vite plugin', { timeout: 60_000 }, () => {
  it('serves graph, index and family chunks, and recompiles when a page changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-dev-'));
    cpSync(SEEDS, dir, { recursive: true });
    const server = await createServer({ configFile: false, logLevel: 'silent', plugins: [rungsGraph({ seedsDir: dir })], server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } }, appType: 'custom' });
    try {
      const graph = graphSchema.parse(((await server.ssrLoadModule('virtual:rungs-graph')) as { default: Graph }).default);
      expect(graph.families).toHaveLength(5);
      const index = ((await server.ssrLoadModule('virtual:rungs-index')) as { default: Graph }).default;
      expect(index.roles.find((r) => r.id === 'customer-success-management/senior-csm')!.responsibilities).toEqual([]);
      const families = (await server.ssrLoadModule('virtual:rungs-families')) as { loaders: Record<string, () => Promise<{ default: { roles: { id: string }[] } }>> };
      const chunk = (await families.loaders['customer-success-management']!()).default;
      expect(chunk.roles.map((r) => r.id)).toContain('customer-success-management/senior-csm');

      const file = join(dir, '000_df660495bb48836a.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('### Staff Program Manager', '### Principal Program Manager'));
      let titles: string[] = [];
      for (let attempt = 0; attempt < 100 && !titles.some((t) => t.startsWith('Principal')); attempt++) {
        await new Promise((r) => setTimeout(r, 100));
        const again = ((await server.ssrLoadModule('virtual:rungs-index')) as { default: Graph }).default;
        titles = again.roles.map((r) => r.title);
      }
      expect(titles).toContain('Principal Program Manager, Customer Success Strategy & Operations');
    } finally {
      await server.close();
    }
  });

  it('fails a production build on compiler errors, with file:line messages', async () => {
    const failing = build({
      configFile: false,
      logLevel: 'silent',
      plugins: [rungsGraph({ seedsDir: join(FIXTURES, 'broken', 'cycle') })],
      build: { write: false, rollupOptions: { input: 'virtual:rungs-index' } },
    });
    await expect(failing).rejects.toThrow(/loop\.md:18: error extends-cycle/);
  });
});
