import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import {
  downloads,
  expect,
  nodesInPage,
  openSampleCards,
  pixelsThroughEdgeNames,
  SAMPLE_TITLE,
  screenshot,
  strategyRow,
  test,
  viewAtRest,
} from './fixtures';

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

/** Finds a node by name with the toolbar's search and selects the first result. */
async function findAndSelect(page: Page, name: string, ko = false): Promise<void> {
  await page.getByRole('textbox', { name: ko ? '검색' : 'Search' }).fill(name);
  await page
    .getByRole('list', { name: ko ? '검색 결과' : 'Search results' })
    .getByRole('button')
    .first()
    .click();
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
  await openSampleCards(page);
  const tools = toolsOf(page);
  // The sample opens on its goal tree: partner cities are hidden until a view or focus shows them.
  await expect(tools.getByRole('status')).toHaveText(`Showing ${GOALS} of ${NODES} nodes`);
  await expect(tools.getByRole('button', { name: 'Focus' })).toBeDisabled();

  await findAndSelect(page, 'Ulaanbaatar');
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
  await openSampleCards(page);
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
  // The overview map shows what the filters let through, and nothing else.
  await expect.poll(() => overviewKinds(page)).toEqual(['project']);
  const titles = facts.exportProjects.filter((p) => p.stage === 'award').map((p) => p.description);
  expect((await cards(page).locator('.node-name').allTextContents()).sort()).toEqual(titles.sort());
  await expect(canvasOf(page).locator('.react-flow__edge')).toHaveCount(0);
  await screenshot(page, 'filter-awarded-projects');

  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  page = await workbench.relaunch();
  await openSampleCards(page);
  await expect(toolsOf(page).getByRole('status')).toHaveText(
    `Showing ${awarded} of ${NODES} nodes`,
  );
});

test('cards added on a filtered map stay in sight, clear of the map tools', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleCards(page);
  const tools = toolsOf(page);
  // The sample opens on its goal tree, whose filter hides partner cities and networks.
  await expect(tools.getByRole('status')).toHaveText(`Showing ${GOALS} of ${NODES} nodes`);
  const sidebar = page.getByRole('navigation');
  for (const kind of ['Add partner city', 'Add network', 'Add actor']) {
    await sidebar.getByRole('button', { name: kind }).click();
    // The name field has the keyboard; a partner city's suggests cities as it is typed.
    await page.keyboard.type(`Qx ${kind.slice(4)}`);
    await page.keyboard.press('Tab');
  }
  await expect(tools.getByRole('status')).toHaveText(`Showing ${GOALS + 3} of ${NODES + 3} nodes`);
  for (const name of ['partner city', 'network', 'actor']) {
    const card = cards(page).filter({ hasText: `Qx ${name}` });
    await expect(card).toBeInViewport({ ratio: 1 });
    // What a press at the card's middle reaches is the card, not a tool over it.
    const box = (await card.boundingBox())!;
    const reached = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.react-flow__node') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(reached, name).toBe(true);
  }
  // Filtered again, the map shows what the filter lets through.
  await tools.getByRole('button', { name: 'Filters' }).click();
  const kinds = page.getByRole('region', { name: 'Filters' }).getByRole('group', {
    name: 'Node kinds',
  });
  await kinds.getByRole('checkbox', { name: 'Actor' }).check();
  await kinds.getByRole('checkbox', { name: 'Actor' }).uncheck();
  await expect(tools.getByRole('status')).toHaveText(`Showing ${GOALS} of ${NODES + 3} nodes`);
});

