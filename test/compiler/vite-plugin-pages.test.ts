// @vitest-environment node
// The Vite plugin's page modules: `virtual:rungs-pages` lists how much of each page
// was understood and loads each page's line map on demand, for pages at the root
// and in sub-folders, whatever their extension (a ".txt" page is not an asset).
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { rungsGraph } from '../../src/compiler/vite-plugin.ts';
import { pageLinesSchema, pageSummarySchema } from '../../src/model/page-lines-schema.ts';
import { FIXTURES, SEEDS } from './helpers.ts';

type PagesModule = { pages: unknown[]; loaders: Record<string, () => Promise<{ default: unknown }>> };

async function pagesOf(seedsDir: string, run: (pages: PagesModule) => Promise<void>) {
  const server = await createServer({ configFile: false, logLevel: 'silent', plugins: [rungsGraph({ seedsDir })], server: { middlewareMode: true, watch: null }, appType: 'custom' });
  try {
    await run((await server.ssrLoadModule('virtual:rungs-pages')) as PagesModule);
  } finally {
    await server.close();
  }
}

describe('rungsGraph page modules', { timeout: 60_000 }, () => {
  it('serves every seed page: its figure, and its line map on demand', async () => {
    await pagesOf(SEEDS, async ({ pages, loaders }) => {
      const summaries = pages.map((p) => pageSummarySchema.parse(p));
      expect(summaries.map((s) => s.file)).toEqual(Object.keys(loaders));
      expect(summaries).toHaveLength(5);
      const lines = pageLinesSchema.parse((await loaders['004_38ff1b7420f6e335.txt']!()).default);
      expect(lines.lines[82]).toMatchObject({ text: '### Senior CSM', meanings: [{ kind: 'level', owner: { id: 'customer-success-management/senior-csm' } }] });
    });
  });

  it('serves pages in sub-folders', async () => {
    await pagesOf(`${FIXTURES}/broken`, async ({ loaders }) => {
      const lines = pageLinesSchema.parse((await loaders['self-extension/mirror.md']!()).default);
      expect(lines.file).toBe('self-extension/mirror.md');
      expect(lines.diagnostics.map((d) => d.code)).toContain('extends-self');
    });
  });
});
