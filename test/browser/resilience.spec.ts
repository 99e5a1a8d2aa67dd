// Issue 10 in the browser: names never break the build, and a build that cannot
// start never leaves a blank page. One separate build of the seeds plus a family
// whose title is 300 characters long and a level whose title is 400 (generated
// here, not committed): the build succeeds, writes the roles' preview pages under
// short capped folder names, and the app opens them. Then the app's entry script is
// served broken, as a damaged deploy would: the page says so instead of staying blank.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { adversarialCases } from '../compiler/adversarial-pages.ts';
import { useSeparateBuild } from './separate-build';

const seeds = fileURLToPath(new URL('../../seeds', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rungs-long-names-'));
for (const file of readdirSync(seeds)) copyFileSync(join(seeds, file), join(dir, file));
for (const c of adversarialCases().filter((x) => x.name === 'long-family-title' || x.name === 'long-level-title')) for (const p of c.pages) writeFileSync(join(dir, p.file), p.content);
const graph = compilePages(readPages(dir)).graph;
const longFamily = graph.families.find((f) => f.title.length > 250)!;
const longLevel = graph.roles.find((r) => r.familyId === 'long-level')!;

const app = useSeparateBuild('long-names', { SEEDS_DIR: dir });

test('pages with very long family and level titles build, and their roles open by their capped ids', async ({ page, request }) => {
  for (const role of [graph.roles.find((r) => r.familyId === longFamily.id)!, longLevel]) {
    for (const part of role.id.split('/')) expect(part.length).toBeLessThanOrEqual(110);
    const preview = await request.get(`${app.url}roles/${role.id}/`);
    expect(preview.ok()).toBe(true);
    await page.goto(`${app.url}roles/${role.id}`);
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 }).first()).toContainText(role.title.slice(0, 40));
  }
});

test('a damaged entry script shows the error page, not a blank one', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'export default JSON.parse("{\\"version\\": 1, \\"families\\": [' }));
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'The career data could not be loaded' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alert')).toContainText('Reloading may help');
});
