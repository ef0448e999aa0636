import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { expect, test } from '../e2e/fixtures';
import { generateStrategy } from './generateStrategy';

interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  pass: boolean;
}

const figures: Figure[] = [];
const RUNS = 3;

function record(name: string, value: number, unit: string, goal: string, pass: boolean) {
  const figure = { name, value: Math.round(value * 10) / 10, unit, goal, pass };
  figures.push(figure);
  console.log(
    `${name.padEnd(44)} ${String(figure.value).padStart(9)} ${unit.padEnd(4)} goal ${goal.padEnd(10)} ${pass ? 'pass' : 'FAIL'}`,
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Frame intervals from requestAnimationFrame while `act` runs: mean fps and p95 frame time. */
async function frames(page: Page, act: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean };
    w.frames_ = [];
    w.recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.frames_.push(t - last);
      last = t;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const intervals = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; recording: boolean };
    w.recording = false;
    return w.frames_.slice(2);
  });
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return { fps: 1000 / mean, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

async function importStrategy(page: Page, size: number, file: string) {
  const strategy = generateStrategy(size, 1);
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'bench' }, strategy.createdAt));
  await page.goto('/?lang=en');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 120_000 });
  await page.waitForURL(/#\/strategy\//);
  return page.url();
}

/** From the library, as a user opens a strategy: until its canvas shows nodes. */
async function reopen(page: Page, title: string): Promise<number> {
  await page.goto('/?lang=en');
  const open = page.getByRole('listitem', { name: title }).getByRole('button', { name: 'Open' });
  await expect(open).toBeVisible();
  const started = await page.evaluate(() => performance.now());
  await open.click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  return (await page.evaluate(() => performance.now())) - started;
}

async function focusFirstProject(page: Page) {
  await page.getByRole('textbox', { name: 'Search' }).fill('project 10');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await page.waitForTimeout(600);
}

async function dragSelected(page: Page) {
  const box = (await page.locator('.react-flow__node.selected').boundingBox())!;
  return frames(page, async () => {
    await page.mouse.move(box.x + 100, box.y + 36);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(box.x + 100 + i * 3, box.y + 36 + i * 2);
    await page.mouse.up();
  });
}

async function panPane(page: Page) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return frames(page, async () => {
    await page.mouse.move(pane.x + 20, pane.y + pane.height - 20);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++)
      await page.mouse.move(pane.x + 20 + i * 4, pane.y + pane.height - 20 - i * 3);
    await page.mouse.up();
  });
}

test('benchmarks', async ({ workbench: { page } }, testInfo) => {
  const p95BySize: Record<number, number> = {};
  for (const size of [500, 2000, 5000]) {
    const url = await importStrategy(page, size, testInfo.outputPath(`strategy-${size}.json`));
    const opens: number[] = [];
    for (let run = 0; run < RUNS; run++)
      opens.push(await reopen(page, `Generated strategy (${size} nodes, seed 1)`));
    await page.goto(url);
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
    const openGoal = size === 500 ? 400 : size === 5000 ? 1500 : 1000;
    record(
      `open ${size}-node strategy to canvas`,
      median(opens),
      'ms',
      `≤ ${openGoal}`,
      median(opens) <= openGoal,
    );

    await focusFirstProject(page);
    const drags = [];
    for (let run = 0; run < RUNS; run++) drags.push(await dragSelected(page));
    const dragFps = median(drags.map((d) => d.fps));
    const dragP95 = median(drags.map((d) => d.p95));
    p95BySize[size] = dragP95;
    const fpsGoal = size === 5000 ? 50 : 55;
    record(
      `drag a node, ${size} nodes: mean fps`,
      dragFps,
      'fps',
      `≥ ${fpsGoal}`,
      dragFps >= fpsGoal,
    );
    record(`drag a node, ${size} nodes: p95 frame`, dragP95, 'ms', '≤ 25', dragP95 <= 25);

    const pans = [];
    for (let run = 0; run < RUNS; run++) pans.push(await panPane(page));
    const panFps = median(pans.map((p) => p.fps));
    record(`pan, ${size} nodes: mean fps`, panFps, 'fps', `≥ ${fpsGoal}`, panFps >= fpsGoal);

    if (size === 2000) {
      await focusFirstProject(page);
      const latencies: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A node whose centre is inside the pane, so the click lands on it.
        const target = await page.evaluate(() => {
          const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
          for (const element of document.querySelectorAll('.react-flow__node:not(.selected)')) {
            const r = element.getBoundingClientRect();
            if (
              r.left > pane.left &&
              r.right < pane.right &&
              r.top > pane.top &&
              r.bottom < pane.bottom
            )
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          return null;
        });
        if (!target) throw new Error('no node in view to select');
        const started = await page.evaluate(() => performance.now());
        await page.mouse.click(target.x, target.y);
        await expect(
          page.getByRole('region', { name: 'Inspector' }).getByRole('textbox').first(),
        ).toBeVisible();
        latencies.push((await page.evaluate(() => performance.now())) - started);
      }
      record(
        'select a node → inspector, 2000 nodes',
        median(latencies),
        'ms',
        '≤ 50',
        median(latencies) <= 50,
      );
    }

    if (size === 500) {
      const id = decodeURIComponent(url.split('#/strategy/')[1]!);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = Date.now();
        await page.goto(`/#/print/${encodeURIComponent(id)}?lang=en`);
        await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
          timeout: 60_000,
        });
        await page.pdf({
          path: testInfo.outputPath('plan-500.pdf'),
          preferCSSPageSize: true,
          printBackground: true,
        });
        times.push(Date.now() - started);
      }
      record('PDF of a 500-node strategy', median(times), 'ms', '≤ 2000', median(times) <= 2000);
    }
  }
  record(
    'drag p95 at 5000 ÷ p95 at 500',
    p95BySize[5000]! / p95BySize[500]!,
    '×',
    '≤ 1.3',
    p95BySize[5000]! / p95BySize[500]! <= 1.3,
  );
  writeFileSync(
    path.resolve('bench-results.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2),
  );
});