test('a saved view brings back its viewport, focus and filters after a reload', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  const tools = toolsOf(page);
  await findAndSelect(page, 'Ulaanbaatar');
  await tools.getByRole('combobox', { name: 'Focus depth' }).selectOption('2');
  await tools.getByRole('button', { name: 'Focus' }).click();
  await tools.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('group', { name: 'Node kinds' })
    .getByRole('checkbox', { name: 'Network' })
    .uncheck();
  const status = await tools.getByRole('status').textContent();
  const focused = await viewAtRest(page);
  await canvasOf(page).getByRole('button', { name: 'Zoom in' }).click();
  await viewAtRest(page, focused);
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
  // Each view's name is read whole in the list, beside its tools.
  const names = page.locator('.saved-views .saved-view-name');
  await expect(names.first()).toBeVisible();
  for (const name of await names.all())
    expect(await name.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
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
    await openSampleCards(page, language);
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
    // The strategy's title reads whole in the toolbar, and the search beside it on one row.
    const strategyTitle = page.getByRole('textbox', { name: /^(Strategy title|전략 제목)$/ });
    expect(await strategyTitle.evaluate((field) => field.scrollWidth - field.clientWidth)).toBe(0);
    const search = page.getByRole('textbox', { name: /^(Search|검색)$/ });
    expect(
      Math.abs((await search.boundingBox())!.y - (await strategyTitle.boundingBox())!.y),
    ).toBeLessThan(4);
    // Only the goal tree: no sheaf of lines from partner cities and projects below it.
    await expect(canvasOf(page).locator('.react-flow__node')).toHaveCount(GOALS);
    await expect(canvasOf(page).locator('.react-flow__node-partnerCity')).toHaveCount(0);
    // Every relationship's name reads whole: none under a card or on another name.
    await expect(canvasOf(page).locator('.react-flow.reading-zoom')).toHaveCount(1);
    await expect
      .poll(() =>
        canvasOf(page)
          .locator('.edge-name')
          .evaluateAll((names) => names.filter((n) => n.getBoundingClientRect().width > 0).length),
      )
      .toBeGreaterThanOrEqual(10);
    await expect.poll(() => coveredEdgeNames(page)).toEqual([]);
    // Nor does a relationship's line show through one, its own between two words or another's.
    await expect.poll(() => linesThroughEdgeNames(page)).toEqual([]);
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
    // Each region is named once, beside its first row, in sight.
    const headings = canvasOf(page).locator('.row-heading');
    await expect(headings).toHaveText(
      language === 'ko'
        ? [
            '동아시아',
            '동남아시아',
            '중앙아시아',
            '중동',
            '유럽',
            '아프리카',
            '북미',
            '중남미',
            '오세아니아',
          ]
        : [
            'East Asia',
            'Southeast Asia',
            'Central Asia',
            'Middle East',
            'Europe',
            'Africa',
            'North America',
            'Latin America',
            'Oceania',
          ],
    );
    // The top row's first card, as laid out (the page holds cards in another order).
    const firstCity = () =>
      canvasOf(page)
        .locator('.react-flow__node-partnerCity')
        .evaluateAll(
          (cards) =>
            cards
              .map((card) => card.getBoundingClientRect())
              .sort((a, b) => a.y - b.y || a.x - b.x)
              .map(({ x, y, width, height }) => ({ x, y, width, height }))[0],
        );
    await expect
      .poll(async () => {
        const [heading, city, pane] = await Promise.all([
          headings.first().boundingBox(),
          firstCity(),
          canvasOf(page).boundingBox(),
        ]);
        return (
          inside(heading!, pane!) &&
          heading!.x + heading!.width <= city!.x &&
          Math.abs(heading!.y - city!.y) < city!.height
        );
      })
      .toBe(true);
  });

/** The edge names drawn in view that a card or another name covers, with what covers them. */
function coveredEdgeNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const cards = [...document.querySelectorAll('.react-flow__node')].map((card) => ({
      box: card.getBoundingClientRect(),
      what: card.querySelector('.node-name')?.textContent ?? 'a card',
    }));
    const names = [...document.querySelectorAll('.edge-name')]
      .map((name) => ({ box: name.getBoundingClientRect(), what: name.textContent ?? '' }))
      .filter(({ box }) => box.width > 0 && box.right > 0 && box.left < innerWidth);
    return names.flatMap(({ box, what }, i) =>
      [...cards, ...names.filter((_, j) => j !== i)]
        .filter((other) => overlap(box, other.box))
        .map(
          (other) => `"${what}" at ${Math.round(box.x)},${Math.round(box.y)} under "${other.what}"`,
        ),
    );
  });
}

