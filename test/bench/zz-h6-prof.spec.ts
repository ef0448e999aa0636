import { writeFileSync } from 'node:fs';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { expect, test } from '../e2e/fixtures';
import { generateStrategy } from './generateStrategy';
import { RENDER_COUNTER } from './inPage';

test('profile focus', async ({ workbench: { page } }, testInfo) => {
  const strategy = generateStrategy(5000, 1);
  const file = testInfo.outputPath('s.json');
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'bench' }, strategy.createdAt));
  await page.context().addInitScript(RENDER_COUNTER);
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
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.waitForTimeout(500);
  console.log('cards before', await page.locator('.react-flow__node').count(), await page.locator('.react-flow__edge').count());
  const session = await page.context().newCDPSession(page);
  const events: any[] = [];
  session.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const traced = new Promise((r) => session.once('Tracing.tracingComplete', r));


  // no profiler
  const t = await page.evaluate(() => new Promise<number>((resolve) => {
    const b = [...document.querySelectorAll<HTMLElement>('.map-filters label')].find((e) => e.textContent === 'Project')!;
    const s = performance.now();
    (window as any).countRenders = true;
    const o = new MutationObserver((m) => { (window as any).mut = ((window as any).mut ?? 0) + m.length; });
    o.observe(document.querySelector('.react-flow')!, { childList: true, subtree: true });
    performance.mark('zz:click');
    b.click();
    const after = performance.now() - s;
    const tick = () => {
      performance.mark(`zz:frame ${document.querySelectorAll('.react-flow__node').length}`);
      if (performance.now() - s < 900) requestAnimationFrame(tick);
      else resolve(after * 1000 + (performance.now() - s));
    };
    requestAnimationFrame(tick);
  }));
  console.log(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('zz:') && e.startTime > performance.getEntriesByName('zz:click')[0]!.startTime - 1).map((e) => `${e.name} ${e.startTime.toFixed(1)} ${e.duration.toFixed(1)}`).join('\n')));
  console.log(await page.evaluate(() => JSON.stringify({ r: (window as any).componentRenders, c: (window as any).commits, m: (window as any).mut })));
  await page.waitForTimeout(500);
  console.log('cards after', await page.locator('.react-flow__node').count());
});
