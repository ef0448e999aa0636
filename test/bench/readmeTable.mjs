// Writes the README's Performance table from bench runs' figures, so the table is the runs':
//
//   node test/bench/readmeTable.mjs [bench-results.json …] [--slower bench-results-cpu4.json] [--print]
//
// Given the results of several runs of the same code, each figure is the median of the runs, with
// every run's value beside it: a single run's p95 moves with what the machine did that minute.
// `--slower` adds the figures of a run on a slowed CPU (`BENCH_CPU_SLOWDOWN=4 npm run bench`)
// as a column; `--print` prints the table instead of writing it into README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = path.join(ROOT, 'README.md');
const START = '<!-- bench-table: written by test/bench/readmeTable.mjs from bench-results.json -->';
const END = '<!-- /bench-table -->';

const args = process.argv.slice(2);
const slowerAt = args.indexOf('--slower');
const slowerFile = slowerAt >= 0 ? args[slowerAt + 1] : null;
const named = args.filter(
  (arg, i) => !arg.startsWith('--') && !(slowerAt >= 0 && i === slowerAt + 1),
);
const resultsFiles = named.length > 0 ? named : ['bench-results.json'];

const read = (file) => JSON.parse(readFileSync(path.resolve(ROOT, file), 'utf8'));
const runs = resultsFiles.map(read);
const slower = slowerFile ? read(slowerFile) : null;
if (runs.some((run) => run.quick))
  console.warn('Note: some of these figures are from a quick run (BENCH_QUICK=1).');

// The live sessions' figures are written beside the others by a worker of their own.
const everyFigure = (run) => [...run.figures, ...(run.live?.figures ?? [])];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;

/** Whether a value meets a figure's goal as the bench writes it: `≤ 16`, `≥ 55`, `none`. */
function meets(goal, value) {
  if (goal === 'reported') return true;
  if (goal === 'none') return value === 0;
  const [sign, bound] = goal.split(' ');
  return sign === '≤' ? value <= Number(bound) : value >= Number(bound);
}

/** Each figure once, in the order of the first run that has it, as the median of the runs'. */
function medianFigures() {
  const byName = new Map();
  for (const run of runs)
    for (const figure of everyFigure(run)) {
      if (!byName.has(figure.name)) byName.set(figure.name, []);
      byName.get(figure.name).push(figure);
    }
  return [...byName.values()].map((measured) => {
    const [first] = measured;
    if (measured.length === 1) return { ...first, runs: measured };
    const value = round(median(measured.map((figure) => figure.value)));
    const peers = measured.filter((figure) => figure.peer !== undefined);
    const combined = { ...first, value, pass: meets(first.goal, value), runs: measured };
    if (peers.length > 0)
      Object.assign(combined, {
        peer: round(median(peers.map((figure) => figure.peer))),
        // Each run's ratio is of figures measured in the same minutes.
        ratio: median(peers.map((figure) => figure.ratio)),
      });
    return combined;
  });
}

const amount = (value, unit) => (unit ? `${value} ${unit}` : String(value));
const ratio = (value) => `${Math.round(value * 100) / 100} ×`;
const met = (figure) => (figure.goal === 'reported' ? '' : figure.pass ? 'met' : 'not met');

const several = runs.length > 1;
const header = [
  'figure',
  several ? `median of ${runs.length} runs` : 'value',
  'goal',
  '',
  ...(several ? ['each run'] : []),
  'plain React Flow',
  'ours ÷ plain',
];
if (slower) header.push(`on a ${slower.cpuSlowdown}× slower CPU`, '');
const rows = medianFigures().map((figure) => {
  const row = [
    figure.name,
    amount(figure.value, figure.unit),
    figure.goal,
    met(figure),
    ...(several ? [figure.runs.map((run) => run.value).join(' · ')] : []),
    figure.peer === undefined ? '' : amount(figure.peer, figure.unit),
    figure.ratio === undefined ? '' : ratio(figure.ratio),
  ];
  if (slower) {
    const same = everyFigure(slower).find((f) => f.name === figure.name);
    row.push(same ? amount(same.value, same.unit) : 'not run', same ? met(same) : '');
  }
  return row;
});

// Laid out as Prettier lays out a Markdown table, so `npm run format:check` keeps passing.
const widths = header.map((_, column) =>
  Math.max(3, ...[header, ...rows].map((row) => [...row[column]].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] - [...cell].length + cell.length)).join(' | ')} |`;
const table = [
  line(header),
  `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
  ...rows.map(line),
].join('\n');

if (args.includes('--print')) {
  console.log(table);
} else {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync(
    README,
    `${readme.slice(0, from + START.length)}\n\n${table}\n\n${readme.slice(to)}`,
  );
  console.log(`README.md: table of ${rows.length} figures from ${resultsFiles.join(', ')}`);
}
