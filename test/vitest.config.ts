// Unit and component tests (`npm run test:unit`). Two projects: pure logic
// (compiler, model) and the project's own tooling (test/tooling) run in Node; app and component tests run in jsdom with
// test/setup.ts. Browser tests under test/browser/ run in Chromium through
// Playwright instead. Paths are relative to the project root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '@': fileURLToPath(new URL('../src', import.meta.url)) };

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias },
  test: {
    pool: 'threads',
    maxWorkers: 2,
    // Machines here are shared and noisy: a test fails on what it asserts, not on
    // a slow moment (speed is measured in `npm run bench`, never in tests).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        root,
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['test/compiler/**/*.test.ts', 'test/model/**/*.test.ts', 'test/tooling/**/*.test.ts'] },
      },
      {
        root,
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/compiler/**', 'test/model/**', 'test/tooling/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
          css: false,
        },
      },
    ],
  },
});
