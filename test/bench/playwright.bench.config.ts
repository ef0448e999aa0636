import { defineConfig } from '@playwright/test';
import { APP_DIST, APP_PORT, PEER_PORT } from './benchConfig';

// `npm run bench`: measurements, not pass/fail tests; kept out of `npm test`.
export default defineConfig({
  testDir: '.',
  // Live sessions are measured in a worker of their own: the sync server runs in the worker, and
  // one that has just generated and imported strategies of fifty thousand nodes would stall every
  // edit with its garbage collection.
  projects: [
    { name: 'app', testMatch: 'bench.spec.ts' },
    { name: 'live', testMatch: 'live.bench.spec.ts' },
  ],
  timeout: 9 * 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/bench',
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 20_000,
  },
  webServer: [
    {
      command: `npx vite preview --port ${APP_PORT} --strictPort --outDir ${APP_DIST}`,
      cwd: '../..',
      url: `http://127.0.0.1:${APP_PORT}`,
      reuseExistingServer: false,
    },
    {
      // The plain React Flow page the app is compared with, built for the run.
      command: 'node test/bench/peer/serve.mjs',
      cwd: '../..',
      env: { BENCH_PEER_PORT: String(PEER_PORT) },
      url: `http://127.0.0.1:${PEER_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
