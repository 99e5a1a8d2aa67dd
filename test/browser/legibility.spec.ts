// Legibility of the first view, measured as a person meets it in Chromium: the
// on-screen size of every piece of text the ladder shows (computed font size ×
// every CSS transform above it, which includes React Flow's viewport zoom), that
// no two labels overlap, that the graph is one Tab stop, and where focus lands
// after Enter, Escape and a search pick. On the seeds build and on ten families of
// the corpus (RUNGS_CORPUS, a build of its own), at desktop and phone sizes.
// Each figure is attached to the test (and printed) so before/after can be compared.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { useSeparateBuild } from './separate-build';
import { shot } from './support';

const MIN_PX = 12;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Label {
  text: string;
  px: number;
  rect: { left: number; top: number; right: number; bottom: number };
}

/**
 * Every visible text run inside `root` that is on screen: its text, its size on
 * screen in CSS px, its box. Screen-reader-only text (clipped to 1px) is left out.
 */
async function visibleLabels(root: Locator): Promise<Label[]> {
  return root.evaluate((rootEl) => {
    const frame = rootEl.getBoundingClientRect();
    const labels: Label[] = [];
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const full = range.getBoundingClientRect();
      if (full.width < 2 || full.height < 2) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      // what shows of it: clipped by every box that hides its overflow (line clamps, strips, the canvas), and the frame
      const r = { left: full.left, top: full.top, right: full.right, bottom: full.bottom };
      let clipped = false;
      for (let a: Element | null = el; a && a !== rootEl.parentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.clipPath !== 'none' || (s.clip && s.clip !== 'auto')) clipped = true; // screen-reader-only text
        if (s.overflow !== 'visible' || a === rootEl) {
          const box = a.getBoundingClientRect();
          r.left = Math.max(r.left, box.left);
          r.top = Math.max(r.top, box.top);
          r.right = Math.min(r.right, box.right);
          r.bottom = Math.min(r.bottom, box.bottom);
        }
      }
      r.left = Math.max(r.left, frame.left);
      r.top = Math.max(r.top, frame.top);
      r.right = Math.min(r.right, frame.right);
      r.bottom = Math.min(r.bottom, frame.bottom);
      if (clipped || r.right - r.left < 2 || r.bottom - r.top < 2) continue;
      let scale = 1;
      for (let a: Element | null = el; a; a = a.parentElement) {
        const t = getComputedStyle(a).transform;
        if (t && t !== 'none') {
          const m = new DOMMatrixReadOnly(t);
          scale *= Math.hypot(m.a, m.b);
        }
      }
      labels.push({ text, px: parseFloat(style.fontSize) * scale, rect: r });
    }
    return labels;
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

/** Pairs of labels whose boxes intersect by more than a pixel each way. */
function overlaps(labels: Label[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.rect;
      const b = labels[j]!.rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) found.push(`"${labels[i]!.text}" × "${labels[j]!.text}"`);
    }
  return found;
}

/** Edge pairs whose drawn paths cross (sampled along each SVG path; edges that share a role never count). */
async function edgeCrossings(page: Page): Promise<number> {
  return page.evaluate(() => {
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const length = path.getTotalLength();
      const steps = Math.max(8, Math.ceil(length / 12));
      const points = Array.from({ length: steps + 1 }, (_, i) => path.getPointAtLength((length * i) / steps));
      // edge ids are "kind:source->target"
      const [, source, target] = /^[^:]+:(.*)->(.*)$/.exec(g.dataset.id ?? '') ?? [];
      return { ends: [source, target], points };
    });
    const orient = (a: DOMPoint, b: DOMPoint, c: DOMPoint) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
    const cross = (p: DOMPoint, q: DOMPoint, r: DOMPoint, s: DOMPoint) =>
      orient(p, q, r) * orient(p, q, s) < 0 && orient(r, s, p) * orient(r, s, q) < 0;
    let count = 0;
    for (let i = 0; i < edges.length; i++)
      for (let j = i + 1; j < edges.length; j++) {
        const a = edges[i]!;
        const b = edges[j]!;
        if (a.ends.some((e) => e && b.ends.includes(e))) continue;
        let hit = false;
        for (let m = 0; m + 1 < a.points.length && !hit; m++)
          for (let n = 0; n + 1 < b.points.length && !hit; n++) hit = cross(a.points[m]!, a.points[m + 1]!, b.points[n]!, b.points[n + 1]!);
        if (hit) count++;
      }
    return count;
  });
}

