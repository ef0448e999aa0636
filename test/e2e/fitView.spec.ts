import type { Locator, Page } from '@playwright/test';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';
import { translator } from '../../shared/i18n/translate';
import { accessibleName } from '../../shared/model/names';
import { nodeShownName } from '../../shared/model/nodes';
import { relationshipName } from '../../shared/model/relationships';
import { expect, importGeneratedStrategy, test, viewAtRest, wheelOverPane } from './fixtures';

const SIZE = 2000;

const canvasOf = (page: Page) => page.getByRole('region', { name: 'Strategy canvas' });

/** Where graph points are on the page, through the viewport React Flow applies now. */
async function pagePoints(page: Page): Promise<(point: Position) => Position> {
  const view = await canvasOf(page).evaluate((element) => {
    const pane = element.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const transform = (element.querySelector('.react-flow__viewport') as HTMLElement).style
      .transform;
    const [x, y, zoom] = transform.match(/[\d.-]+/g)!.map(Number);
    return { left: pane.left, top: pane.top, x: x!, y: y!, zoom: zoom! };
  });
  return ({ x, y }) => ({
    x: view.left + view.x + x * view.zoom,
    y: view.top + view.y + y * view.zoom,
  });
}

const centreOf = (position: Position) => ({
  x: position.x + NODE_WIDTH / 2,
  y: position.y + NODE_HEIGHT / 2,
});

test('at Fit view of a two-thousand-node strategy the map is drawn on a canvas, and nodes are still selected, dragged and box-selected', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const strategy = await importGeneratedStrategy(page, testInfo.outputPath('large.json'), SIZE);

  const canvas = canvasOf(page);
  const cards = canvas.locator('.react-flow__node');
  const layer = canvas.locator('.canvas-layer');
  await expect(cards.filter({ hasText: 'goal 1' }).first()).toBeVisible({ timeout: 30_000 });
  await expect(layer).toBeHidden();

  const opening = await viewAtRest(page);
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  await viewAtRest(page, opening);
  await expect(layer).toBeVisible();
  // A few cards stay in the page, for the keyboard and screen readers; not two thousand.
  await expect.poll(() => cards.count()).toBeLessThanOrEqual(100);
  expect(await cards.count()).toBeGreaterThan(0);
  // Tab from the canvas reaches a kept card; on a loaded machine the cards may still be taking
  // their places as the view comes to rest, so the canvas is focused and Tab pressed again.
  await expect
    .poll(async () => {
      await canvas.locator('.strategy-flow').focus();
      await page.keyboard.press('Tab');
      return page.evaluate(() => document.activeElement?.classList.contains('react-flow__node'));
    })
    .toBe(true);
  await testInfo.attach('fit-view', { body: await page.screenshot(), contentType: 'image/png' });

  // The node nearest the middle of the pane, clear of the panels along its edges.
  const pane = (await canvas.locator('.react-flow__pane').boundingBox())!;
  const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  let chosen = strategy.nodes[0]!;
  let best = Infinity;
  const onPage = await pagePoints(page);
  for (const node of strategy.nodes) {
    const at = onPage(centreOf(node.position));
    const distance = Math.hypot(at.x - middle.x, at.y - middle.y);
    if (distance < best) [best, chosen] = [distance, node];
  }
  const name =
    (chosen.data as { title?: string; name?: string }).title ??
    (chosen.data as { name: string }).name;
  const nameField = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: /^(Title|Name)$/ });

  // A click on the drawn node selects it.
  const from = onPage(centreOf(chosen.position));
  await page.mouse.click(from.x, from.y);
  await expect(nameField).toHaveValue(name);

  // A click on empty space clears the selection: left of the strategy, clear of every node.
  const left = Math.min(...strategy.nodes.map((n) => n.position.x));
  const gap = { x: (pane.x + onPage({ x: left, y: 0 }).x) / 2, y: middle.y };
  expect(gap.x).toBeLessThan(onPage({ x: left, y: 0 }).x - 20);
  await page.mouse.click(gap.x, gap.y);
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('Select a node');

  // Dragged, it moves: found again where it was let go, and not where it was.
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
  await page.mouse.move(from.x + 120, from.y + 80, { steps: 6 });
  await page.mouse.up();
  await expect(nameField).toHaveValue(name);
  await page.mouse.click(gap.x, gap.y);
  await expect(nameField).toHaveCount(0);
  await page.mouse.click(from.x + 120, from.y + 80);
  await expect(nameField).toHaveValue(name);
  await page.mouse.click(gap.x, gap.y);
  await page.mouse.click(from.x, from.y);
  await expect
    .poll(async () => (await nameField.count()) === 0 || (await nameField.inputValue()) !== name)
    .toBe(true);

  // Undone, it is back where it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.mouse.click(gap.x, gap.y);
  await page.mouse.click(from.x, from.y);
  await expect(nameField).toHaveValue(name);

  // Shift and a drag from empty space select every node wholly inside the box: here the first
  // columns of two rows, from the left of the strategy.
  const box = {
    left,
    top: chosen.position.y - 14,
    right: left + 3 * (NODE_WIDTH + 32) - 16,
    bottom: chosen.position.y + 2 * (NODE_HEIGHT + 28) - 14,
  };
  const inside = strategy.nodes.filter(
    ({ position: { x, y } }) =>
      x >= box.left && x + NODE_WIDTH <= box.right && y >= box.top && y + NODE_HEIGHT <= box.bottom,
  );
  expect(inside.length).toBeGreaterThan(1);
  const corner = { x: gap.x, y: onPage({ x: box.left, y: box.top }).y };
  const far = onPage({ x: box.right, y: box.bottom });
  await page.mouse.click(gap.x, gap.y);
  await page.keyboard.down('Shift');
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move((corner.x + far.x) / 2, (corner.y + far.y) / 2, { steps: 4 });
  await page.mouse.move(far.x, far.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText(
    `${inside.length} items selected.`,
  );

  // Found by search, a node is shown at reading size, as a card again.
  await page.getByRole('textbox', { name: 'Search' }).fill('project 700');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /project 700$/ })
    .click();
  await expect(cards.filter({ hasText: 'project 700' })).toBeVisible();
  await expect(layer).toBeHidden();
  expect(await cards.count()).toBeGreaterThan(20);
});