/**
 * The edge names in view with a relationship's line drawn through the middle of their text, as
 * the screen shows them: the pixels of a line's colour (the goal tree's are brown; a line's
 * edge half hidden by the halo is paler) in a band through the name, where its halo should have
 * put white between the letters and the words.
 */
async function linesThroughEdgeNames(page: Page): Promise<string[]> {
  const isLine = (pixels: number[], i: number) =>
    pixels[i]! - pixels[i + 2]! > 70 && pixels[i]! - pixels[i + 1]! > 50;
  return (await pixelsThroughEdgeNames(page))
    .filter(({ pixels }) => pixels.some((_, i) => i % 4 === 0 && isLine(pixels, i)))
    .map(({ name, x, y }) => `"${name}" at ${x},${y}`);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** The kinds' colours, as the overview map draws them (see KIND_COLOURS). */
const KIND_STROKES = {
  goal: [0xd9, 0x77, 0x06],
  partnerCity: [0x25, 0x63, 0xeb],
  network: [0x7c, 0x3a, 0xed],
  actor: [0x47, 0x55, 0x69],
  project: [0x05, 0x96, 0x69],
};

/** The node kinds the overview map shows, read from the colours on its picture. */
function overviewKinds(page: Page): Promise<string[]> {
  return canvasOf(page)
    .getByRole('img', { name: /^(Overview map|전체 지도)$/ })
    .locator('canvas')
    .first()
    .evaluate((layer, strokes) => {
      const canvas = layer as HTMLCanvasElement;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 128) continue;
        for (const [kind, [r, g, b]] of Object.entries(strokes))
          if (
            Math.abs(data[i]! - r!) <= 2 &&
            Math.abs(data[i + 1]! - g!) <= 2 &&
            Math.abs(data[i + 2]! - b!) <= 2
          )
            seen.add(kind);
      }
      return [...seen].sort();
    }, KIND_STROKES);
}

/**
 * Every shown card is drawn, inside the canvas, clear of its controls and of the overview map
 * in its corner; and the set is as large as the canvas allows (it spans most of the canvas
 * one way, or is at 100 %).
 */
async function expectFocusFitted(page: Page) {
  const status = await toolsOf(page).getByRole('status').textContent();
  // "Showing 6 of 156 nodes", "노드 156개 중 6개 표시": the count shown is the smaller one.
  const shown = Math.min(...status!.match(/\d+/g)!.map(Number));
  await expect(cards(page)).toHaveCount(shown);
  const canvas = (await canvasOf(page).boundingBox())!;
  const blockers = [
    (await canvasOf(page)
      .getByRole('img', { name: /^(Overview map|전체 지도)$/ })
      .boundingBox())!,
    (await canvasOf(page).locator('.view-controls').boundingBox())!,
    (await toolsOf(page).boundingBox())!,
  ];
  const boxes = await cards(page).evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  for (const box of boxes) {
    expect(inside(box, canvas)).toBe(true);
    for (const blocker of blockers) expect(overlapping(box, blocker)).toBe(false);
  }
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const [, , zoom] = await transformOf(page);
  expect(
    zoom === 1 || right - left >= canvas.width * 0.6 || bottom - top >= canvas.height * 0.5,
  ).toBe(true);
}

const FOCUS_SCREENS = [
  [1366, 768, 'en', 'Ulaanbaatar'],
  [1920, 1080, 'ko', '울란바토르'],
] as const;