/** The first view's labels: the canvas when it is shown, else the list. */
async function firstView(page: Page): Promise<{ kind: 'graph' | 'list'; labels: Label[] }> {
  const main = page.getByRole('main', { name: 'Career ladder' });
  await expect(main.locator('.react-flow__node-role').first().or(main.getByRole('heading', { name: 'Ladder as a list' }))).toBeAttached({ timeout: 20_000 });
  await page.waitForTimeout(600); // the first viewport settles
  const canvas = page.getByRole('group', { name: 'Career ladder graph' });
  if (await canvas.count()) return { kind: 'graph', labels: await visibleLabels(canvas) };
  return { kind: 'list', labels: await visibleLabels(main.locator('[data-ladder-list]')) };
}

function report(name: string, labels: Label[]) {
  const px = labels.map((l) => l.px);
  const figures = { labels: labels.length, medianPx: +median(px).toFixed(2), minPx: +Math.min(...px).toFixed(2), overlaps: overlaps(labels).length };
  test.info().annotations.push({ type: 'legibility', description: `${name}: ${JSON.stringify(figures)}` });
  console.log(`legibility ${name}: ${JSON.stringify(figures)}`);
  return figures;
}

function expectLegible(labels: Label[]) {
  expect(labels.length, 'some text is shown').toBeGreaterThan(3);
  const small = labels.filter((l) => l.px < MIN_PX - 0.01).map((l) => `${l.text} (${l.px.toFixed(1)} px)`);
  expect(median(labels.map((l) => l.px))).toBeGreaterThanOrEqual(MIN_PX);
  expect(small, 'text under 12 px on screen').toEqual([]);
  expect(overlaps(labels), 'labels that overlap').toEqual([]);
}

/** Tab from the top of the page until focus leaves it; the stops that are the graph or inside its nodes. */
async function graphTabStops(page: Page, max = 120): Promise<string[]> {
  await page.locator('body').focus();
  const stops: string[] = [];
  let first: string | null = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const inGraph = el.getAttribute('aria-label') === 'Career ladder graph' || !!el.closest('.react-flow__nodes, .react-flow__edges');
      return { key: `${el.tagName}#${el.dataset.id ?? el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}`, inGraph };
    });
    if (!here || here.key === first) break;
    first ??= here.key;
    if (here.inGraph) stops.push(here.key);
  }
  return stops;
}

function legibilitySuite(build: string, url: () => string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`${build}, ${size}: the first view's text is at least 12 px on screen and no labels overlap`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      await page.goto(url());
      const view = await firstView(page);
      const figures = report(`${build} ${size} first view (${view.kind})`, view.labels);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, `legibility-${build}-${size}-${scheme}`);
      }
      expect(figures.labels).toBeGreaterThan(3);
      expectLegible(view.labels);
      if (view.kind === 'list') {
        // the graph is one tap away, and it too opens legible
        await page.getByRole('button', { name: 'Graph' }).click();
        await expect(page.locator('.react-flow__node-role').first()).toBeVisible({ timeout: 20_000 });
        await page.waitForTimeout(600);
        const graph = await visibleLabels(page.getByRole('group', { name: 'Career ladder graph' }));
        report(`${build} ${size} graph after one tap`, graph);
        await shot(page, `legibility-${build}-${size}-graph`);
        expectLegible(graph);
      }
    });
  }

  test(`${build}: zooming out shows families as columns, still legible; zooming in brings the roles back`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP);
    await page.goto(url());
    await expect(page.locator('.react-flow__node-role').first()).toBeVisible({ timeout: 20_000 });
    const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
    for (let i = 0; i < 8 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
    await page.waitForTimeout(400);
    const canvas = page.getByRole('group', { name: 'Career ladder graph' });
    await expect(canvas).toHaveAttribute('data-lod', 'families');
    const labels = await visibleLabels(canvas);
    report(`${build} zoomed out`, labels);
    await shot(page, `legibility-${build}-zoomed-out`);
    expectLegible(labels);
    expect(labels.some((l) => /^Grades? \d/.test(l.text)), 'grade span shown').toBe(true);
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    for (let i = 0; i < 8 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await page.waitForTimeout(400);
    await expect(page.locator('.react-flow__node-role').filter({ visible: true }).first()).toBeVisible();
    expectLegible(await visibleLabels(canvas));
  });
}

