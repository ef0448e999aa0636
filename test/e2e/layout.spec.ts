import type { Page } from '@playwright/test';
import { overlaps } from '../../shared/layout/layoutByKind';
import {
  canvasZoom,
  expect,
  nodesInPage,
  openLibrary,
  screenshot,
  strategyRow,
  test,
  viewAtRest,
} from './fixtures';

/**
 * Opens the sample strategy from the library and waits for its canvas, with all of it shown:
 * the sample opens on its goal tree alone.
 */
async function openSample(page: Page) {
  await openLibrary(page);
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .getByRole('button', { name: 'Open' })
    .click();
  const tools = page.getByRole('group', { name: 'Focus, filters and views' });
  await tools.getByRole('button', { name: 'Filters' }).click();
  const showEverything = page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: 'Show everything' });
  if (await showEverything.isEnabled()) await showEverything.click();
  await tools.getByRole('button', { name: 'Filters' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** Where the canvas draws a node, in graph coordinates (React Flow's translate of the node). */
async function graphPosition(page: Page, text: string): Promise<string> {
  return (await page
    .getByRole('region', { name: 'Strategy canvas' })
    .locator('.react-flow__node', { hasText: text })
    .first()
    .evaluate((element) => (element as HTMLElement).style.transform)) as string;
}

test('auto layout arranges the sample in a worker, keeps it after a restart, and undoes', async ({
  workbench,
}) => {
  let page = workbench.page;
  await openSample(page);
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  // Hanoi: a partner city of the sample; after a layout by goal it sits beside the goal it serves.
  const before = await graphPosition(page, 'Hanoi');

  await expect(canvas.getByRole('combobox', { name: 'Layout style' })).toHaveValue('byGoal');
  await canvas.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(canvas.getByRole('button', { name: 'Auto layout' })).toBeEnabled();
  const after = await graphPosition(page, 'Hanoi');
  expect(after).not.toBe(before);
  await screenshot(page, 'auto-layout-by-goal-en');

  page = await workbench.relaunch();
  await openSample(page);
  expect(await graphPosition(page, 'Hanoi')).toBe(after);

  // Another style moves Hanoi again, and undo brings it back to the layout by goal.
  const reopened = page.getByRole('region', { name: 'Strategy canvas' });
  await reopened.getByRole('combobox', { name: 'Layout style' }).selectOption('Grouped by kind');
  await reopened.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(() => graphPosition(page, 'Hanoi')).not.toBe(after);
  await expect(reopened.getByRole('button', { name: 'Auto layout' })).toBeEnabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => graphPosition(page, 'Hanoi')).toBe(after);
});

test('pressing the overview map moves the view there, and the map follows the view', async ({
  workbench: { page },
}) => {
  await openSample(page);
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  const viewport = canvas.locator('.react-flow__viewport');
  const map = canvas.getByRole('img', { name: 'Overview map' });
  // From the whole strategy, so every corner of the map lands among nodes.
  await canvas.getByRole('button', { name: 'Fit view' }).click();
  await expect(canvas.locator('.react-flow__node', { hasText: 'Hanoi' }).first()).toBeInViewport();
  await viewAtRest(page);
  const outline = () =>
    map
      .locator('canvas')
      .last()
      .evaluate((layer) => (layer as HTMLCanvasElement).toDataURL());

  const viewBefore = await viewport.evaluate((element) => (element as HTMLElement).style.transform);
  const outlineBefore = await outline();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  await expect
    .poll(() => viewport.evaluate((element) => (element as HTMLElement).style.transform))
    .not.toBe(viewBefore);
  await expect.poll(outline).not.toBe(outlineBefore);

  // A selection shows on the upper layer; the nodes below are not redrawn for it.
  const nodesLayer = () =>
    map
      .locator('canvas')
      .first()
      .evaluate((layer) => (layer as HTMLCanvasElement).toDataURL());
  const nodesBefore = await nodesLayer();
  const upperBefore = await outline();
  // A card the view shows whole: the press moved others out past the canvas's edges.
  const area = (await canvas.boundingBox())!;
  const shown = await canvas.locator('.react-flow__node').evaluateAll(
    (cards, { x, y, width, height }) =>
      cards.findIndex((card) => {
        const box = card.getBoundingClientRect();
        return box.left >= x && box.top >= y && box.right <= x + width && box.bottom <= y + height;
      }),
    area,
  );
  expect(shown).toBeGreaterThanOrEqual(0);
  await canvas.locator('.react-flow__node').nth(shown).click();
  await expect.poll(outline).not.toBe(upperBefore);
  expect(await nodesLayer()).toBe(nodesBefore);
});

test('a strategy reopens where the canvas was last looking, even after a restart', async ({
  workbench,
}) => {
  let page = workbench.page;
  const transform = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((element) => (element as HTMLElement).style.transform);

  await openSample(page);
  const fitted = await transform();
  await page.getByRole('textbox', { name: 'Search' }).fill('Hanoi');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect.poll(transform).not.toBe(fitted);
  const found = await viewAtRest(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const settled = await viewAtRest(page, found);

  // Kept in the browser's database once the zoom has ended.
  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);
  const stored = () =>
    page.evaluate(
      (key) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('city-diplomacy-workbench');
          open.onsuccess = () => {
            const read = open.result.transaction('settings').objectStore('settings').get(key);
            read.onsuccess = () => {
              open.result.close();
              resolve(read.result?.value ?? null);
            };
          };
        }),
      `view:${id}`,
    );
  const [x, y, zoom] = settled.match(/[\d.-]+/g)!.map(Number);
  await expect
    .poll(async () => {
      const view = (await stored()) as { x: number; y: number; zoom: number } | null;
      return (
        !!view && [view.x - x!, view.y - y!, view.zoom - zoom!].every((d) => Math.abs(d) < 0.01)
      );
    })
    .toBe(true);

  page = await workbench.relaunch();
  await openSample(page);
  expect(await transform()).toBe(settled);
  await expect(page.locator('.react-flow__node', { hasText: 'Hanoi' }).first()).toBeInViewport();
});