test('at Fit view the drawn edges are reached from the keyboard: a focused card lists its relationships, and one pressed goes to the node at its other end', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const strategy = await importGeneratedStrategy(page, testInfo.outputPath('large.json'), SIZE);

  const canvas = canvasOf(page);
  const layer = canvas.locator('.canvas-layer');
  await expect(canvas.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  const opening = await viewAtRest(page);
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  const fitted = await viewAtRest(page, opening);
  await expect(layer).toBeVisible();
  // No edge is in the page as SVG: the canvas draws them all.
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(0);

  const t = translator('en');
  const byId = new Map(strategy.nodes.map((node) => [node.id, node]));
  const nameOf = (id: string) => {
    const node = byId.get(id)!;
    return accessibleName(nodeShownName(node, 'en'), node.kind, t);
  };
  const relationshipsOf = (id: string) =>
    strategy.edges
      .filter((edge) => edge.source === id || edge.target === id)
      .map((edge) => ({
        other: edge.source === id ? edge.target : edge.source,
        name: relationshipName(nameOf(edge.source), t(`edge.${edge.kind}`), nameOf(edge.target)),
      }));
  const focusedCard = () =>
    page.evaluate(
      () => document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null,
    );

  // Tab goes from card to card until one with relationships; each lists its own, named as the
  // edges are named on the cards' canvas, and only the card with the keyboard lists them.
  await canvas.locator('.strategy-flow').focus();
  let id: string | null = null;
  for (let tab = 0; tab < 10 && !id; tab++) {
    await page.keyboard.press('Tab');
    const focused = await focusedCard();
    if (focused && relationshipsOf(focused).length > 0) id = focused;
  }
  expect(id).not.toBeNull();
  const expected = relationshipsOf(id!);
  const list = canvas.getByRole('list', { name: `Relationships of ${nameOf(id!)}` });
  const namesIn = (buttons: Locator) => buttons.allTextContents().then((names) => names.sort());
  await expect
    .poll(() => namesIn(list.getByRole('button')))
    .toEqual(expected.map((r) => r.name).sort());
  await expect(canvas.locator('.card-relations')).toHaveCount(1);

  // The view zooms in towards the side farthest from that card, still below reading size:
  // once it rests, the cards kept for the keyboard are those near the new middle, and the card
  // with the keyboard is still among them, focused, listing its relationships.
  const keptIds = () =>
    canvas
      .locator('.react-flow__node')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.id).join());
  const keptBefore = await keptIds();
  const pane = (await canvas.locator('.react-flow__pane').boundingBox())!;
  const card = (await canvas.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  const leftOfMiddle = card.x + card.width / 2 < pane.x + pane.width / 2;
  const aboveMiddle = card.y + card.height / 2 < pane.y + pane.height / 2;
  // Clear of the canvas's tools and the overview map in its corners.
  await page.mouse.move(
    pane.x + pane.width * (leftOfMiddle ? 0.8 : 0.2),
    pane.y + pane.height * (aboveMiddle ? 0.75 : 0.25),
  );
  for (let step = 0; step < 5; step++) await page.mouse.wheel(0, -100);
  const zoomedIn = await viewAtRest(page, fitted);
  await expect.poll(keptIds).not.toBe(keptBefore);
  await expect(layer).toBeVisible();
  expect(await focusedCard()).toBe(id);
  await expect
    .poll(() => namesIn(list.getByRole('button')))
    .toEqual(expected.map((r) => r.name).sort());

  // Tab enters the list; Enter on a relationship goes to the node at its other end, at the same
  // zoom, still drawn on the canvas: selected, in the inspector, and its card has the keyboard.
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button').first()).toBeFocused();
  const first = await list.getByRole('button').first().textContent();
  const other = expected.find((r) => r.name === first)!.other;
  await page.keyboard.press('Enter');
  await expect.poll(focusedCard).toBe(other);
  const nameField = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: /^(Title|Name)$/ });
  await expect(nameField).toHaveValue(nameOf(other));
  const zoomOf = (transform: string) => Number(transform.match(/scale\(([\d.]+)\)/)![1]);
  expect(zoomOf(await viewAtRest(page))).toBeCloseTo(zoomOf(zoomedIn), 5);
  await expect(layer).toBeVisible();
  const next = canvas.getByRole('list', { name: `Relationships of ${nameOf(other)}` });
  await expect
    .poll(() => namesIn(next.getByRole('button')))
    .toEqual(
      relationshipsOf(other)
        .map((r) => r.name)
        .sort(),
    );
});

