import { writeFileSync } from 'node:fs';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { generateStrategy } from '../bench/generateStrategy';
import { expect, openLibrary, openSample, test } from './fixtures';

test('a CSV file 200,000 columns wide is refused at once with the reason', async ({
  workbench: { page },
}) => {
  await openSample(page);

  const line = (prefix: string) =>
    Array.from({ length: 200_000 }, (_, i) => `${prefix}${i}`).join(',');
  const buffer = Buffer.from(`${line('c')}\r\n${line('v')}\r\n`);
  expect(buffer.length).toBeGreaterThan(2_000_000);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const started = Date.now();
  await (await chooser).setFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByRole('alert')).toHaveText(
    /The CSV file could not be read: it has more than 200 columns\. Nothing was changed\./,
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByRole('dialog', { name: 'Import CSV' })).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The window still answers.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a ten-thousand-node strategy file shows its reading progress, then opens', async ({
  workbench: { page },
}, testInfo) => {
  // Storing ten thousand nodes in IndexedDB takes most of this, and longer on a busy machine.
  test.setTimeout(120_000);
  const strategy = generateStrategy(10_000, 11);
  const file = testInfo.outputPath('ten-thousand.json');
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'large' }, strategy.createdAt));
  await openLibrary(page);

  // Recorded in the page: the indicator may come and go between two polls of a check.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const text = bar && `${bar.getAttribute('aria-label')}: ${bar.textContent}`;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);

  await expect(page.getByRole('status').filter({ hasText: 'Imported “' })).toBeVisible({
    timeout: 90_000,
  });
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  await expect(
    canvas.locator('.react-flow__node').filter({ has: page.getByText('goal 1', { exact: true }) }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: string[] }).progressSeen,
  );
  expect(seen[0]).toBe('Reading file: Reading file… 0%');
  expect(seen.length).toBeGreaterThan(1);
  for (const text of seen) expect(text).toMatch(/^Reading file: Reading file… \d{1,3}%$/);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('listitem').filter({ hasText: '10000 nodes' })).toHaveCount(1);
});
