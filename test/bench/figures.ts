import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CPU_SLOWDOWN, QUICK, RESULTS_FILE, RUN_ID } from './benchConfig';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  pass: boolean;
  /** The same figure on the plain React Flow page, and ours ÷ its. */
  peer?: number;
  ratio?: number;
}

const figures: Figure[] = [];
const round = (value: number) => Math.round(value * 10) / 10;

export function record(
  name: string,
  value: number,
  unit: string,
  goal: string,
  pass: boolean,
  peer?: number,
) {
  const figure: Figure = { name, value: round(value), unit, goal, pass };
  if (peer !== undefined) Object.assign(figure, { peer: round(peer), ratio: value / peer });
  figures.push(figure);
  const compared =
    peer === undefined
      ? ''
      : `  plain React Flow ${String(figure.peer).padStart(7)} ${unit.padEnd(4)} ours ÷ peer ${Math.round(figure.ratio! * 100) / 100} ×`;
  console.log(
    `${name.padEnd(60)} ${String(figure.value).padStart(9)} ${unit.padEnd(4)} goal ${goal.padEnd(12)} ${pass ? 'pass' : 'FAIL'}${compared}`,
  );
}

export const atMost = (name: string, value: number, unit: string, goal: number, peer?: number) =>
  record(name, value, unit, `≤ ${goal}`, value <= goal, peer);
export const atLeast = (name: string, value: number, unit: string, goal: number, peer?: number) =>
  record(name, value, unit, `≥ ${goal}`, value >= goal, peer);

/** Figures of this run already written by an earlier worker, without those measured again. */
function earlierInRun(): Figure[] {
  if (!existsSync(RESULTS_FILE)) return [];
  const written = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
    runId?: string;
    figures: Figure[];
  };
  if (written.runId !== RUN_ID) return [];
  const now = new Set(figures.map((figure) => figure.name));
  return written.figures.filter((figure) => !now.has(figure.name));
}

/** Every figure measured so far in this run; each test writes them, so the last has them all. */
export function writeResults() {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const all = [...earlierInRun(), ...figures];
  writeFileSync(
    RESULTS_FILE,
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        runId: RUN_ID,
        cpuSlowdown: CPU_SLOWDOWN,
        quick: QUICK,
        figures: all,
      },
      null,
      2,
    ),
  );
}
