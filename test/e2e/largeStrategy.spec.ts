import { writeFileSync } from 'node:fs';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { generateStrategy } from '../bench/generateStrategy';
import { expect, openLibrary, test } from './fixtures';

const SIZE = 2000;

test('a two-thousand-node strategy opens on its goal tree, finds a far node with its edges, and fits whole', async ({
  workbench: { page },
}, testInfo) => {
  const strategy = generateStrategy(SIZE, 7);
  const file = testInfo.outputPath('large.json');
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'large' }, strategy.createdAt));
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);

  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  const card = (name: string) =>
    canvas.locator('.react-flow__node').filter({ has: page.getByText(name, { exact: true }) });
  // Opens on the vision and directions, not on a field of specks.
  await expect(card('goal 1')).toBeVisible({ timeout: 30_000 });
  await expect(card('goal 2')).toBeVisible();
  const far = 'project-700';
  await expect(canvas.locator(`.react-flow__node[data-id="${far}"]`)).toHaveCount(0);

  // Found by search, a far project comes into view with the edges leading away from it.
  await page.getByRole('textbox', { name: 'Search' }).fill('project 700');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /project 700$/ })
    .click();
  await expect(card('project 700')).toBeVisible();
  const edgeIds = strategy.edges
    .filter((edge) => edge.source === far || edge.target === far)
    .map((edge) => edge.id);
  expect(edgeIds.length).toBeGreaterThan(0);
  for (const id of edgeIds)
    await expect(canvas.locator(`.react-flow__edge[data-id="${id}"]`)).toHaveCount(1);

  // Dragged, its edges follow; undone, it is back.
  const path = canvas.locator(`.react-flow__edge[data-id="${edgeIds[0]}"] .react-flow__edge-path`);
  const start = async () => (await path.getAttribute('d'))!.match(/^M([\d.-]+),([\d.-]+)/)!;
  const [, x0, y0] = await start();
  const box = (await card('project 700').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Number((await start())[1]) - Number(x0)).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Number((await start())[1])).toBeCloseTo(Number(x0), 0);
  expect(Number((await start())[2])).toBeCloseTo(Number(y0), 0);

  // Fit view centres on the whole strategy, not only on the part near where the view was.
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  const xs = strategy.nodes.map((n) => n.position.x);
  const ys = strategy.nodes.map((n) => n.position.y);
  const middle = {
    x: (Math.min(...xs) + Math.max(...xs) + 200) / 2,
    y: (Math.min(...ys) + Math.max(...ys) + 72) / 2,
  };
  const viewCentre = () =>
    canvas.evaluate((element) => {
      const pane = element.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const transform = (element.querySelector('.react-flow__viewport') as HTMLElement).style
        .transform;
      const [x, y, zoom] = transform.match(/[\d.-]+/g)!.map(Number);
      return { x: (pane.width / 2 - x!) / zoom!, y: (pane.height / 2 - y!) / zoom! };
    });
  await expect.poll(async () => Math.abs((await viewCentre()).y - middle.y)).toBeLessThan(200);
  expect(Math.abs((await viewCentre()).x - middle.x)).toBeLessThan(200);
  expect(await canvas.locator('.react-flow__node').count()).toBeGreaterThan(SIZE / 2);
});
