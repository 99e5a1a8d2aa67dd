// Browser tests in Debian's Chromium against the built app, served by
// `vite preview` (which, like the static host we document, serves index.html
// for deep links). No browser download: executablePath points at /usr/bin/chromium.
// The app is built into its own folder (APP_BUILD_DIR), so a `npm run build`
// running beside the tests cannot swap dist/ under them.
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
// PW_PORT lets two runs on one machine (say, two developers' branches) keep apart:
// each gets its own port, build folder and output folder.
const port = Number(process.env.PW_PORT ?? 4173);
const suffix = process.env.PW_PORT ? `-${port}` : '';
/** Relative to the project root; specs that read built files use the same path. */
export const APP_BUILD_DIR = `test-results/builds/app${suffix}`;
const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

export default defineConfig({
  testDir: '.',
  outputDir: `${root}test-results/playwright${suffix}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: `${root}test-results/browser-results${suffix}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${APP_BUILD_DIR} --emptyOutDir && npx vite preview --outDir ${APP_BUILD_DIR} --host 127.0.0.1 --strictPort --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
