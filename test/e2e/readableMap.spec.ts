import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { expect, openLibrary, screenshot, test } from './fixtures';

const facts = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, '..', '..', 'assets', 'seoul-2018-facts.json'),
    'utf8',
  ),
) as SeoulFacts;
/** The sample's size, as the library lists it. */
const NODES = 156;
/**
 * The sample's goals (vision, directions, tasks, sub-tasks, and the 2012 draft's choice of
 * partners): its first view shows these alone.
 */
const GOALS =
  1 +
  facts.masterPlan.directions.length +
  facts.strategyTasks.length +
  facts.seoulPyongyangTasks.length +
  1;

async function openSample(page: Page, query = '?lang=en') {
  await openLibrary(page, query);
  // The sample is the library's only strategy; its row is named in the UI language.
  await page
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^(Open|열기)$/ })
    .click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

const canvasOf = (page: Page) =>
  page.getByRole('region', { name: /^(Strategy canvas|전략 캔버스)$/ });
const toolsOf = (page: Page) =>
  page.getByRole('group', { name: /^(Focus, filters and views|포커스, 필터와 보기)$/ });
const cards = (page: Page) => canvasOf(page).locator('.react-flow__node');

/** The viewport's translation and zoom, as React Flow applies them. */
async function transformOf(page: Page): Promise<number[]> {
  const transform = await canvasOf(page)
    .locator('.react-flow__viewport')
    .evaluate((element) => (element as HTMLElement).style.transform);
  return transform.match(/-?[\d.]+/g)!.map(Number);
}

/** The size a text is drawn at on screen: its font size times the canvas's zoom. */
function drawnFontSize(text: Locator): Promise<number> {
  return text.evaluate((element) => {
    const html = element as HTMLElement;
    const scale = html.getBoundingClientRect().width / html.offsetWidth;
    return parseFloat(getComputedStyle(html).fontSize) * scale;
  });
}

