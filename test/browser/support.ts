// Shared pieces of the Chromium specs: failing a test on console errors, axe's
// serious findings, screenshots kept as artifacts.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Any console error or uncaught exception fails the test that caused it. */
export function failOnConsoleErrors(): void {
  let problems: string[] = [];
  test.beforeEach(({ page }) => {
    problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
  });
  test.afterEach(() => {
    expect(problems, 'console errors').toEqual([]);
  });
}

/** axe-core's serious and critical violations on the page, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.any[0]?.message ?? ''}`).join(' | ')}`);
}

export const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });
