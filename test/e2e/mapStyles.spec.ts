import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import {
  canvasZoom,
  expect,
  openSampleCards,
  pixelsThroughEdgeNames,
  screenshot,
  test,
  viewAtRest,
  wheelOverPane,
} from './fixtures';
import { ZOOM_REST_MS } from '../../shared/layout/levelOfDetail';

const NODE_KINDS = ['Goal', 'Partner city', 'Network', 'Actor', 'Project'];
const KINDS = [
  'servesGoal',
  'subgoalOf',
  'partnersWith',
  'memberOf',
  'fundedBy',
  'implementedBy',
  'locatedIn',
];
const RELATIONSHIPS = [
  'serves goal',
  'subgoal of',
  'partners with',
  'member of',
  'funded by',
  'implemented by',
  'located in / with',
];

const canvasOf = (page: Page) => page.locator('.react-flow');

/** Where the canvas draws a node, in graph coordinates. */
async function graphPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator(`.react-flow__node[data-id="${id}"]`)
    .evaluate((element) => (element as HTMLElement).style.transform);
  const [x, y] = transform.match(/-?[\d.]+/g)!.map(Number);
  return { x: x!, y: y! };
}

/** Zooms in with the wheel, over a node or the middle, until cards and names can be read. */
async function zoomToReadOn(page: Page, id?: string) {
  for (let step = 0; step < 30 && (await canvasZoom(page)) < 1; step++) {
    const over = id ? page.locator(`.react-flow__node[data-id="${id}"]`) : canvasOf(page);
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  await viewAtRest(page);
}

/** A point on an edge's line, in page coordinates, to put the pointer on. */
async function pointOnEdge(edge: Locator, share = 0.5) {
  return edge.locator('.react-flow__edge-path').evaluate((path, at) => {
    const line = path as SVGPathElement;
    const point = line.getPointAtLength(line.getTotalLength() * at);
    const screen = point.matrixTransform(line.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  }, share);
}

async function autoLayout(page: Page, style: string, button = 'Auto layout') {
  const canvas = page.getByRole('region', { name: /Strategy canvas|전략 캔버스/ });
  await canvas.getByRole('combobox', { name: /Layout style|배치 방식/ }).selectOption(style);
  await canvas.getByRole('button', { name: button }).click();
  await expect(page.getByRole('button', { name: /^(Undo|실행 취소)$/ })).toBeEnabled();
  await expect(canvas.getByRole('button', { name: button })).toBeEnabled();
}

test('the legend names the five node kinds and seven relationships, in the UI language', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  const toggle = page.getByRole('button', { name: 'Legend', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Legend' })).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByRole('region', { name: 'Legend' });
  const items = legend.getByRole('listitem');
  await expect(items).toHaveText([...NODE_KINDS, ...RELATIONSHIPS]);
  // Each relationship's sample line is drawn in that relationship's own style.
  const strokes = await legend
    .locator('.legend-line line')
    .evaluateAll((lines) =>
      lines.map((l) => `${l.getAttribute('stroke')} ${l.getAttribute('stroke-dasharray')}`),
    );
  expect(new Set(strokes).size).toBe(7);
  // Ideas, a workshop's raw input, join the legend once the map holds one.
  await page.getByRole('button', { name: 'Add idea' }).click();
  await page.keyboard.press('Escape');
  await expect(items).toHaveText([...NODE_KINDS, 'Idea', ...RELATIONSHIPS, 'relates to']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveText([...NODE_KINDS, ...RELATIONSHIPS]);
  await toggle.click();
  await expect(legend).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('한국어');
  await page.getByRole('button', { name: '범례', exact: true }).click();
  await expect(page.getByRole('region', { name: '범례' }).getByRole('listitem')).toHaveText([
    '목표',
    '교류도시',
    '네트워크',
    '행위자',
    '사업',
    '목표 기여',
    '하위 목표',
    '협력',
    '회원 가입',
    '재원 제공 기관',
    '수행 기관',
    '소재·대상 도시',
  ]);
});

test('an edge shows its name when hovered or selected, and every edge at reading zoom', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.9);
  await viewAtRest(page);

  // An edge whose middle no card covers, so the pointer can rest on it.
  const id = await canvasOf(page)
    .locator('.react-flow__edge')
    .evaluateAll((edges) =>
      edges
        .find((edge) => {
          const line = edge.querySelector('.react-flow__edge-path') as SVGPathElement;
          const point = line
            .getPointAtLength(line.getTotalLength() / 2)
            .matrixTransform(line.getScreenCTM()!);
          return document.elementFromPoint(point.x, point.y)?.closest('.react-flow__edge') === edge;
        })
        ?.getAttribute('data-id'),
    );
  expect(id).toBeTruthy();
  const edge = page.locator(`.react-flow__edge[data-id="${id}"]`);
  const kind = / edge-(\w+)/.exec(
    (await edge.locator('.react-flow__edge-path').getAttribute('class'))!,
  )![1]!;
  const name = canvasOf(page).locator(`.edge-name[data-edge-id="${id}"]`);
  await expect(name).toHaveText(RELATIONSHIPS[KINDS.indexOf(kind)]!);
  await expect(name).toBeHidden();

  const point = await pointOnEdge(edge);
  await page.mouse.move(point.x, point.y);
  await expect(name).toBeVisible();
  await page.mouse.move(5, 300);
  await expect(name).toBeHidden();

  await page.mouse.click(point.x, point.y);
  await expect(edge).toHaveClass(/selected/);
  await page.mouse.move(5, 300);
  await expect(name).toBeVisible();

  // Zoomed in to reading size, every edge in view is named.
  await zoomToReadOn(page);
  expect(await canvasZoom(page)).toBeGreaterThanOrEqual(0.9);
  const names = canvasOf(page).locator('.edge-name');
  await expect.poll(() => names.locator('visible=true').count()).toBeGreaterThan(1);
});

test('a pointed or selected edge shows its name over the lines of the edges drawn after it', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.9);
  await viewAtRest(page);

  const crossing = await nameCrossedByALaterEdge(page);
  expect(crossing, 'an edge whose name a later edge crosses, clear of the cards').not.toBeNull();
  const { id, point } = crossing!;
  const name = canvasOf(page).locator(`.edge-name[data-edge-id="${id}"]`);
  await expect(name).toBeHidden();

  await page.mouse.move(point.x, point.y);
  await expect(name).toBeVisible();
  expect(await colouredPixelsThrough(page, id)).toBe(0);
  await screenshot(page, 'edge-name-pointed-fit-view');

  await page.mouse.click(point.x, point.y);
  await expect(page.locator(`.react-flow__edge[data-id="${id}"]`)).toHaveClass(/selected/);
  await page.mouse.move(5, 300);
  await expect(name).toBeVisible();
  expect(await colouredPixelsThrough(page, id)).toBe(0);
});

/**
 * An edge in view whose name, were it shown, a coloured line of an edge drawn after it would
 * cross, with no card or bundle count over the name; and a point on its own line where the
 * pointer finds it.
 */
function nameCrossedByALaterEdge(
  page: Page,
): Promise<{ id: string; point: { x: number; y: number } } | null> {
  return page.evaluate(() => {
    const edges = [...document.querySelectorAll('.react-flow__edge')];
    // Cards are drawn over the names, and a bundle count may be.
    const covers = [...document.querySelectorAll('.react-flow__node, .edge-bundle-count')].map(
      (cover) => cover.getBoundingClientRect(),
    );
    const inBox = (x: number, y: number, box: DOMRect) =>
      x > box.left && x < box.right && y > box.top && y < box.bottom;
    const screenPoints = (path: SVGPathElement, step: number) => {
      const length = path.getTotalLength();
      const toScreen = path.getScreenCTM()!;
      const points: DOMPoint[] = [];
      for (let at = 0; at <= length; at += step)
        points.push(path.getPointAtLength(at).matrixTransform(toScreen));
      return points;
    };
    for (const [index, edge] of edges.entries()) {
      const id = edge.getAttribute('data-id')!;
      const name = document.querySelector<SVGTextElement>(`.edge-name[data-edge-id="${id}"]`);
      if (!name) continue;
      name.style.display = 'inline';
      const box = name.getBoundingClientRect();
      name.style.display = '';
      if (box.width === 0 || box.left < 0 || box.right > innerWidth) continue;
      if (box.top < 0 || box.bottom > innerHeight) continue;
      const covered = (cover: DOMRect) =>
        cover.left < box.right &&
        box.left < cover.right &&
        cover.top < box.bottom &&
        box.top < cover.bottom;
      if (covers.some(covered)) continue;
      const band = new DOMRect(box.left + 2, box.top + box.height / 2 - 3, box.width - 4, 6);
      const crossed = edges.slice(index + 1).some((later) => {
        const line = later.querySelector<SVGPathElement>('.react-flow__edge-path')!;
        // The slate line of "implemented by" is as grey as the letters: it cannot be told apart.
        if (line.classList.contains('edge-implementedBy')) return false;
        return screenPoints(line, 1).some((p) => inBox(p.x, p.y, band));
      });
      if (!crossed) continue;
      const own = edge.querySelector<SVGPathElement>('.react-flow__edge-path')!;
      const point = screenPoints(own, 4).find(
        (p) =>
          !inBox(p.x, p.y, box) &&
          inBox(p.x, p.y, new DOMRect(0, 0, innerWidth, innerHeight)) &&
          document.elementFromPoint(p.x, p.y)?.closest('.react-flow__edge') === edge,
      );
      if (point) return { id, point: { x: point.x, y: point.y } };
    }
    return null;
  });
}

/**
 * The coloured pixels on screen in a band through the middle of an edge's name: its letters are
 * grey on a white halo, so anything coloured there is a line drawn over it.
 */
async function colouredPixelsThrough(page: Page, edgeId: string): Promise<number> {
  const [band] = await pixelsThroughEdgeNames(page, `.edge-name[data-edge-id="${edgeId}"]`);
  expect(band, 'the name, whole in view').toBeDefined();
  let coloured = 0;
  for (let i = 0; i < band!.pixels.length; i += 4) {
    const channels = band!.pixels.slice(i, i + 3);
    if (Math.max(...channels) - Math.min(...channels) > 60) coloured++;
  }
  return coloured;
}

test('the tree puts the vision above its directions, side by side, and undoes as one step', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  const before = await graphPosition(page, 'goal-vision');
  await autoLayout(page, 'Tree');
  await expect.poll(() => graphPosition(page, 'goal-vision')).not.toEqual(before);
  const vision = await graphPosition(page, 'goal-vision');
  const directions = await Promise.all(
    [1, 2, 3, 4].map((i) => graphPosition(page, `goal-direction-${i}`)),
  );
  for (const direction of directions) {
    expect(direction.y).toBe(directions[0]!.y);
    expect(direction.y).toBeGreaterThan(vision.y);
  }
  const xs = directions.map((d) => d.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(vision.x).toBeGreaterThan(xs[0]!);
  expect(vision.x).toBeLessThan(xs[3]!);

  // The edge from the first direction leaves its card where it faces the vision, and ends on
  // the vision's card: floating, not from handle to handle.
  const d = (await page
    .locator('.react-flow__edge[data-id="e1"] .react-flow__edge-path')
    .getAttribute('d'))!;
  const numbers = d.match(/-?[\d.]+/g)!.map(Number);
  const [sx, sy] = numbers;
  const [ex, ey] = numbers.slice(-2);
  const onBorder = (x: number, y: number, card: { x: number; y: number }) =>
    x >= card.x - 1 &&
    x <= card.x + 201 &&
    y >= card.y - 1 &&
    y <= card.y + 73 &&
    (Math.abs(x - card.x) < 1 ||
      Math.abs(x - card.x - 200) < 1 ||
      Math.abs(y - card.y) < 1 ||
      Math.abs(y - card.y - 72) < 1);
  expect(onBorder(sx!, sy!, directions[0]!)).toBe(true);
  expect(onBorder(ex!, ey!, vision)).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => graphPosition(page, 'goal-vision')).toEqual(before);
});

test('a radial layout centres on the selected node', async ({ workbench: { page } }) => {
  await openSampleCards(page);
  await page.locator('.react-flow__node[data-id="goal-direction-2"]').click();
  await autoLayout(page, 'Radial around the selection');
  const centre = await graphPosition(page, 'goal-direction-2');
  // The goals shown lie all round it.
  const others = await page.locator('.react-flow__node').evaluateAll((cards) =>
    cards.map((card) => {
      const [x, y] = (card as HTMLElement).style.transform.match(/-?[\d.]+/g)!.map(Number);
      return { x: x!, y: y! };
    }),
  );
  expect(others.length).toBeGreaterThan(8);
  expect(others.some((p) => p.x < centre.x)).toBe(true);
  expect(others.some((p) => p.x > centre.x)).toBe(true);
  expect(others.some((p) => p.y < centre.y)).toBe(true);
  expect(others.some((p) => p.y > centre.y)).toBe(true);
  // The vision, one step away, is nearer than a task of another direction, two steps away.
  const distance = async (id: string) => {
    const p = await graphPosition(page, id);
    return Math.hypot(p.x - centre.x, p.y - centre.y);
  };
  expect(await distance('goal-vision')).toBeLessThan(await distance('goal-task-3'));
});

for (const language of ['en', 'ko'] as const)
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    test(`the sample as a tree at ${width}×${height} in ${language}`, async ({
      workbench: { page },
    }) => {
      await page.setViewportSize({ width, height });
      await openSampleCards(page, language);
      await autoLayout(
        page,
        language === 'en' ? 'Tree' : '트리',
        language === 'en' ? 'Auto layout' : '자동 배치',
      );
      await page.waitForTimeout(600);
      await screenshot(page, `map-tree-${language}-${width}`);
      // Then closer, at reading zoom, with the legend open.
      await page.getByRole('button', { name: language === 'en' ? 'Legend' : '범례' }).click();
      await zoomToReadOn(page, 'goal-vision');
      await screenshot(page, `map-tree-${language}-${width}-near`);
    });

