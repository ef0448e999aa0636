import { expect, importGeneratedStrategy, test } from './fixtures';

test('a goal served from far away says how many relationships lead off-screen, and lists them for the keyboard', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(120_000);
  const strategy = await importGeneratedStrategy(page, testInfo.outputPath('large.json'), 2000);

  // Opens on the goal tree: a goal served by hundreds of nodes keeps only the edges to the
  // nearest of them, and its card counts the rest.
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  const counted = canvas
    .locator('.react-flow__node')
    .filter({ has: page.locator('.node-off-screen') });
  await expect(counted.first()).toBeVisible({ timeout: 30_000 });
  const id = (await counted.first().getAttribute('data-id'))!;
  const all = strategy.edges.filter((edge) => edge.source === id || edge.target === id);
  const drawn = await canvas.locator('.react-flow__edge').evaluateAll(
    (edges, ids) => edges.filter((edge) => ids.includes(edge.getAttribute('data-id')!)).length,
    all.map((edge) => edge.id),
  );
  const leftOut = all.length - drawn;
  expect(leftOut).toBeGreaterThan(0);
  await expect(counted.first().locator('.node-off-screen')).toHaveText(
    `+${leftOut} relationships off-screen`,
  );

  // With the card focused, its relationships off-screen are buttons the keyboard reaches.
  await counted.first().focus();
  const list = canvas.locator(`.react-flow__node[data-id="${id}"] .card-relations`);
  await expect(list.getByRole('button')).toHaveCount(leftOut);
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  // The node at its other end comes into view, selected, and its card has the keyboard.
  const others = all.map((edge) => (edge.source === id ? edge.target : edge.source));
  await expect
    .poll(() =>
      page.evaluate(
        (ends) =>
          ends.includes(
            document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? '',
          ),
        others,
      ),
    )
    .toBe(true);
  await expect(canvas.locator('.react-flow__node.selected')).toHaveCount(1);
});