test('focus on a partner city shows it and its neighbours, at the chosen depth', async ({
  workbench: { page },
}) => {
  await openSample(page);
  const tools = toolsOf(page);
  // The sample opens on its goal tree: partner cities are hidden until a view or focus shows them.
  await expect(tools.getByRole('status')).toHaveText(`Showing ${GOALS} of ${NODES} nodes`);
  await expect(tools.getByRole('button', { name: 'Focus' })).toBeDisabled();

  await page.getByRole('textbox', { name: 'Search' }).fill('Ulaanbaatar');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  // Its relationships as the inspector lists them: the direction it serves and the projects in it.
  const listed = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('region', { name: 'Relationships' })
    .getByRole('listitem');
  const inCity = facts.exportProjects.filter((p) => p.city?.toLowerCase() === 'ulaanbaatar');
  // At least the direction it serves and the projects in it.
  await expect.poll(() => listed.count()).toBeGreaterThanOrEqual(1 + inCity.length);
  const relationships = { length: await listed.count() };
  await tools.getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  await tools.getByRole('button', { name: 'Focus' }).click();
  await expect(cards(page)).toHaveCount(relationships.length + 1);
  await expect(tools.getByRole('status')).toHaveText(
    `Showing ${relationships.length + 1} of ${NODES} nodes`,
  );
  await expect(cards(page).filter({ hasText: 'Ulaanbaatar' })).toBeInViewport();
  await screenshot(page, 'focus-ulaanbaatar');

  // A deeper focus shows more; Escape leaves it.
  await tools.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await expect.poll(async () => cards(page).count()).toBeGreaterThan(relationships.length + 1);
  await canvasOf(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Escape');
  await expect(tools.getByRole('button', { name: 'Clear focus' })).toHaveCount(0);
  await expect(tools.getByRole('status')).toHaveText(`Showing ${NODES} of ${NODES} nodes`);
});

test('filters: projects at the award stage only, remembered with the strategy', async ({
  workbench,
}) => {
  let page = workbench.page;
  await openSample(page);
  const awarded = facts.exportProjects.filter((p) => p.stage === 'award').length;
  expect(awarded).toBe(13);
  const tools = toolsOf(page);
  await tools.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('region', { name: 'Filters' });
  const kinds = filters.getByRole('group', { name: 'Node kinds' });
  await kinds.getByRole('button', { name: 'Hide all: Node kinds' }).click();
  await kinds.getByRole('checkbox', { name: 'Project' }).check();
  const stages = filters.getByRole('group', { name: 'Project stage' });
  await stages.getByRole('button', { name: 'Hide all: Project stage' }).click();
  await stages.getByRole('checkbox', { name: 'Award' }).check();
  await expect(tools.getByRole('status')).toHaveText(`Showing ${awarded} of ${NODES} nodes`);
  await canvasOf(page).getByRole('button', { name: 'Fit view' }).click();
  await expect(cards(page)).toHaveCount(awarded);
  const titles = facts.exportProjects.filter((p) => p.stage === 'award').map((p) => p.description);
  expect((await cards(page).locator('.node-name').allTextContents()).sort()).toEqual(titles.sort());
  await expect(canvasOf(page).locator('.react-flow__edge')).toHaveCount(0);
  await screenshot(page, 'filter-awarded-projects');

  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  page = await workbench.relaunch();
  await openSample(page);
  await expect(toolsOf(page).getByRole('status')).toHaveText(
    `Showing ${awarded} of ${NODES} nodes`,
  );
});

test('a saved view brings back its viewport, focus and filters after a reload', async ({
  workbench: { page },
}) => {
  await openSample(page);
  const tools = toolsOf(page);
  await page.getByRole('textbox', { name: 'Search' }).fill('Ulaanbaatar');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await tools.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await tools.getByRole('button', { name: 'Focus' }).click();
  await tools.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('group', { name: 'Node kinds' })
    .getByRole('checkbox', { name: 'Network' })
    .uncheck();
  const status = await tools.getByRole('status').textContent();
  await canvasOf(page).getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  const saved = await transformOf(page);

  await tools.getByRole('button', { name: 'Views' }).click();
  await page
    .getByRole('region', { name: 'Views' })
    .getByRole('button', { name: 'Save view' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByRole('textbox', { name: 'View name' }).fill('Mongolia, two steps');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const views = page.getByRole('list', { name: 'Views' });
  await expect(views.getByRole('listitem', { name: 'Mongolia, two steps' })).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('All changes saved');

  await page.reload();
  await expect(cards(page).first()).toBeVisible();
  // Leave the saved state behind: everything shown, no focus, the whole strategy in view.
  await tools.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: 'Show everything' })
    .click();
  await canvasOf(page).getByRole('button', { name: 'Fit view' }).click();
  await expect(tools.getByRole('status')).toHaveText(`Showing ${NODES} of ${NODES} nodes`);

  await tools.getByRole('button', { name: 'Views' }).click();
  await views
    .getByRole('listitem', { name: 'Mongolia, two steps' })
    .getByRole('button', { name: 'Mongolia, two steps' })
    .click();
  await expect(tools.getByRole('status')).toHaveText(status!);
  await expect(tools.getByRole('button', { name: 'Clear focus' })).toBeVisible();
  await expect(tools.getByRole('combobox', { name: 'Focus depth' })).toHaveValue('2');
  await expect
    .poll(async () => {
      const now = await transformOf(page);
      return Math.max(...now.map((value, i) => Math.abs(value - saved[i]!)));
    })
    .toBeLessThan(1);
  await screenshot(page, 'saved-view-restored');
});

const FIRST_VIEWS = [
  [1366, 768, 'en'],
  [1366, 768, 'ko'],
  [1920, 1080, 'ko'],
] as const;

for (const [width, height, language] of FIRST_VIEWS)
  test(`the sample opens on its goal tree, readable at ${width}×${height} (${language})`, async ({
    workbench: { page },
  }) => {
    await page.setViewportSize({ width, height });
    await openSample(page, `?lang=${language}`);
    const plan = facts.masterPlan;
    const titles =
      language === 'ko'
        ? [plan.visionKo, ...plan.directions.map((d) => d.nameKo)]
        : [plan.vision, ...plan.directions.map((d) => d.name)];
    expect(titles).toHaveLength(5);
    for (const title of titles) {
      const text = canvasOf(page).locator('.node-name').getByText(title, { exact: true });
      await expect(text).toBeInViewport({ ratio: 1 });
      expect(await drawnFontSize(text)).toBeGreaterThanOrEqual(12);
    }
    // Only the goal tree: no sheaf of lines from partner cities and projects below it.
    await expect(canvasOf(page).locator('.react-flow__node')).toHaveCount(GOALS);
    await expect(canvasOf(page).locator('.react-flow__node-partnerCity')).toHaveCount(0);
    await screenshot(page, `first-view-${width}x${height}-${language}`);

    // The rest is one click away, in the saved views shipped with the sample.
    await toolsOf(page)
      .getByRole('button', { name: /^(Views|저장된 보기)$/ })
      .click();
    const views = page.getByRole('list', { name: /^(Views|저장된 보기)$/ });
    const names =
      language === 'ko'
        ? ['목표 체계', '지역별 교류도시', '단계별 정책수출 사업', '울란바토르']
        : ['Goal tree', 'Partner cities by region', 'Export pipeline by stage', 'Ulaanbaatar'];
    await expect(views.getByRole('listitem')).toHaveCount(names.length);
    await views.getByRole('button', { name: names[1], exact: true }).click();
    await expect(canvasOf(page).locator('.react-flow__node-partnerCity').first()).toBeVisible();
    await expect(canvasOf(page).locator('.react-flow__node-goal')).toHaveCount(0);
  });