const same = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x === b.x && a.y === b.y;

for (const language of ['en', 'ko'] as const)
  test(`on the sample's goal tree, auto layout arranges the goals shown and leaves the rest (${language})`, async ({
    workbench: { page },
  }) => {
    const ko = language === 'ko';
    await openLibrary(page, `?lang=${language}`);
    await page
      .getByRole('listitem')
      .filter({ hasText: /Seoul city diplomacy 2018|서울/ })
      .first()
      .getByRole('button', { name: ko ? '열기' : 'Open' })
      .click();
    const canvas = page.getByRole('region', { name: ko ? '전략 캔버스' : 'Strategy canvas' });
    await expect(canvas.locator('.react-flow__node').first()).toBeVisible();
    const before = await nodesInPage(page);
    const goals = before.filter((node) => node.kind === 'goal').map((node) => node.id);

    await canvas
      .getByRole('combobox', { name: ko ? '배치 방식' : 'Layout style' })
      .selectOption(ko ? '트리' : 'Tree');
    await canvas.getByRole('button', { name: ko ? '자동 배치' : 'Auto layout' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: ko ? '16개를 자동 배치' : 'arranged the 16 nodes the filters show' }),
    ).toBeVisible();
    await viewAtRest(page);
    await screenshot(page, `auto-layout-goal-tree-${language}`);
    // The tree of goals fills the view; laid out among the hidden nodes it was a strip of specks.
    expect(await canvasZoom(page)).toBeGreaterThan(0.2);
    for (const id of goals)
      await expect(canvas.locator(`.react-flow__node[data-id="${id}"]`)).toBeInViewport();

    const after = await nodesInPage(page);
    const was = new Map(before.map((node) => [node.id, node.position]));
    for (const node of after)
      if (!goals.includes(node.id)) expect(node.position, node.id).toEqual(was.get(node.id));
    expect(
      after.some((node) => goals.includes(node.id) && !same(node.position, was.get(node.id)!)),
    ).toBe(true);
    // Shown again, no card lies on another.
    for (let i = 0; i < after.length; i++)
      for (let j = i + 1; j < after.length; j++) {
        expect(
          overlaps(after[i]!.position, after[j]!.position),
          `${after[i]!.id} on ${after[j]!.id}`,
        ).toBe(false);
      }
  });
