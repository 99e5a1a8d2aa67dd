// @vitest-environment node
// The Vite plugin on a pages folder with a pathological page (issue 10): the production
// build fails once, naming the page and line, however many virtual modules ask for the
// graph (before, each of the four failed on its own, and none named the page).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import { rungsGraph } from '../../src/compiler/vite-plugin.ts';
import { adversarialCases, NEIGHBOUR } from './adversarial-pages.ts';

describe('rungsGraph Vite plugin on a hostile page', { timeout: 60_000 }, () => {
  it('fails the build once, naming the page and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-hostile-build-'));
    for (const p of adversarialCases(8 * 1024).find((c) => c.name === 'deep-blockquote')!.pages) writeFileSync(join(dir, p.file), p.content);
    writeFileSync(join(dir, NEIGHBOUR.file), NEIGHBOUR.content);
    const logged: string[] = [];
    const logger = createLogger('silent');
    logger.error = (message) => void logged.push(message);
    const failing = build({
      configFile: false,
      customLogger: logger,
      logLevel: 'silent',
      plugins: [rungsGraph({ seedsDir: dir })],
      build: { write: false, rollupOptions: { input: ['virtual:rungs-index', 'virtual:rungs-graph', 'virtual:rungs-search', 'virtual:rungs-diagnostics'] } },
    });
    const error = await failing.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/deep-blockquote\.md:5: error page-too-deep: /);
    const reports = [error?.message ?? '', ...logged].join('\n').match(/Job-family pages have 1 error/g) ?? [];
    expect(reports).toHaveLength(1);
  });
});
