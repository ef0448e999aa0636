import type { Page } from '@playwright/test';
import {
  expect,
  newStrategy,
  openLibrary,
  openSample,
  screenshot,
  test,
  viewAtRest,
} from './fixtures';

function canvasNode(page: Page, text: string) {
  return page
    .getByRole('region', { name: 'Strategy canvas' })
    .locator('.react-flow__node', { hasText: text });
}

/** The box of an element once the view has stopped moving (Fit view animates). */
async function settledBox(locator: ReturnType<Page['locator']>) {
  await viewAtRest(locator.page());
  return locator.boundingBox();
}

/** Drags from one node's connection handle to another's, as a user connects two nodes. */
async function connect(page: Page, from: string, to: string) {
  const source = await settledBox(canvasNode(page, from).locator('.react-flow__handle.source'));
  const target = await settledBox(canvasNode(page, to).locator('.react-flow__handle.target'));
  if (!source || !target) throw new Error('handles not visible');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('a partner city added, connected to a goal and edited is all there after a restart', async ({
  workbench,
}) => {
  let page = workbench.page;
  await newStrategy(page, 'Hanoi cooperation');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('combobox', { name: 'Name', exact: true }).fill('Hanoi');
  await inspector.getByRole('combobox', { name: 'Korean name' }).fill('하노이');
  await inspector.getByRole('combobox', { name: 'Country' }).fill('vietnam');
  await inspector.getByRole('combobox', { name: 'Relation' }).selectOption('Sister city');
  await inspector.getByRole('textbox', { name: 'Since' }).fill('19x6');
  await expect(inspector.getByRole('alert')).toHaveText('Enter a year between 1800 and 2100.');
  await inspector.getByRole('textbox', { name: 'Since' }).fill('1996');
  await expect(inspector.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Fit view' }).click();
  await connect(page, 'Hanoi', 'Untitled goal');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await screenshot(page, 'editor-new-strategy');

  page = await workbench.relaunch();
  await openLibrary(page);
  await page
    .getByRole('listitem', { name: 'Hanoi cooperation' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(canvasNode(page, 'Hanoi')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await canvasNode(page, 'Hanoi').click();
  const reopened = page.getByRole('region', { name: 'Inspector' });
  await expect(reopened.getByRole('combobox', { name: 'Korean name' })).toHaveValue('하노이');
  await expect(reopened.getByRole('combobox', { name: 'Relation' })).toHaveValue('sister');
  await expect(reopened.getByRole('textbox', { name: 'Since' })).toHaveValue('1996');
  // The country is kept as its code and shown by its name.
  await expect(reopened.getByRole('combobox', { name: 'Country' })).toHaveValue('Vietnam');
});

test('a line let go on the middle of a card joins the two cards', async ({
  workbench: { page },
}) => {
  await newStrategy(page, 'Drop on a card');
  await page.getByRole('button', { name: 'Add goal' }).click();
  // Nothing selected, so the city is not joined to the goal as it is added.
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.getByRole('button', { name: 'Add partner city' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  const source = await settledBox(
    canvasNode(page, 'Untitled partner city').locator('.react-flow__handle.source'),
  );
  const goal = await settledBox(canvasNode(page, 'Untitled goal'));
  if (!source || !goal) throw new Error('cards not visible');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(goal.x + goal.width / 2, goal.y + goal.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await canvasNode(page, 'Untitled partner city').click();
  await expect(
    page
      .getByRole('region', { name: 'Inspector' })
      .getByRole('button', { name: 'Remove relationship: serves goal — Untitled goal' }),
  ).toBeVisible();
});

test('undo and redo cover adding, moving and deleting, by button and keyboard', async ({
  workbench: { page },
}) => {
  await newStrategy(page, 'Undo walk');
  await page.getByRole('button', { name: 'Add network' }).click();
  const network = canvasNode(page, 'Untitled network');
  await expect(network).toBeVisible();

  const before = await settledBox(network);
  await page.mouse.move(before!.x + 100, before!.y + 40);
  await page.mouse.down();
  await page.mouse.move(before!.x + 250, before!.y + 160, { steps: 10 });
  await page.mouse.up();
  const moved = await network.boundingBox();
  expect(moved!.x - before!.x).toBeGreaterThan(100);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await network.boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await network.boundingBox())!.x).toBeCloseTo(moved!.x, 0);

  await network.click();
  await page.keyboard.press('Delete');
  await expect(network).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(network).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(network).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(network).toHaveCount(0);
  // The first step was the strategy's title, typed as it was made.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue('Undo walk');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Strategy canvas' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('search finds a sample node by Korean name and centres on it', async ({
  workbench: { page },
}) => {
  await openSample(page);
  await page.getByRole('textbox', { name: 'Search' }).fill('울란바토르');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /Ulaanbaatar/ })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue(
    'Ulaanbaatar',
  );
  await expect(canvasNode(page, 'Ulaanbaatar').first()).toBeInViewport();
});

test('a dragged selection carries its edges along, undoes in one step and stays after a restart', async ({
  workbench,
}) => {
  let page = workbench.page;
  await newStrategy(page, 'Drag walk');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('button', { name: 'Add partner city' }).click();
  await page.getByRole('button', { name: 'Add network' }).click();
  await page.getByRole('button', { name: 'Fit view' }).click();
  // Each node added next to the selected one is joined to it: city to goal, city to network.
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  const edgePath = page.locator('.react-flow__edge-path.edge-servesGoal');
  const pathBefore = await edgePath.getAttribute('d');

  const city = canvasNode(page, 'Untitled partner city');
  const network = canvasNode(page, 'Untitled network');
  await city.click();
  await network.click({ modifiers: ['Control'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  const cityBefore = (await settledBox(city))!;
  const networkBefore = (await settledBox(network))!;

  await page.mouse.move(cityBefore.x + 60, cityBefore.y + 40);
  await page.mouse.down();
  await page.mouse.move(cityBefore.x + 160, cityBefore.y + 140, { steps: 8 });
  // Mid-drag, the edge already follows the node.
  await expect.poll(() => edgePath.getAttribute('d')).not.toBe(pathBefore);
  await page.mouse.move(cityBefore.x + 180, cityBefore.y + 160, { steps: 4 });
  await page.mouse.up();
  const cityAfter = (await city.boundingBox())!;
  const networkAfter = (await network.boundingBox())!;
  expect(cityAfter.x - cityBefore.x).toBeGreaterThan(60);
  expect(networkAfter.x - networkBefore.x).toBeCloseTo(cityAfter.x - cityBefore.x, 0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await city.boundingBox())!.x).toBeCloseTo(cityBefore.x, 0);
  await expect.poll(async () => (await network.boundingBox())!.x).toBeCloseTo(networkBefore.x, 0);
  await expect(edgePath).toHaveAttribute('d', pathBefore!);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(async () => (await city.boundingBox())!.x).toBeCloseTo(cityAfter.x, 0);
  const pathMoved = await edgePath.getAttribute('d');
  await expect(page.getByText('All changes saved')).toBeVisible();

  page = await workbench.relaunch();
  await openLibrary(page);
  await page
    .getByRole('listitem', { name: 'Drag walk' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(page.locator('.react-flow__edge-path.edge-servesGoal')).toHaveAttribute(
    'd',
    pathMoved!,
  );
});

test('a card with the keyboard that the view leaves behind hands the keyboard to the canvas', async ({
  workbench: { page },
}) => {
  await openSample(page);
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  const card = canvas.locator('.react-flow__node').first();
  await expect(card).toBeInViewport();
  const id = (await card.getAttribute('data-id'))!;
  await canvas.locator(`.react-flow__node[data-id="${id}"]`).focus();

  // The wheel zooms in at the middle of the view's far side from the card (clear of the overview
  // map in its corner), and the card leaves the page.
  const pane = (await canvas.locator('.react-flow__pane').boundingBox())!;
  const box = (await card.boundingBox())!;
  const nearLeft = box.x + box.width / 2 < pane.x + pane.width / 2;
  await page.mouse.move(
    nearLeft ? pane.x + pane.width - 20 : pane.x + 20,
    pane.y + pane.height / 2,
  );
  for (let step = 0; step < 12; step++) await page.mouse.wheel(0, -400);
  await expect(canvas.locator(`.react-flow__node[data-id="${id}"]`)).toHaveCount(0);
  const flow = page.getByRole('application', { name: 'Strategy canvas' });
  await expect(flow).toBeFocused();

  // Tab goes on from the canvas, to what is in its view, not from the top of the page.
  await page.keyboard.press('Tab');
  const focused = canvas.locator(':focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeInViewport();
});

test('another node opens in the inspector at its name, not where the last was scrolled to', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newStrategy(page, 'Scrolled inspector');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const name = inspector.getByRole('combobox', { name: 'Name', exact: true });
  for (const city of ['Hanoi', 'Hue']) {
    await page.getByRole('button', { name: 'Add partner city' }).click();
    await name.fill(city);
    await name.press('Enter');
  }
  // Read down to one partner city's last section: the other is as long.
  await inspector.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(name).not.toBeInViewport();

  await canvasNode(page, 'Hanoi').click();
  await expect(name).toHaveValue('Hanoi');
  await expect(name).toBeInViewport();
  expect(await inspector.evaluate((element) => element.scrollTop)).toBe(0);
});
