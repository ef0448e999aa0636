import type { Page } from '@playwright/test';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { expect } from '../e2e/fixtures';
import { MOVES, PEER_URL } from './benchConfig';
import { frames, nextFrame, readTransform, settle, storedPositions } from './inPage';

export const VIEWS = ['opening view', 'middle zoom', 'Fit view'] as const;
export type View = (typeof VIEWS)[number];
export type Transform = [number, number, number];
export type Frames = Awaited<ReturnType<typeof frames>>;

/** A zoom between reading the cards and seeing the whole strategy. */
const MIDDLE_ZOOM = 0.45;
/** How much one press of "Zoom in" magnifies (React Flow's step). */
const ZOOM_STEP = 1.2;
/** Nodes a drag moves. */
export const DRAGGED = 20;

interface Point {
  x: number;
  y: number;
}

/** A node's box on screen. */
export interface Box {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What is measured: the app, or the plain React Flow page, as seen by a user's pointer. */
export interface Subject {
  page: Page;
  /** Every node's box on screen, drawn as a card or on a canvas alike. */
  boxes(): Promise<Box[]>;
  /** How many nodes are selected, as the page shows it. */
  selected(): Promise<number>;
}

export const oursSubject = (page: Page, strategyId: string): Subject => ({
  page,
  async boxes() {
    // Positions as stored: they hold whatever earlier drags moved.
    await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 30_000 });
    const [positions, [x, y, zoom], flow] = await Promise.all([
      storedPositions(page, strategyId),
      readTransform(page),
      page.locator('.react-flow').boundingBox(),
    ]);
    return positions.map((node) => {
      const left = flow!.x + x + node.x * zoom;
      const top = flow!.y + y + node.y * zoom;
      return {
        id: node.id,
        left,
        top,
        right: left + NODE_WIDTH * zoom,
        bottom: top + NODE_HEIGHT * zoom,
      };
    });
  },
  async selected() {
    const text = (await page.getByRole('region', { name: 'Inspector' }).textContent()) ?? '';
    const many = text.match(/(\d+) items? selected/);
    return many ? Number(many[1]) : 1;
  },
});

/** Every card of the plain page is in the page, so its boxes are the cards'. */
export const peerSubject = (page: Page): Subject => ({
  page,
  boxes: () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => {
        const r = element.getBoundingClientRect();
        return {
          id: element.dataset.id!,
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
        };
      }),
    ),
  selected: () => page.locator('.react-flow__node.selected').count(),
});

/** Centres on a project at a zoom where cards show their details, as a user about to edit. */
export async function focusProject(page: Page) {
  await page.getByRole('textbox', { name: 'Search' }).fill('project 10');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await page.waitForTimeout(500);
  // Out to where about forty cards are in view, still in their detailed form.
  for (let step = 0; step < 3; step++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(300);
  }
}

/**
 * Brings the app to a view as a user does: the opening view centres on a project, Fit view
 * presses "Fit view", the middle zoom zooms in from there with the zoom buttons.
 */
export async function showView(page: Page, view: View): Promise<Transform> {
  if (view === 'opening view') await focusProject(page);
  else {
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await settle(page);
    if (view === 'middle zoom') {
      const [, , zoom] = await readTransform(page);
      const steps = Math.round(Math.log(MIDDLE_ZOOM / zoom) / Math.log(ZOOM_STEP));
      const button = page.getByRole('button', { name: steps > 0 ? 'Zoom in' : 'Zoom out' });
      for (let step = 0; step < Math.abs(steps); step++) {
        await button.click();
        await settle(page);
      }
    }
  }
  await settle(page);
  return readTransform(page);
}

/** Opens the plain React Flow page with the strategy's nodes and edges, in a pane of `pane`'s size. */
export async function openPeer(
  page: Page,
  strategy: ImportedStrategy,
  pane: { width: number; height: number },
) {
  const nodes = strategy.nodes.map((node) => {
    const data = node.data as { title?: string; name?: string };
    return { id: node.id, position: node.position, data: { label: data.title ?? data.name } };
  });
  const edges = strategy.edges.map(({ id, source, target }) => ({ id, source, target }));
  await page.goto(PEER_URL);
  await page.waitForFunction(() => 'peer' in window);
  await page.evaluate(({ nodes, edges, pane }) => window.peer!.show(nodes, edges, pane), {
    nodes,
    edges,
    pane,
  });
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes.length, { timeout: 60_000 });
  await settle(page);
}

/** Puts the plain page at the view the app was measured at. */
export async function showPeerView(page: Page, [x, y, zoom]: Transform) {
  await page.evaluate((viewport) => window.peer!.setViewport(viewport), { x, y, zoom });
  await settle(page);
}

/** Part of the pane clear of the app's panels (view controls, map tools, legend, overview). */
async function clearArea(page: Page) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return {
    left: pane.x + 20,
    right: pane.x + pane.width - 20,
    top: pane.y + 120,
    bottom: pane.y + pane.height - 170,
  };
}

const diff = (a: Point, b: Point): [number, number] => [a.x - b.x, a.y - b.y];

const centreOf = (box: Box): Point => ({
  x: (box.left + box.right) / 2,
  y: (box.top + box.bottom) / 2,
});

/**
 * Selects `count` nodes in view nearest the middle, by a click and Ctrl+clicks, leaving room to
 * their right for a drag; returns where to grip the first of them.
 */