for (const [width, height, language, city] of FOCUS_SCREENS)
  test(`a focus fits its cards in the free part of the canvas, and the overview map follows it (${width}×${height}, ${language})`, async ({
    workbench: { page },
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await openSampleCards(page, language);
    const tools = toolsOf(page);
    const ko = language === 'ko';
    // The sample opens on its goal tree: the overview map shows goals alone.
    await expect.poll(() => overviewKinds(page)).toEqual(['goal']);
    const places = async () => (await nodesInPage(page)).map((node) => [node.id, node.position]);
    const placesBefore = await places();
    await findAndSelect(page, city, ko);
    for (const depth of ['1', '2', '3']) {
      await tools
        .getByRole('combobox', { name: ko ? '포커스 깊이' : 'Focus depth' })
        .selectOption(depth);
      if (depth === '1')
        await tools.getByRole('button', { name: ko ? '포커스' : 'Focus', exact: true }).click();
      await expect(
        tools.getByRole('button', { name: ko ? '포커스 해제' : 'Clear focus' }),
      ).toBeVisible();
      await expect(() => expectFocusFitted(page)).toPass();
      await screenshot(page, `focus-fitted-${depth}-${width}x${height}-${language}`);
      if (depth === '1') {
        // Its direction lies far above it and its projects far below: they are gathered round
        // it, close enough to be read, and the map says so.
        const [, , zoom] = await transformOf(page);
        expect(zoom).toBeGreaterThanOrEqual(0.75);
        await expect(
          canvasOf(page).getByText(
            ko ? '포커스한 카드 주위에 모아' : 'Gathered round the focused card',
          ),
        ).toBeVisible();
      }
      // What the focus leaves out is left out of the overview map too.
      if (depth === '1')
        await expect.poll(() => overviewKinds(page)).toEqual(['goal', 'partnerCity', 'project']);
      // And out of the exported picture.
      if (depth === '1' && !ko) {
        const images = await downloads(page, 'Export image', 2);
        const svg = images.find((image) => image.suggestedFilename().endsWith('.svg'))!;
        const drawn = readFileSync((await svg.path())!, 'utf8');
        expect(drawn).toContain('Ulaanbaatar');
        expect(drawn).not.toContain('Taipei');
        expect(drawn).not.toContain(facts.masterPlan.vision);
      }
    }

    // A goal's focus too: a direction and what serves it and its tasks.
    const direction = ko
      ? facts.masterPlan.directions[1]!.nameKo
      : facts.masterPlan.directions[1]!.name;
    await findAndSelect(page, direction, ko);
    await tools
      .getByRole('combobox', { name: ko ? '포커스 깊이' : 'Focus depth' })
      .selectOption('1');
    await tools.getByRole('button', { name: ko ? '포커스' : 'Focus', exact: true }).click();
    await expect(() => expectFocusFitted(page)).toPass();
    // Its tasks and the cities and projects serving it, gathered round it: still readable.
    const [, , directionZoom] = await transformOf(page);
    expect(directionZoom).toBeGreaterThanOrEqual(0.55);
    await screenshot(page, `focus-fitted-direction-${width}x${height}-${language}`);
    // Gathering moved nothing in the strategy itself.
    await tools.getByRole('button', { name: ko ? '포커스 해제' : 'Clear focus' }).click();
    expect(await places()).toEqual(placesBefore);
  });

for (const language of ['en', 'ko'] as const)
  test(`a partner city's card keeps its kind on one line and shows its tie and year whole (${language})`, async ({
    workbench: { page },
  }) => {
    const ko = language === 'ko';
    await openSampleCards(page, language);
    const tools = toolsOf(page);
    await tools.getByRole('button', { name: ko ? '필터' : 'Filters' }).click();
    await page
      .getByRole('region', { name: ko ? '필터' : 'Filters' })
      .getByRole('button', { name: ko ? '전부 보기' : 'Show everything' })
      .click();
    // Found by name, it is selected and brought into view.
    await findAndSelect(page, ko ? '베오그라드' : 'Belgrade', ko);
    const card = canvasOf(page)
      .locator('.react-flow__node-partnerCity')
      .filter({ hasText: ko ? '베오그라드' : 'Belgrade' });
    const row = () =>
      card.evaluate((element) => {
        const kind = element.querySelector<HTMLElement>('.node-kind-name')!;
        const badge = element.querySelector<HTMLElement>('.node-badge')!;
        // One box per line the kind's name takes.
        const lines = document.createRange();
        lines.selectNodeContents(kind);
        return {
          kindLines: lines.getClientRects().length,
          badge: badge.textContent,
          badgeCut: badge.scrollWidth > badge.clientWidth,
        };
      });
    await expect.poll(row).toEqual({
      kindLines: 1,
      badge: ko ? '우호도시 · 2017' : 'Friendship · 2017',
      badgeCut: false,
    });
    await screenshot(page, `partner-city-card-${language}`);

    // A network's seat and a project's F/S stage are named short on the card, and whole.
    for (const [name, badge] of [
      [ko ? '세계대도시협의회' : 'Metropolis', ko ? '집행위원회' : 'Executive'],
      [
        ko ? '전자정부 적용 타당성조사' : 'Feasibility study for applying e-government',
        ko ? '타당성조사' : 'F/S',
      ],
    ] as const) {
      await findAndSelect(page, name, ko);
      const shown = canvasOf(page).locator('.react-flow__node.selected .node-badge');
      await expect
        .poll(() =>
          shown.evaluate((element) => [
            element.textContent,
            element.scrollWidth > element.clientWidth,
          ]),
        )
        .toEqual([badge, false]);
    }
  });

const REGIONS_SHOWN = [
  'East Asia',
  'Southeast Asia',
  'Central Asia',
  'Middle East',
  'Europe',
  'Africa',
  'North America',
  'Latin America',
  'Oceania',
];

test('a city added under another leaves "Partner cities by region" its region headings', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleCards(page);
  // With Ulaanbaatar selected, the new card goes under it, in the East Asia block.
  await findAndSelect(page, 'Ulaanbaatar');
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('combobox', { name: 'Name', exact: true }).fill('Hanoi');
  await inspector.getByRole('combobox', { name: 'Country' }).fill('vietnam');
  await toolsOf(page).getByRole('button', { name: 'Views' }).click();
  await page
    .getByRole('list', { name: 'Views' })
    .getByRole('button', { name: 'Partner cities by region', exact: true })
    .click();
  await expect(canvasOf(page).locator('.row-heading')).toHaveText(REGIONS_SHOWN);
  await screenshot(page, 'partner-cities-with-a-city-added');
});