test('zooming in from Fit view, the drawn map stays until the zoom rests, then the cards come back', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(120_000);
  await importGeneratedStrategy(page, testInfo.outputPath('large.json'), SIZE);
  const canvas = canvasOf(page);
  const cards = canvas.locator('.react-flow__node');
  const layer = canvas.locator('.canvas-layer');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  const opening = await viewAtRest(page);
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  await viewAtRest(page, opening);
  await expect(layer).toBeVisible();

  // Wheel steps well past the cards' zoom, in one go.
  // Some frames on, still short of the zoom's rest (a timer started by the last step).
  await wheelOverPane(page, 10, -300, 100);
  const midZoom = await page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    return {
      zoom: Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)![1]),
      drawn: !document.querySelector<HTMLCanvasElement>('.canvas-layer')!.hidden,
      cards: document.querySelectorAll('.react-flow__node').length,
    };
  });
  expect(midZoom.zoom).toBeGreaterThan(0.6);
  expect(midZoom.drawn).toBe(true);
  expect(midZoom.cards).toBeLessThanOrEqual(100);

  // At rest, the cards in view are in the page and the drawing is gone.
  await expect(layer).toBeHidden();
  await expect(cards.first()).toBeVisible();
  await expect.poll(() => cards.count()).toBeGreaterThan(3);
  await expect(canvas.locator('.canvas-drawn')).toHaveCount(0);
});