async function selectInView(
  subject: Subject,
  count: number,
): Promise<{ grip: Point; ids: string[] }> {
  const { page } = subject;
  const area = await clearArea(page);
  const middle = { x: (area.left + area.right - 2 * MOVES) / 2, y: (area.top + area.bottom) / 2 };
  const chosen = (await subject.boxes())
    .filter((box) => box.left >= area.left && box.right <= area.right - 2 * MOVES)
    .filter((box) => box.top >= area.top && box.bottom <= area.bottom - 20)
    .map((box) => ({ box, distance: Math.hypot(...diff(centreOf(box), middle)) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ box }) => ({ id: box.id, ...centreOf(box) }));
  if (chosen.length === 0) throw new Error('no node in view to select');
  // A click on an already selected node keeps the selection: clear it on the bare pane first.
  const { point: bare } = await barePoint(subject);
  await page.mouse.click(bare.x, bare.y);
  await page.mouse.click(chosen[0]!.x, chosen[0]!.y);
  await page.keyboard.down('Control');
  for (const point of chosen.slice(1)) await page.mouse.click(point.x, point.y);
  await page.keyboard.up('Control');
  const selected = await subject.selected();
  if (selected !== count) console.warn(`  (${selected} nodes selected, not ${count})`);
  return { grip: chosen[0]!, ids: chosen.map((c) => c.id) };
}

/** Ways a pan may go, per pointer move: down and left first, then the others where that has no room. */
const PAN_WAYS: Point[] = [
  { x: -4, y: 3 },
  { x: 4, y: 3 },
  { x: -4, y: -3 },
  { x: 4, y: -3 },
];

/**
 * A point of bare pane (no card, edge or panel under it) from which a gesture of `MOVES` steps
 * of one of `ways` stays clear of the panels. Searched from the top right, where plans have least.
 */
async function barePoint(
  subject: Subject,
  ways: Point[] = [{ x: 0, y: 0 }],
): Promise<{ point: Point; way: Point }> {
  const { page } = subject;
  const area = await clearArea(page);
  const near = (await subject.boxes()).filter(
    (b) => b.right > area.left && b.left < area.right && b.bottom > area.top && b.top < area.bottom,
  );
  const bare = (x: number, y: number) =>
    !near.some((b) => x > b.left - 4 && x < b.right + 4 && y > b.top - 4 && y < b.bottom + 4);
  const inArea = (x: number, y: number) =>
    x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
  for (const way of ways) {
    const candidates: Point[] = [];
    for (let y = area.top; y <= area.bottom && candidates.length < 3000; y += 4)
      for (let x = area.right; x >= area.left; x -= 4)
        if (inArea(x + way.x * MOVES, y + way.y * MOVES) && bare(x, y)) candidates.push({ x, y });
    const point = await page.evaluate((points) => {
      const onPane = (p: { x: number; y: number }) => {
        const element = document.elementFromPoint(p.x, p.y);
        return (
          !!element?.closest('.react-flow') &&
          !element.closest('.react-flow__node, .react-flow__edge, .react-flow__panel, button')
        );
      };
      return points.find(onPane) ?? null;
    }, candidates);
    if (point) return { point, way };
  }
  throw new Error('no bare pane in view');
}

/** A drag of the selection from `from`, one pointer move per frame; `direction` -1 goes back. */
export async function dragFrom(page: Page, from: Point, direction: 1 | -1) {
  const result = await frames(page, async () => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(from.x + direction * i * 2, from.y + (i % 20));
      await nextFrame(page);
    }
    await page.mouse.up();
  });
  return { result, end: { x: from.x + direction * MOVES * 2, y: from.y } };
}

async function panFrom(page: Page, from: Point, way: Point, direction: 1 | -1) {
  const before = await readTransform(page);
  const result = await frames(page, async () => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= MOVES; i++) {
      await page.mouse.move(from.x + direction * i * way.x, from.y + direction * i * way.y);
      await nextFrame(page);
    }
    await page.mouse.up();
  });
  const after = await readTransform(page);
  if (before[0] === after[0] && before[1] === after[1]) console.warn('  (the pan did not move)');
  const end = { x: from.x + direction * MOVES * way.x, y: from.y + direction * MOVES * way.y };
  return { result, end };
}

async function zoomPane(page: Page) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  return frames(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -40 : 40);
      await nextFrame(page);
    }
    await page.waitForTimeout(100);
  });
}

export interface Measured {
  drag: Frames[];
  pan: Frames[];
  zoom: Frames[];
}

/**
 * Drags a selection of 20, pans and zooms `runs` times each at the view the subject is at.
 * Drags and pans go back and forth, so every run starts from the view measured. `afterDrags`
 * gets a further drag to run, for figures of one drag.
 */
export async function measureGestures(
  subject: Subject,
  runs: number,
  afterDrags?: (drag: () => Promise<Frames>, selected: string[]) => Promise<void>,
): Promise<Measured> {
  const { page } = subject;
  const measured: Measured = { drag: [], pan: [], zoom: [] };
  const selection = await selectInView(subject, DRAGGED);
  let grip = selection.grip;
  let direction: 1 | -1 = 1;
  const drag = async () => {
    const { result, end } = await dragFrom(page, grip, direction);
    grip = end;
    direction = direction === 1 ? -1 : 1;
    return result;
  };
  for (let run = 0; run < runs; run++) measured.drag.push(await drag());
  await afterDrags?.(drag, selection.ids);

  const start = await barePoint(subject, PAN_WAYS);
  let from = start.point;
  direction = 1;
  for (let run = 0; run < runs; run++) {
    const { result, end } = await panFrom(page, from, start.way, direction);
    measured.pan.push(result);
    from = end;
    direction = direction === 1 ? -1 : 1;
  }
  for (let run = 0; run < runs; run++) measured.zoom.push(await zoomPane(page));
  return measured;
}
