import { defineConfig } from '@playwright/test';

// `npm run bench`: measurements, not pass/fail tests; kept out of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  timeout: 9 * 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/bench',
  use: {
    baseURL: 'http://127.0.0.1:4174',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 20_000,
  },
  webServer: {
    command: 'npx vite preview --port 4174 --strictPort',
    cwd: '../..',
    url: 'http://127.0.0.1:4174',
    reuseExistingServer: false,
  },
});
