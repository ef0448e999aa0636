import { expect, importGeneratedStrategy, test } from './fixtures';

const SIZE = 2000;

test('a two-thousand-node strategy opens on its goal tree, finds a far node with its edges, and fits whole', async ({
  workbench: { page },
}, testInfo) => {
  const strategy = await importGeneratedStrategy(page, testInfo.outputPath('large.json'), SIZE);

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

  // Fit view shows the whole strategy, not only the part near where the view was, and fills
  // the canvas with it.
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  const xs = strategy.nodes.map((n) => n.position.x);
  const ys = strategy.nodes.map((n) => n.position.y);
  const whole = {
    left: Math.min(...xs),
    top: Math.min(...ys),
    right: Math.max(...xs) + 200,
    bottom: Math.max(...ys) + 72,
  };
  const onScreen = () =>
    canvas.evaluate((element, rect) => {
      const pane = element.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const transform = (element.querySelector('.react-flow__viewport') as HTMLElement).style
        .transform;
      const [x, y, zoom] = transform.match(/[\d.-]+/g)!.map(Number);
      const left = x! + rect.left * zoom!;
      const top = y! + rect.top * zoom!;
      const right = x! + rect.right * zoom!;
      const bottom = y! + rect.bottom * zoom!;
      return {
        inside: left >= 0 && top >= 0 && right <= pane.width && bottom <= pane.height,
        filled: Math.max((right - left) / pane.width, (bottom - top) / pane.height),
      };
    }, whole);
  await expect.poll(async () => (await onScreen()).inside).toBe(true);
  expect((await onScreen()).filled).toBeGreaterThan(0.6);
  // Seen whole, it is drawn on the canvas layer, with a few cards kept for the keyboard.
  await expect(canvas.locator('.canvas-layer')).toBeVisible();
  expect(await canvas.locator('.react-flow__node').count()).toBeLessThanOrEqual(100);
});