test.describe('seeds', () => {
  legibilitySuite('seeds', () => '');

  test('the default view draws few crossing edges (figure recorded)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('');
    await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    await page.waitForTimeout(600);
    const edges = await page.locator('.react-flow__edge').count();
    const crossings = await edgeCrossings(page);
    test.info().annotations.push({ type: 'edges', description: `seeds default view: ${edges} edges, ${crossings} crossings` });
    console.log(`edges seeds default view: ${edges} edges, ${crossings} crossings`);
    expect(crossings).toBeLessThanOrEqual(2);
    // the former default (every reporting line too), now with bundled trunks: a figure to compare, not a bound
    await page.goto('?edges=promotion,reports-to,flows-into');
    await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    await page.waitForTimeout(600);
    const all = await page.locator('.react-flow__edge').count();
    const allCrossings = await edgeCrossings(page);
    test.info().annotations.push({ type: 'edges', description: `seeds with every reporting line: ${all} edges, ${allCrossings} crossings` });
    console.log(`edges seeds with every reporting line: ${all} edges, ${allCrossings} crossings`);
  });

  test('a selected role shows its reporting lines up and down, other reporting lines stay hidden', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('roles/customer-success-management/senior-manager-csm');
    await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    const reporting = page.locator('.react-flow__edge[data-id^="reports-to:"]');
    const ends = await reporting.evaluateAll((els) => els.map((e) => ((e as HTMLElement).dataset.id ?? '').slice('reports-to:'.length).split('->')));
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((pair) => pair.includes('customer-success-management/senior-manager-csm'))).toBe(true);
    await page.getByRole('checkbox', { name: /Reports to/ }).check();
    await expect.poll(() => reporting.count()).toBeGreaterThan(ends.length);
  });

  test('the graph is one Tab stop; arrow keys move inside it', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('');
    await expect(page.locator('.react-flow__node-role').first()).toBeVisible();
    const stops = await graphTabStops(page);
    test.info().annotations.push({ type: 'tab-stops', description: `graph Tab stops: ${stops.length}` });
    console.log(`tab stops in the graph: ${stops.length}`);
    expect(stops).toHaveLength(1);
    await page.locator('body').focus();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.react-flow__nodes'))) break;
    }
    const start = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(start).toBeTruthy();
    await page.keyboard.press('ArrowUp');
    const moved = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(moved).not.toBe(start);
  });

  test('a skip link leads to the ladder', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('');
    await expect(page.locator('.react-flow__node-role').first()).toBeVisible();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /^Skip to the ladder/ });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.react-flow__nodes'))).toBe(true);
  });

  test('focus: Enter lands on the panel heading, Escape returns to the node, a search pick lands in the panel', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('');
    const senior = page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]');
    await expect(senior).toBeVisible();
    await senior.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2, name: 'Senior CSM' });
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Role details' })).toHaveCount(0);
    await expect(senior).toBeFocused();

    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: /Search roles/ }).pressSequentially('Staff CSM');
    await expect(page.getByRole('option').first()).toContainText('Staff CSM');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeFocused();
  });
});

test.describe('phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('opens on the list, no mouse-only hint; a role sheet opens on its title and first responsibilities', async ({ page }) => {
    await page.goto('');
    const main = page.getByRole('main', { name: 'Career ladder' });
    await expect(main.getByRole('heading', { name: 'Ladder as a list' })).toBeAttached();
    await expect(page.getByText(/shift-click/i)).toHaveCount(0);
    await main.getByRole('link', { name: 'Senior CSM, Grade 7' }).tap();
    const sheet = page.getByRole('complementary', { name: 'Role details' });
    await expect(sheet.getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInViewport();
    // the first responsibility shows without scrolling the sheet
    const first = sheet.getByRole('region', { name: 'Responsibilities' }).getByRole('listitem').first();
    await expect(first).toBeInViewport();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shot(page, `legibility-phone-role-${scheme}`);
    }
    // the graph is one tap away, without a minimap covering it
    await page.getByRole('button', { name: 'Graph' }).tap();
    await expect(page.locator('.react-flow__node-role').first()).toBeVisible();
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  });
});

test.describe('ten corpus families', () => {
  test.skip(!process.env.RUNGS_CORPUS, 'RUNGS_CORPUS is not set: no corpus to build the ten-family view from');
  const app = useSeparateBuild('legibility-corpus', { SEEDS_DIR: process.env.RUNGS_CORPUS ?? '' }, 300_000);
  let ten = '';
  const url = () => `${app.url}?families=${ten}`;

  test.beforeAll(async ({ browser }) => {
    // the first ten families the picker lists (department order, then title): deterministic
    const page = await browser.newPage();
    await page.goto(app.url);
    const ids = await page
      .getByRole('link', { name: /^Open / })
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname.split('/families/')[1] ?? '')));
    ten = ids.filter(Boolean).slice(0, 10).join(',');
    await page.close();
    expect(ten.split(',')).toHaveLength(10);
  });

  legibilitySuite('corpus', url);
});
