// Writes the README's Performance table from a bench run's figures, so the table is the run's:
//
//   node test/bench/readmeTable.mjs [bench-results.json] [--slower bench-results-cpu4.json] [--print]
//
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
const resultsFile =
  args.find((arg, i) => !arg.startsWith('--') && !(slowerAt >= 0 && i === slowerAt + 1)) ??
  'bench-results.json';

const read = (file) => JSON.parse(readFileSync(path.resolve(ROOT, file), 'utf8'));
const results = read(resultsFile);
const slower = slowerFile ? read(slowerFile) : null;
if (results.quick) console.warn('Note: these figures are from a quick run (BENCH_QUICK=1).');

// The live sessions' figures are written beside the others by a worker of their own.
const everyFigure = (run) => [...run.figures, ...(run.live?.figures ?? [])];

const amount = (value, unit) => (unit ? `${value} ${unit}` : String(value));
const ratio = (value) => `${Math.round(value * 100) / 100} ×`;
const met = (figure) => (figure.goal === 'reported' ? '' : figure.pass ? 'met' : 'not met');

const header = ['figure', 'value', 'goal', '', 'plain React Flow', 'ours ÷ plain'];
if (slower) header.push(`on a ${slower.cpuSlowdown}× slower CPU`, '');
const rows = everyFigure(results).map((figure) => {
  const row = [
    figure.name,
    amount(figure.value, figure.unit),
    figure.goal,
    met(figure),
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
  console.log(`README.md: table of ${rows.length} figures from ${resultsFile}`);
}
