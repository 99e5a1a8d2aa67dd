// Unit and component tests. Two projects: pure logic (compiler, model) runs in
// Node; app and component tests run in jsdom with test/setup.ts. Browser tests
// under test/browser/ run in Chromium through Playwright instead.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['test/compiler/**/*.test.ts', 'test/model/**/*.test.ts'] },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/compiler/**', 'test/model/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
          css: false,
        },
      },
    ],
  },
});
