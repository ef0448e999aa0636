import type { Page } from '@playwright/test';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { expect } from '../e2e/fixtures';
import { MOVES, PEER_URL } from './benchConfig';
import { drivenFrames, type InputStep } from './drivenInput';
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
  /** Named in the bench's warnings. */
  name: string;
  /** Every node's box on screen, drawn as a card or on a canvas alike. */
  boxes(): Promise<Box[]>;
  /** How many nodes are selected, as the page shows it. */
  selected(): Promise<number>;
}

export const oursSubject = (page: Page, strategyId: string): Subject => ({
  page,
  name: 'the app',
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
  name: 'plain React Flow',
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
 * Where a press lands on each node's body, and which node it reaches, or null: on a node a few
 * pixels high, the middle is its connection handle's, and a press there draws a connection
 * instead of selecting or moving the node. A card is the node whose card is under the press,
 * which where cards are specks may be a neighbour's drawn over this one. Over the app's drawn
 * map the pane is hit, and the map finds the node under it.
 */
function pressPoints(page: Page, boxes: Box[]): Promise<((Point & { id: string }) | null)[]> {
  return page.evaluate((all) => {
    const drawn = !!document.querySelector('.canvas-drawn');
    const reached = (x: number, y: number, id: string) => {
      const element = document.elementFromPoint(x, y);
      if (!element || element.closest('.react-flow__handle, .nodrag')) return null;
      const card = element.closest<HTMLElement>('.react-flow__node');
      if (card) return card.dataset.id!;
      return drawn && element.matches('.react-flow__pane') ? id : null;
    };
    return all.map((box) => {
      const y = (box.top + box.bottom) / 2;
      for (const along of [0.5, 0.25, 0.75]) {
        const x = box.left + (box.right - box.left) * along;
        const id = reached(x, y, box.id);
        if (id) return { x, y, id };
      }
      return null;
    });
  }, boxes);
}

/**
 * Selects `count` nodes in view nearest the middle, by a click and Ctrl+clicks, leaving room to
 * the right of the first for a drag; returns where to grip it and the nodes selected.
 */
async function selectInView(
  subject: Subject,
  count: number,
): Promise<{ grip: Point; ids: string[] }> {
  const { page } = subject;
  const area = await clearArea(page);
  const middle = { x: (area.left + area.right - 2 * MOVES) / 2, y: (area.top + area.bottom) / 2 };
  const boxes = await subject.boxes();
  // Drawn a pixel or two across, nodes overlap, and a click there could reach another one.
  const alone = (id: string, { x, y }: Point) =>
    !boxes.some(
      (other) =>
        other.id !== id &&
        x >= other.left &&
        x <= other.right &&
        y >= other.top &&
        y <= other.bottom,
    );
  const nearest = boxes
    .filter((box) => box.left >= area.left && box.right <= area.right)
    .filter((box) => box.top >= area.top && box.bottom <= area.bottom - 20)
    .map((box) => ({ box, distance: Math.hypot(...diff(centreOf(box), middle)) }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ box }) => box)
    .slice(0, count * 10);
  const pressable = (await pressPoints(page, nearest))
    .flatMap((point, i) => (point ? [{ box: nearest[i]!, ...point }] : []))
    // Over the drawn map, the press must be inside this node's box alone; a card says itself
    // which node it is.
    .filter((point) => point.id !== point.box.id || alone(point.id, point))
    // Each node once: a second click would take it out of the selection.
    .filter((point, i, all) => all.findIndex((other) => other.id === point.id) === i);
  // Only the gripped node needs room to its right for the drag; the others just go along. At
  // the opening view fewer than twenty cards would have that room.
  const grip = pressable.find(({ box }) => box.right <= area.right - 2 * MOVES);
  if (!grip) throw new Error('no node in view to select');
  const chosen = [grip, ...pressable.filter((point) => point !== grip)].slice(0, count);
  // A click on an already selected node keeps the selection: clear it on the bare pane first.
  const { point: bare } = await barePoint(subject);
  await page.mouse.click(bare.x, bare.y);
  await page.mouse.click(chosen[0]!.x, chosen[0]!.y);
  await page.keyboard.down('Control');
  for (const point of chosen.slice(1)) await page.mouse.click(point.x, point.y);
  await page.keyboard.up('Control');
  const selected = await subject.selected();
  if (selected !== count)
    console.warn(`  (${subject.name}: ${selected} nodes selected, not ${count})`);
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

/**
 * How a gesture's input reaches the page: from the test, as a user's pointer does, waiting for
 * a frame after each step; or sent from inside the page, one step in each frame (see
 * drivenFrames), for the ratio to the plain page.
 */
export type Drive = 'pointer' | 'in page';

/** A press at `from`, moves along `path`, and a release where it ends. */
function stroke(from: Point, path: Point[]): InputStep[] {
  const end = path.at(-1) ?? from;
  return [
    { type: 'down', ...from },
    ...path.map((point) => ({ type: 'move' as const, ...point })),
    { type: 'up', ...end },
  ];
}

/** Sends `steps` with Playwright's mouse, waiting for a frame after each move or wheel step. */
async function sendFromTest(page: Page, steps: InputStep[]): Promise<Frames> {
  const first = steps[0];
  const wheeled = first?.type === 'wheel';
  if (wheeled) await page.mouse.move(first.x, first.y);
  return frames(page, async () => {
    for (const step of steps) {
      if (step.type === 'down') {
        await page.mouse.move(step.x, step.y);
        await page.mouse.down();
      } else if (step.type === 'up') await page.mouse.up();
      else {
        if (step.type === 'wheel') await page.mouse.wheel(0, step.deltaY);
        else await page.mouse.move(step.x, step.y);
        await nextFrame(page);
      }
    }
    // The frames that finish the zoom count too.
    if (wheeled) await page.waitForTimeout(100);
  });
}

const send = (page: Page, steps: InputStep[], drive: Drive) =>
  drive === 'pointer' ? sendFromTest(page, steps) : drivenFrames(page, steps);

/** A drag of the selection from `from`, one pointer move per frame; `direction` -1 goes back. */
export async function dragFrom(
  page: Page,
  from: Point,
  direction: 1 | -1,
  drive: Drive = 'pointer',
) {
  const path = Array.from({ length: MOVES }, (_, step) => ({
    x: from.x + direction * (step + 1) * 2,
    y: from.y + ((step + 1) % 20),
  }));
  const result = await send(page, stroke(from, path), drive);
  return { result, end: { x: from.x + direction * MOVES * 2, y: from.y } };
}

async function panFrom(page: Page, from: Point, way: Point, direction: 1 | -1, drive: Drive) {
  const before = await readTransform(page);
  const path = Array.from({ length: MOVES }, (_, step) => ({
    x: from.x + direction * (step + 1) * way.x,
    y: from.y + direction * (step + 1) * way.y,
  }));
  const result = await send(page, stroke(from, path), drive);
  const after = await readTransform(page);
  if (before[0] === after[0] && before[1] === after[1]) console.warn('  (the pan did not move)');
  return { result, end: path.at(-1)! };
}

/** Twenty wheel steps in at the pane's middle, then twenty out. */
async function zoomPane(page: Page, drive: Drive) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const [x, y] = [pane.x + pane.width / 2, pane.y + pane.height / 2];
  const steps = Array.from({ length: 40 }, (_, step) => ({
    type: 'wheel' as const,
    x,
    y,
    deltaY: step < 20 ? -40 : 40,
  }));
  return send(page, steps, drive);
}

export interface Measured {
  drag: Frames[];
  pan: Frames[];
  zoom: Frames[];
}

/** A drag that moved nothing would be measured as a fast one. */
async function checkMoved(subject: Subject, ids: string[], before: Box[]) {
  const was = new Map(before.map((box) => [box.id, box]));
  const now = new Map((await subject.boxes()).map((box) => [box.id, box]));
  const moved = ids.filter((id) => {
    const [a, b] = [was.get(id), now.get(id)];
    return !!a && !!b && Math.abs(a.left - b.left) > 1;
  });
  if (moved.length === 0) throw new Error('the drag moved no node');
}

/**
 * Drags a selection of 20, pans and zooms `runs` times each at the view the subject is at.
 * Drags and pans go back and forth, so every run starts from the view measured. `afterDrags`
 * gets a further drag to run, for figures of one drag; `drive` is how the input is sent.
 */
export async function measureGestures(
  subject: Subject,
  runs: number,
  afterDrags?: (drag: () => Promise<Frames>, selected: string[]) => Promise<void>,
  drive: Drive = 'pointer',
): Promise<Measured> {
  const { page } = subject;
  const measured: Measured = { drag: [], pan: [], zoom: [] };
  const selection = await selectInView(subject, DRAGGED);
  let grip = selection.grip;
  let direction: 1 | -1 = 1;
  const drag = async () => {
    const { result, end } = await dragFrom(page, grip, direction, drive);
    grip = end;
    direction = direction === 1 ? -1 : 1;
    return result;
  };
  const before = await subject.boxes();
  measured.drag.push(await drag());
  await checkMoved(subject, selection.ids, before);
  for (let run = 1; run < runs; run++) measured.drag.push(await drag());
  await afterDrags?.(drag, selection.ids);

  const start = await barePoint(subject, PAN_WAYS);
  let from = start.point;
  direction = 1;
  for (let run = 0; run < runs; run++) {
    const { result, end } = await panFrom(page, from, start.way, direction, drive);
    measured.pan.push(result);
    from = end;
    direction = direction === 1 ? -1 : 1;
  }
  for (let run = 0; run < runs; run++) measured.zoom.push(await zoomPane(page, drive));
  return measured;
}
