import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The time zone a project's tests run in, for tests that check it took effect. */
    timeZone: string;
  }
}

/** Tests of dates the user sees, run again where the local day and UTC's differ. */
const LOCAL_DATE_TESTS = [
  'test/shared/localDate.test.ts',
  'test/shared/pipeline.test.ts',
  'test/shared/fields.test.ts',
];

// Tests in worker threads share this process's time zone, whatever a project's env says: pinned
// here, so the UTC projects run in UTC on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [react()],
  test: {
    // Component tests render the whole app with React Flow in jsdom: seconds, not milliseconds,
    // on a busy two-core machine.
    testTimeout: 20_000,
    // Worker threads start faster than child processes: about a quarter off the run.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pinned, so a date test means the same on every machine.
          env: { TZ: 'UTC' },
          provide: { timeZone: 'UTC' },
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/bench/**/*.test.ts',
            'test/live/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          // Seoul is nine hours ahead of UTC: before 09:00 there, UTC still has yesterday.
          name: 'node-seoul',
          environment: 'node',
          // A time zone is the whole process's: threads would share the UTC projects' one.
          pool: 'forks',
          include: LOCAL_DATE_TESTS,
          env: { TZ: 'Asia/Seoul' },
          provide: { timeZone: 'Asia/Seoul' },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          env: { TZ: 'UTC' },
          provide: { timeZone: 'UTC' },
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