test('the printed strategy map, a map per direction, has the legend beside it', async ({
  workbench: { page },
}, testInfo) => {
  await openSampleCards(page);
  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);
  for (const language of ['en', 'ko'] as const) {
    await page.goto(`/#/print/${encodeURIComponent(id)}?sections=graph&lang=${language}`);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
      timeout: 60_000,
    });
    const file = testInfo.outputPath(`map-${language}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // Too large to read on one page, the sample prints as an outline and then a map per
    // direction, each with its legend: the node kinds and the bars that join them.
    if (language === 'en') {
      expect(text).toContain('Strategy map');
      expect(text).toContain('Map 1 of 4');
      expect(text).toContain('Legend');
      for (const label of [...NODE_KINDS, 'What a frame holds serves', 'the goal joined to it'])
        expect(text).toContain(label);
    } else {
      for (const label of ['범례', '교류도시', '테두리 안의 항목은', '목표에 기여'])
        expect(text).toContain(label);
    }
  }
});

/**
 * `steps` wheel steps over the pane and the frame that shows them, so the zoom is still on:
 * whether the zoom's canvas shows, whether any SVG edge does, and at how many of the edges'
 * middles in view (as the hidden SVG lines have them now) the canvas has drawn.
 */
async function zoomAndLook(page: Page, steps: number) {
  // The layer draws in the next frame; its rest counts from there.
  await wheelOverPane(page, steps, -60);
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.zooming-edges')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const where = canvas.getBoundingClientRect();
    const scale = canvas.width / where.width;
    // Each edge's middle, as the hidden SVG line has it now, and whether the canvas drew there.
    const paths = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')];
    const drawnAt = paths.map((path) => {
      const point = path
        .getPointAtLength(path.getTotalLength() / 2)
        .matrixTransform(path.getScreenCTM()!);
      const x = Math.round((point.x - where.left) * scale);
      const y = Math.round((point.y - where.top) * scale);
      if (x < 2 || y < 2 || x >= canvas.width - 2 || y >= canvas.height - 2) return null;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++)
          if (pixels[((y + dy) * canvas.width + x + dx) * 4 + 3]! > 0) return true;
      return false;
    });
    const edgeShown = paths.some((path) => getComputedStyle(path).visibility === 'visible');
    return {
      canvasShown: !canvas.hidden,
      edgeShown,
      inView: drawnAt.filter((d) => d !== null).length,
      drawn: drawnAt.filter((d) => d === true).length,
    };
  });
}

test('a zoom past reading size names the edges once it rests, not on its way', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await viewAtRest(page);
  const before = await canvasZoom(page);
  // From rest, a first step that crossed would be followed at once: this one stays short of it.
  expect(before * 1.1).toBeLessThan(0.9);

  // Wheel steps (each ×1.087) to past reading size, watched frame by frame in the page until
  // the crossing: read from here, a busy machine could leave the rest behind before a look.
  const steps = Math.ceil(Math.log(1 / before) / Math.log(1.087));
  const zoom = await page.evaluate(
    async ({ steps, restMs }) => {
      const flow = document.querySelector('.react-flow')!;
      const pane = document.querySelector('.react-flow__pane')!;
      const box = pane.getBoundingClientRect();
      let lastStep = 0;
      for (let step = 0; step < steps; step++) {
        lastStep = performance.now();
        pane.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -60,
            clientX: box.left + box.width / 2,
            clientY: box.top + box.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
      // Hidden, the SVG names are not laid out again at each step: the zoom's canvas names them.
      let namesLaidOutMidZoom = 0;
      const deadline = performance.now() + 10_000;
      while (!flow.classList.contains('reading-zoom') && performance.now() < deadline) {
        namesLaidOutMidZoom += [...flow.querySelectorAll('.edge-name')].filter(
          (name) => getComputedStyle(name).display !== 'none',
        ).length;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { namesLaidOutMidZoom, crossedAfter: performance.now() - lastStep, restMs };
    },
    { steps, restMs: ZOOM_REST_MS },
  );
  expect(await canvasZoom(page)).toBeGreaterThanOrEqual(0.9);
  // The crossing waits for the zoom to rest, and no name was laid out before it.
  expect(zoom.crossedAfter).toBeGreaterThanOrEqual(zoom.restMs);
  expect(zoom.namesLaidOutMidZoom).toBe(0);

  // Once it rests, every edge in view is named.
  await expect(canvasOf(page)).toHaveClass(/reading-zoom/);
  const names = canvasOf(page).locator('.edge-name');
  await expect.poll(() => names.locator('visible=true').count()).toBeGreaterThan(1);
});

test('edges stay drawn while a zoom goes on, and take the pointer again once it rests', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.9);
  await viewAtRest(page);
  const edge = canvasOf(page).locator('.react-flow__edge').first();
  await expect(edge).toBeVisible();

  // Three wheel steps, then two more: the canvas drawn at the first is moved and scaled.
  for (const steps of [3, 2]) {
    const midZoom = await zoomAndLook(page, steps);
    expect(midZoom.canvasShown).toBe(true);
    expect(midZoom.edgeShown).toBe(false);
    expect(midZoom.inView).toBeGreaterThan(5);
    // Dashed lines may have a gap at their middle: nearly all, not all.
    expect(midZoom.drawn).toBeGreaterThanOrEqual(midZoom.inView * 0.8);
  }

  // At rest the SVG edges are back, under the pointer, and the canvas is gone.
  await expect(edge).toBeVisible();
  await expect(page.locator('canvas.zooming-edges')).toBeHidden();
  await selectEdgeByItsMiddle(page);
});

/** Clicks the middle of the first edge whose middle no card or other edge covers; its id. */
async function selectEdgeByItsMiddle(page: Page): Promise<string> {
  const free = await canvasOf(page)
    .locator('.react-flow__edge')
    .evaluateAll((edges) =>
      edges
        .find((one) => {
          const line = one.querySelector('.react-flow__edge-path') as SVGPathElement;
          const point = line
            .getPointAtLength(line.getTotalLength() / 2)
            .matrixTransform(line.getScreenCTM()!);
          return document.elementFromPoint(point.x, point.y)?.closest('.react-flow__edge') === one;
        })
        ?.getAttribute('data-id'),
    );
  const chosen = page.locator(`.react-flow__edge[data-id="${free}"]`);
  const point = await pointOnEdge(chosen);
  await page.mouse.click(point.x, point.y);
  await expect(chosen).toHaveClass(/selected/);
  return free!;
}

test('a selected edge keeps its name on screen while a zoom goes on below reading size', async ({
  workbench: { page },
}) => {
  await openSampleCards(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.9);
  // Further out, so that a wheel step stays short of reading size.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.75);
  await viewAtRest(page);
  const id = await selectEdgeByItsMiddle(page);
  const name = canvasOf(page).locator(`.edge-name[data-edge-id="${id}"]`);
  await expect(name).toBeVisible();
  // The pointer goes to the bare pane: the name is shown for the selection alone.
  const bare = await page.evaluate(() => {
    const box = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = box.top + 150; y < box.bottom; y += 17)
      for (let x = box.left + 150; x < box.right; x += 23)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
          return { x, y };
    return null;
  });
  await page.mouse.move(bare!.x, bare!.y);
  await expect(name).not.toHaveAttribute('data-pointed');

  // One wheel step, then the zoom's canvas where the name is, as zoomAndLook reads it: the
  // name is dark text on a white halo, and the lines never draw white.
  await wheelOverPane(page, 1, -60);
  const midZoom = await page.evaluate((edgeId) => {
    const text = document.querySelector<SVGTextElement>(`.edge-name[data-edge-id="${edgeId}"]`)!;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const matrix = new DOMMatrix(getComputedStyle(viewport).transform);
    const origin = viewport.parentElement!.getBoundingClientRect();
    const at = matrix.transformPoint(
      new DOMPoint(Number(text.getAttribute('x')), Number(text.getAttribute('y'))),
    );
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.zooming-edges')!;
    const where = canvas.getBoundingClientRect();
    const scale = canvas.width / where.width;
    const x = Math.round((origin.left + at.x - where.left) * scale);
    const y = Math.round((origin.top + at.y - where.top) * scale);
    const pixels = canvas.getContext('2d')!.getImageData(x - 30, y - 6, 60, 12).data;
    let white = 0;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3]! < 255) continue;
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r > 245 && g > 245 && b > 245) white++;
      if (r + g + b < 3 * 140) dark++;
    }
    return { canvasShown: !canvas.hidden, zoom: matrix.a, white, dark };
  }, id);
  expect(midZoom.canvasShown).toBe(true);
  expect(midZoom.zoom).toBeLessThan(0.9);
  expect(midZoom.white).toBeGreaterThan(20);
  expect(midZoom.dark).toBeGreaterThan(5);
});
