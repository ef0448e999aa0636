/**
 * What a bench run measures and where, from the environment. `BENCH_QUICK=1` checks the harness
 * in a few minutes: one run of each figure, the two smaller strategies, short gestures, a short
 * edit session and a smaller import. It prints the same lines; its figures are not the goals'.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const QUICK = env.BENCH_QUICK === '1';
export const RUNS = QUICK ? 1 : 3;
/**
 * BENCH_SIZES=5000 measures the gestures of that strategy alone, to look at one change: the
 * figures that do not depend on the size (cold load) are left out.
 */
export const SOME_SIZES = !!env.BENCH_SIZES;
/** The strategy sizes measured. */
export const SIZES: readonly number[] = env.BENCH_SIZES
  ? env.BENCH_SIZES.split(',').map(Number)
  : QUICK
    ? [500, 2000]
    : [500, 2000, 5000];
/** Pointer moves per drag or pan; a multiple of 20, so a drag's sideways wobble ends at zero. */
export const MOVES = QUICK ? 20 : 60;
export const EDIT_MINUTES = Number(env.BENCH_EDIT_MINUTES ?? (QUICK ? 0.2 : 5));
export const IMPORT_SIZE = QUICK ? 5000 : 50_000;
/** The strategy the heap is measured on. */
export const HEAP_SIZE = 5000;

/** BENCH_CPU_SLOWDOWN=4 runs the page as on a CPU four times slower, to see the headroom. */
export const CPU_SLOWDOWN = Number(env.BENCH_CPU_SLOWDOWN ?? 1);

export const APP_PORT = Number(env.BENCH_PORT ?? 4174);
export const PEER_PORT = Number(env.BENCH_PEER_PORT ?? APP_PORT + 1);
/** The app's build being measured: `dist`, or `BENCH_OUT_DIR` for one built elsewhere. */
export const APP_DIST = path.resolve(ROOT, env.BENCH_OUT_DIR ?? 'dist');
export const PEER_URL = `http://127.0.0.1:${PEER_PORT}/`;

/** A quick run keeps its figures apart, so the README table never takes them for a full run's. */
export const RESULTS_FILE = path.resolve(
  ROOT,
  env.BENCH_RESULTS ??
    (QUICK
      ? 'test-results/bench-quick-results.json'
      : CPU_SLOWDOWN > 1
        ? `bench-results-cpu${CPU_SLOWDOWN}.json`
        : 'bench-results.json'),
);

/**
 * One id for the whole run: set when the runner loads the config, inherited by its workers. A
 * worker started again after a failure adds to the run's results instead of replacing them.
 */
export const RUN_ID = (env.BENCH_RUN_ID ??= new Date().toISOString());
