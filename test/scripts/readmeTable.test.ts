import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../bench/readmeTable.mjs');

let folder: string | null = null;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

/** Bench results with these figures, as `npm run bench` writes them. */
function run(...figures: object[]) {
  folder ??= mkdtempSync(path.join(tmpdir(), 'bench-runs-'));
  const file = path.join(folder, `run-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ runId: file, quick: false, cpuSlowdown: 1, figures }));
  return file;
}

const autosave = (value: number) => ({
  name: 'autosave: write committed, p95',
  value,
  unit: 'ms',
  goal: '≤ 16',
  pass: value <= 16,
});
const pan = (value: number, peer: number) => ({
  name: 'pan, 5000 nodes, Fit view: mean fps',
  value,
  unit: 'fps',
  goal: '≥ 50',
  pass: value >= 50,
  peer,
  ratio: value / peer,
});

/** The printed table's row for a figure, split into its cells. */
function rowOf(table: string, name: string): string[] {
  const line = table.split('\n').find((row) => row.startsWith(`| ${name} `));
  if (!line) throw new Error(`no row for ${name} in\n${table}`);
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

const table = (...files: string[]) =>
  execFileSync('node', [SCRIPT, ...files, '--print'], { encoding: 'utf8' });

describe("the README's bench table", () => {
  it('shows a single run as it was measured', () => {
    const printed = table(run(autosave(15.2), pan(58, 6)));
    expect(printed.split('\n')[0]).toMatch(/^\| figure +\| value +\|/);
    expect(rowOf(printed, 'autosave: write committed, p95')).toEqual([
      'autosave: write committed, p95',
      '15.2 ms',
      '≤ 16',
      'met',
      '',
      '',
    ]);
  });

  it('shows each figure of several runs as their median, judged against its goal, with every run beside it', () => {
    const printed = table(
      run(autosave(23.1), pan(58, 6)),
      run(autosave(15), pan(60, 5)),
      run(autosave(17.7), pan(55, 11)),
    );
    expect(printed.split('\n')[0]).toMatch(/^\| figure +\| median of 3 runs +\|/);
    expect(rowOf(printed, 'autosave: write committed, p95')).toEqual([
      'autosave: write committed, p95',
      '17.7 ms',
      '≤ 16',
      'not met',
      '23.1 · 15 · 17.7',
      '',
      '',
    ]);
    // The ratio is each run's own (ours and the peer measured in the same minutes), then the
    // median of those: 58 ÷ 6, 60 ÷ 5 and 55 ÷ 11.
    expect(rowOf(printed, 'pan, 5000 nodes, Fit view: mean fps')).toEqual([
      'pan, 5000 nodes, Fit view: mean fps',
      '58 fps',
      '≥ 50',
      'met',
      '58 · 60 · 55',
      '6 fps',
      '9.67 ×',
    ]);
  });
});