test('a strategy left looking at a card its filters hide reopens on the cards they show', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleCards(page);
  await toolsOf(page).getByRole('button', { name: 'Views' }).click();
  await page
    .getByRole('list', { name: 'Views' })
    .getByRole('button', { name: 'Partner cities by region', exact: true })
    .click();
  const tools = toolsOf(page);
  const citiesShown = `Showing ${facts.partnerCities.length} of ${NODES} nodes`;
  await expect(tools.getByRole('status')).toHaveText(citiesShown);
  // A goal found by search is shown past the filter, and the view moves to it.
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('Use policy');
  await search.press('Enter');
  await expect(cards(page).filter({ hasText: 'Use policy' })).toBeInViewport();
  // Kept as where the canvas was left once the move ends.
  await viewAtRest(page);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await strategyRow(page, SAMPLE_TITLE.en).getByRole('button', { name: 'Open' }).click();
  // The goal is no longer selected, so no longer shown: the cities are, in view.
  await expect(tools.getByRole('status')).toHaveText(citiesShown);
  await expect(cards(page).first()).toBeInViewport();
  await expect(cards(page).filter({ hasText: 'Use policy' })).toHaveCount(0);
});

test('a focus on a city with one relationship shows both cards readable', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleCards(page);
  await findAndSelect(page, 'Hanoi');
  await canvasOf(page).locator('.react-flow__node.selected').focus();
  await page.keyboard.press('f');
  const tools = toolsOf(page);
  await expect(tools.getByRole('status')).toHaveText(`Showing 2 of ${NODES} nodes`);
  // Its direction sits at the top of the goal tree, far above it: gathered beside it instead.
  await expect(canvasOf(page).getByText('Gathered round the focused card')).toBeVisible();
  await expect(() => expectFocusFitted(page)).toPass();
  await expect.poll(async () => (await transformOf(page))[2]).toBeGreaterThanOrEqual(0.75);
  for (const name of await cards(page).locator('.node-name').all())
    expect(await drawnFontSize(name)).toBeGreaterThanOrEqual(9);
  await screenshot(page, 'focus-city-with-one-relationship');
});
