import { writeFileSync } from 'node:fs';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { expect, test } from '../e2e/fixtures';
import { generateStrategy } from './generateStrategy';

test('profile focus', async ({ workbench: { page } }, testInfo) => {
  const strategy = generateStrategy(5000, 1);
  const file = testInfo.outputPath('s.json');
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'bench' }, strategy.createdAt));
  await page.goto('/?lang=en&timings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 120_000 });
  await page.getByRole('textbox', { name: 'Search' }).fill('project 10');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await page.waitForTimeout(500);
  for (let step = 0; step < 3; step++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(300);
  }
  await page.getByRole('textbox', { name: 'Search' }).fill('partnerCity 10');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /partnerCity 10$/ }).click();
  await page.waitForTimeout(500);
  console.log('cards before', await page.locator('.react-flow__node').count(), await page.locator('.react-flow__edge').count());
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  const t = await page.evaluate(() => new Promise<number>((resolve) => {
    const b = [...document.querySelectorAll<HTMLElement>('.map-tools button')].find((e) => e.textContent === 'Focus')!;
    const s = performance.now();
    b.click();
    const after = performance.now() - s;
    requestAnimationFrame(() => setTimeout(() => resolve(after * 1000 + (performance.now() - s))));
  }));
  const { profile } = await session.send('Profiler.stop');
  console.log('sync click ms, total', Math.floor(t / 1000) / 1000, t % 1000);
  const self = new Map<string, number>();
  const total = profile.timeDeltas!.reduce((a, b) => a + b, 0);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  profile.samples!.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + profile.timeDeltas![i]!));
  for (const [id, c] of counts) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + c);
  }
  console.log('total us', total);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}\t${k}`).join('\n'));
  await page.waitForTimeout(500);
  console.log('cards after', await page.locator('.react-flow__node').count());
});
