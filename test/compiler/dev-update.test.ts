// @vitest-environment node
// The dev server's edit loop (src/compiler/vite-plugin.ts): editing one page re-reads
// that page only and, when the app has loaded only the index and the family loaders,
// pushes them as a hot update instead of reloading the page; the new family text is
// served at a new address (the browser fetches it anew, the unchanged ones stay cached).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { rungsGraph } from '../../src/compiler/vite-plugin.ts';
import { SEEDS } from './helpers.ts';

describe('dev server edit loop', { timeout: 120_000 }, () => {
  it('re-reads the edited page only and sends a hot update, not a full reload', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rungs-dev-update-'));
    const dir = join(root, 'pages');
    cpSync(SEEDS, dir, { recursive: true });
    // The app's entry as src/main.tsx has it: it takes a new index and new family loaders in place.
    writeFileSync(
      join(root, 'main.js'),
      "import index from 'virtual:rungs-index';\nimport { loaders } from 'virtual:rungs-families';\nexport const data = { index, loaders };\nimport.meta.hot.accept(['virtual:rungs-index', 'virtual:rungs-families'], () => {});\n",
    );
    const lines: string[] = [];
    const logger = createLogger('info', { allowClearScreen: false });
    logger.info = (message) => void lines.push(message);
    const server = await createServer({
      configFile: false,
      root,
      customLogger: logger,
      plugins: [rungsGraph({ seedsDir: dir })],
      server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } },
      appType: 'custom',
    });
    const reloads: unknown[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: { type?: string }) => {
      if (payload?.type === 'full-reload') reloads.push(payload);
      return send(payload as never);
    }) as typeof server.ws.send;
    try {
      // What a browser loads first: the entry, the index and the family loaders.
      await server.transformRequest('/main.js');
      await server.transformRequest('virtual:rungs-index');
      const before = (await server.transformRequest('virtual:rungs-families'))!.code;
      const chunkUrl = (code: string, id: string) => new RegExp(`family/${id}\\?v=[\\w-]+`).exec(code)?.[0];
      expect(chunkUrl(before, 'customer-success-management')).toBeDefined();

      const file = join(dir, '004_38ff1b7420f6e335.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Strategize on the overall objectives', 'Strategize boldly on the overall objectives'));
      for (let i = 0; i < 200 && !lines.some((l) => l.includes('graph updated')); i++) await new Promise((r) => setTimeout(r, 50));
      const line = lines.find((l) => l.includes('graph updated'));
      expect(line).toMatch(/004_38ff1b7420f6e335\.txt changed: read 1 of 5 pages \(4 unchanged, from the cache\), graph updated in \d+ ms \(hot update\)/);
      expect(reloads).toEqual([]);

      const after = (await server.transformRequest('virtual:rungs-families'))!.code;
      expect(chunkUrl(after, 'customer-success-management'), 'the edited family has a new address').not.toBe(chunkUrl(before, 'customer-success-management'));
      expect(chunkUrl(after, 'customer-success-operations'), 'the others keep theirs').toBe(chunkUrl(before, 'customer-success-operations'));
    } finally {
      await server.close();
    }
  });
});
