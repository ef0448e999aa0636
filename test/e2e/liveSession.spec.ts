import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Map as YMap } from 'yjs';
import { startLiveServer, type LiveServerHandle } from '../../electron/live/liveServer';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { CHROMIUM_ARGS, CHROMIUM_PATH, expect, strategyRow, test } from './fixtures';

// Several people on one strategy: browsers against the live sessions server (the module
// `npm run serve` runs) on 127.0.0.1, serving the built app.

const STATIC_ROOT = path.resolve(process.env.LIVE_STATIC_ROOT ?? 'dist');
const ADMIN_TOKEN = 'admin-token-of-the-live-tests';
const INSPECT = 'cityDiplomacyWorkbench';

test.describe.configure({ mode: 'serial' });

let browser: Browser;
let server: LiveServerHandle;
let dataDir: string;
const contexts: BrowserContext[] = [];

async function startServer(port = 0) {
  server = await startLiveServer({
    host: '127.0.0.1',
    port,
    staticRoot: STATIC_ROOT,
    persistenceDir: dataDir,
    adminToken: ADMIN_TOKEN,
    connectionsPerMinute: 0,
    storeDebounceMs: 50,
  });
}

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
test.afterAll(async () => {
  await browser?.close();
});
test.beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cdw-live-e2e-'));
  await startServer();
});
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function person(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
  });
  contexts.push(context);
  return { page: await context.newPage(), context };
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Live:/ });

/** Creates a strategy and shares it; returns the join code shown to the host. */
async function host(page: Page, title: string): Promise<string> {
  await page.goto(`${server.url}?lang=en`);
  await page.getByRole('button', { name: 'New strategy' }).click();
  const field = page.getByRole('textbox', { name: 'Strategy title' });
  await field.fill(title);
  await field.press('Enter');
  return shareOpen(page, 'Ahn');
}

/** Shares the strategy the page shows; returns the join code shown to its host. */
async function shareOpen(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Start live session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a live session' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByLabel('Server admin token').fill(ADMIN_TOKEN);
  await dialog.getByRole('button', { name: 'Start live session' }).click();
  await expect(status(page)).toHaveText('Live: connected');
  const code = page.locator('.live-join-code');
  await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
  return (await code.textContent())!;
}

async function join(page: Page, code: string, name: string, timeout = 10_000): Promise<void> {
  await page.goto(`${server.url}?lang=en#/join`);
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(status(page)).toHaveText('Live: connected', { timeout });
}

const graphOf = (page: Page) =>
  page.evaluate(
    (key) => (window as unknown as Record<string, { graphJson(): string }>)[key]!.graphJson(),
    INSPECT,
  );

/** Waits until every page shows the same graph; on failure says how each differs. */
async function converged(pages: Page[], timeout = 15_000): Promise<string> {
  let shared = '';
  await expect
    .poll(
      async () => {
        const graphs = await Promise.all(pages.map(graphOf));
        shared = graphs[0]!;
        if (graphs.every((graph) => graph === shared)) return 'the same';
        return graphs
          .map((graph, i) => {
            const { nodes, edges } = JSON.parse(graph) as { nodes: unknown[]; edges: unknown[] };
            return `${i}: ${nodes.length} nodes, ${edges.length} edges${graph === shared ? '' : ' (differs)'}`;
          })
          .join('; ');
      },
      { timeout },
    )
    .toBe('the same');
  return shared;
}

/** Adds a goal and names it, as a person would. */
async function addGoal(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add goal' }).click();
  const title = page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', {
    name: 'Title',
    exact: true,
  });
  await title.fill(name);
  await title.press('Tab');
}

const names = (graph: string) =>
  (JSON.parse(graph) as { nodes: { data: { title?: string; name?: string } }[] }).nodes
    .map((node) => node.data.title ?? node.data.name)
    .sort();

test('two people edit at once and end with the same graph; one offline merges on reconnect', async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Workshop map');
  await join(b.page, code, 'Bora');
  await expect(b.page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue('Workshop map');

  await Promise.all([addGoal(a.page, 'Clean air'), addGoal(b.page, 'Safe streets')]);
  await Promise.all([addGoal(a.page, 'Green jobs'), addGoal(b.page, 'Open data')]);
  let shared = await converged([a.page, b.page]);
  expect(names(shared)).toEqual(['Clean air', 'Green jobs', 'Open data', 'Safe streets']);

  // The facilitator sees Bora in the participants list.
  await expect(a.page.getByRole('list', { name: 'Participants' })).toContainText('Bora');

  await b.context.setOffline(true);
  await expect(status(b.page)).toHaveText(/Live: (offline|reconnecting)/);
  await addGoal(b.page, 'Offline idea');
  await addGoal(a.page, 'Online idea');
  await b.context.setOffline(false);
  await expect(status(b.page)).toHaveText('Live: connected', { timeout: 20_000 });
  shared = await converged([a.page, b.page], 20_000);
  expect(names(shared)).toContain('Offline idea');
  expect(names(shared)).toContain('Online idea');
});

test('two cards added at the same moment land side by side; undo still takes each away', async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Same spot');
  await join(b.page, code, 'Bora');
  // Both look at the same place, and each adds a goal before the other's arrives.
  await a.page.getByRole('button', { name: 'Bring everyone here' }).click();
  await expect.poll(() => sameView(b.page, a.page), { timeout: 20_000 }).toBe(true);
  await b.context.setOffline(true);
  await expect(status(b.page)).toHaveText(/Live: (offline|reconnecting)/);
  // Ahn renames the strategy too: moving Bora's card aside must not bring the old title back.
  const title = a.page.getByRole('textbox', { name: 'Strategy title' });
  await title.fill('Same spot, renamed');
  await title.press('Enter');
  await addGoal(a.page, 'From Ahn');
  await addGoal(b.page, 'From Bora');
  await b.context.setOffline(false);
  await expect(status(b.page)).toHaveText('Live: connected', { timeout: 20_000 });
  const shared = JSON.parse(await converged([a.page, b.page], 20_000)) as {
    nodes: { position: { x: number; y: number }; data: { title: string } }[];
  };
  expect(shared.nodes.map((node) => node.data.title).sort()).toEqual(['From Ahn', 'From Bora']);
  const [first, second] = shared.nodes.map((node) => node.position);
  const apart =
    Math.abs(first!.x - second!.x) >= NODE_WIDTH || Math.abs(first!.y - second!.y) >= NODE_HEIGHT;
  expect(apart, `both cards at ${JSON.stringify([first, second])}`).toBe(true);
  for (const page of [a.page, b.page])
    await expect(page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue(
      'Same spot, renamed',
    );
  // Moving a card aside was the app's doing: two undos (the name, the card) take each away.
  for (const page of [a.page, b.page])
    for (let step = 0; step < 2; step++) await page.getByRole('button', { name: 'Undo' }).click();
  expect(JSON.parse(await converged([a.page, b.page])).nodes).toEqual([]);
});

test('a wrong code is refused with a message', async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Private plan');
  const wrong = code[0] === 'A' ? `B${code.slice(1)}` : `A${code.slice(1)}`;
  await b.page.goto(`${server.url}?lang=en#/join`);
  await b.page.getByRole('textbox', { name: 'Join code' }).fill(wrong);
  await b.page.getByRole('textbox', { name: 'Your name' }).fill('Mallory');
  await b.page.getByRole('button', { name: 'Join' }).click();
  await expect(b.page.getByRole('alert')).toHaveText(
    'That join code is not right, or its session has ended.',
  );
  await expect(b.page.getByRole('heading', { name: 'Join a live session' })).toBeVisible();
});

test("undo reverts only one's own change", async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Undo plan');
  await join(b.page, code, 'Bora');
  await addGoal(a.page, 'Mine');
  await converged([a.page, b.page]);
  await addGoal(b.page, 'Theirs');
  await converged([a.page, b.page]);
  // A's last change is naming and adding "Mine": undone step by step, "Theirs" stays.
  await a.page.getByRole('button', { name: 'Undo' }).click();
  await a.page.getByRole('button', { name: 'Undo' }).click();
  const shared = await converged([a.page, b.page]);
  expect(names(shared)).toEqual(['Theirs']);
});

test('the server restarts mid-session and everyone resyncs', async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Restart plan');
  await join(b.page, code, 'Bora');
  await addGoal(a.page, 'Before restart');
  await converged([a.page, b.page]);

  const port = server.port;
  await server.stop();
  await expect(status(a.page)).toHaveText(/Live: (reconnecting|connecting)/);
  await addGoal(b.page, 'While down');
  await startServer(port);
  await expect(status(a.page)).toHaveText('Live: connected', { timeout: 20_000 });
  await expect(status(b.page)).toHaveText('Live: connected', { timeout: 20_000 });
  await addGoal(a.page, 'After restart');
  const shared = await converged([a.page, b.page], 20_000);
  expect(names(shared)).toEqual(['After restart', 'Before restart', 'While down']);
});

test('when the host ends the session everyone keeps the whole strategy, to edit, export and share again', async () => {
  const a = await person();
  const b = await person();
  const c = await person();
  const code = await host(a.page, 'Ending plan');
  await join(b.page, code, 'Bora');
  await addGoal(a.page, 'From Ahn');
  await addGoal(b.page, 'From Bora');
  await converged([a.page, b.page]);

  // Bora only watches by the end: her copy is hers to edit once the session is over.
  await a.page
    .getByRole('list', { name: 'Participants' })
    .getByRole('combobox', { name: 'Role of Bora' })
    .selectOption('viewer');
  await expect(b.page.getByRole('button', { name: 'Add goal' })).toBeDisabled({ timeout: 20_000 });
  await a.page.getByRole('button', { name: 'End live session' }).click();
  await expect(
    a.page.getByText('The live session has ended. Everyone keeps a copy.'),
  ).toBeVisible();
  await expect(a.page.getByRole('button', { name: 'Start live session' })).toBeVisible();
  await expect(
    b.page.getByText('The live session has ended. Your copy stays in your library.'),
  ).toBeVisible({ timeout: 20_000 });
  await expect(status(b.page)).toHaveText('Live: not connected');
  await expect(b.page.getByRole('button', { name: 'Start live session' })).toBeEnabled();
  // Her session panel says so too: nobody is shown in the session any more, nor to follow.
  await b.page.getByRole('button', { name: 'Participants' }).click();
  const panel = b.page.getByRole('complementary', { name: 'Live session' });
  await expect(panel).toContainText('The live session has ended. Your copy stays in your library.');
  await expect(panel.getByRole('button', { name: 'Follow Ahn' })).toHaveCount(0);
  await expect(panel.getByText('online', { exact: true })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close' }).click();
  // Closed, by its button or by Escape, the panel leaves focus on the button that opens it.
  const participants = b.page.getByRole('button', { name: 'Participants' });
  await expect(participants).toBeFocused();
  await participants.press('Enter');
  await panel.getByRole('button', { name: 'Close' }).focus();
  await b.page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(participants).toBeFocused();

  // Bora goes on alone with every goal: edits, exports, and shares it again herself.
  await addGoal(b.page, 'Bora alone');
  expect(names(await graphOf(b.page))).toEqual(['Bora alone', 'From Ahn', 'From Bora']);
  expect(names(await graphOf(a.page))).toEqual(['From Ahn', 'From Bora']);
  const downloading = b.page.waitForEvent('download');
  await b.page.getByRole('button', { name: 'Export file' }).click();
  const exported = JSON.parse(await readFile((await (await downloading).path())!, 'utf8')) as {
    strategy: { nodes: { data: { title?: string } }[] };
  };
  expect(exported.strategy.nodes.map((node) => node.data.title).sort()).toEqual([
    'Bora alone',
    'From Ahn',
    'From Bora',
  ]);

  const again = await shareOpen(b.page, 'Bora');
  expect(again).not.toBe(code);
  await join(c.page, again, 'Chul');
  expect(names(await converged([b.page, c.page]))).toEqual(['Bora alone', 'From Ahn', 'From Bora']);
  // The code of the ended session lets nobody in.
  await c.page.goto(`${server.url}?lang=en#/join`);
  await c.page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await c.page.getByRole('textbox', { name: 'Your name' }).fill('Chul');
  await c.page.getByRole('button', { name: 'Join' }).click();
  await expect(c.page.getByRole('alert')).toHaveText(
    'That join code is not right, or its session has ended.',
  );
});

test('a participant who leaves keeps the strategy in their library, out of the session', async () => {
  const a = await person();
  const b = await person();
  const code = await host(a.page, 'Leaving plan');
  await join(b.page, code, 'Bora');
  await addGoal(a.page, 'Before Bora left');
  await converged([a.page, b.page]);

  await b.page.getByRole('button', { name: 'Participants' }).click();
  await b.page.getByRole('button', { name: 'Leave session' }).click();
  await expect(
    b.page.getByText('You left the live session. Your copy stays in your library.'),
  ).toBeVisible();
  await expect(b.page.getByRole('button', { name: 'Start live session' })).toBeVisible();
  await expect(a.page.getByRole('list', { name: 'Participants' })).not.toContainText(
    /Bora.*online/,
    { timeout: 20_000 },
  );

  // What Ahn adds now reaches Bora no more; her copy and her edits stay hers.
  await addGoal(a.page, 'After Bora left');
  await addGoal(b.page, 'Bora on her own');
  await b.page.getByRole('button', { name: 'Back to library' }).click();
  // Her row says where the copy came from, as her own copy of a strategy so named would not.
  const row = strategyRow(b.page, 'Leaving plan');
  await expect(row).toContainText(/From a live session joined \d{4}-\d{2}-\d{2}/);
  await expect(row).not.toContainText('In a live session');
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(b.page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue('Leaving plan');
  expect(names(await graphOf(b.page))).toEqual(['Before Bora left', 'Bora on her own']);
  expect(names(await graphOf(a.page))).toEqual(['After Bora left', 'Before Bora left']);
});

/** What one person's scripted edits did, as their copy saw it at the time. */
interface EditLog {
  added: string[];
  deleted: string[];
  linked: { id: string; source: string; target: string }[];
  unlinked: string[];
  renamed: number;
  /** Every title given to a goal, on adding it or renaming it. */
  titles: [id: string, title: string][];
  moved: number;
}

/**
 * Edits through the store's own actions, the path a person's edits take: first `adds` goals,
 * then `count` edits picked at random among adding, renaming, moving and deleting goals and
 * adding and removing links, with short random pauses so they interleave with everyone else's.
 */
function randomEdits(
  page: Page,
  options: { seed: number; adds: number; count: number; tag: string },
): Promise<EditLog> {
  return page.evaluate(
    async ({ key, seed, adds, count, tag }) => {
      type Store = {
        nodes: { id: string }[];
        edges: { id: string; source: string; target: string }[];
        addNode(kind: string): string;
        updateNodeField(id: string, key: string, value: unknown): void;
        selectOnly(id: string): void;
        moveSelection(dx: number, dy: number): void;
        deleteSelection(): void;
        connect(source: string, target: string): void;
        removeEdge(id: string): void;
      };
      const store = () =>
        (window as unknown as Record<string, { actions(): Store }>)[key]!.actions();
      let state = seed;
      const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
      const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
      const log: EditLog = {
        added: [],
        deleted: [],
        linked: [],
        unlinked: [],
        renamed: 0,
        titles: [],
        moved: 0,
      };
      for (let i = 0; i < adds + count; i++) {
        const nodes = store().nodes.map((node) => node.id);
        const edgesBefore = new Set(store().edges.map((edge) => edge.id));
        const choice = i < adds || nodes.length < 4 ? 0 : random();
        if (choice < 0.2) {
          const id = store().addNode('goal');
          const title = `${tag} ${i}`;
          store().updateNodeField(id, 'title', title);
          log.added.push(id);
          log.titles.push([id, title]);
        } else if (choice < 0.35) {
          const id = pick(nodes);
          const title = `${tag} renamed ${i}`;
          store().updateNodeField(id, 'title', title);
          log.renamed += 1;
          log.titles.push([id, title]);
        } else if (choice < 0.5) {
          store().selectOnly(pick(nodes));
          store().moveSelection(Math.round(random() * 200) - 100, Math.round(random() * 200) - 100);
          log.moved += 1;
        } else if (choice < 0.62) {
          const id = pick(nodes);
          store().selectOnly(id);
          store().deleteSelection();
          log.deleted.push(id);
        } else if (choice < 0.85) {
          const source = pick(nodes);
          store().connect(source, pick(nodes.filter((id) => id !== source)));
        } else if (edgesBefore.size > 0) {
          const id = pick([...edgesBefore]);
          store().removeEdge(id);
          log.unlinked.push(id);
        }
        // Adding next to a selected goal may link it too: every new link counts, however made.
        for (const { id, source, target } of store().edges)
          if (!edgesBefore.has(id)) log.linked.push({ id, source, target });
        if (i >= adds) await new Promise((resolve) => setTimeout(resolve, random() * 40));
      }
      return log;
    },
    { key: INSPECT, ...options },
  );
}

interface GraphJson {
  nodes: { id: string; data: { title?: string } }[];
  edges: { id: string; source: string; target: string }[];
}

test('ten people make random concurrent edits and end with the same graph', async () => {
  test.setTimeout(240_000);
  const label = ['Ahn', 'Bora', 'Chul', 'Dami', 'Eun', 'Hana', 'Ilsu', 'Jiwoo', 'Kyung', 'Minji'];
  const pages = (await Promise.all(label.map(() => person()))).map((p) => p.page);
  // The joiners' pages load while the host starts the session.
  const [code] = await Promise.all([
    host(pages[0]!, 'Crowd plan'),
    ...pages.slice(1).map((page) => page.goto(`${server.url}?lang=en#/join`)),
  ]);
  await Promise.all(pages.slice(1).map((page, i) => join(page, code, label[i + 1]!, 90_000)));
  await expect(
    pages[0]!.getByRole('list', { name: 'Participants' }).getByRole('listitem'),
  ).toHaveCount(10);

  // Everyone adds two goals, then, once all have them, edits at random, often the same goals.
  const logs = await Promise.all(
    pages.map((page, i) => randomEdits(page, { seed: 1 + i, adds: 2, count: 0, tag: label[i]! })),
  );
  await converged(pages, 60_000);
  // Deletions among them: a late move or rename of a goal someone deleted must not bring it back.
  logs.push(
    ...(await Promise.all(
      pages.map((page, i) =>
        randomEdits(page, { seed: 18 + i * 7919, adds: 0, count: 8, tag: label[i]! }),
      ),
    )),
  );
  const shared = JSON.parse(await converged(pages, 60_000)) as GraphJson;

  const all = <T>(list: (log: EditLog) => T[]) => logs.flatMap(list);
  const total = (count: (log: EditLog) => number) => logs.reduce((sum, log) => sum + count(log), 0);
  expect(total((log) => log.added.length)).toBeGreaterThan(10);
  expect(total((log) => log.renamed)).toBeGreaterThan(0);
  expect(total((log) => log.moved)).toBeGreaterThan(0);
  expect(total((log) => log.deleted.length)).toBeGreaterThan(0);
  expect(total((log) => log.linked.length)).toBeGreaterThan(0);
  expect(total((log) => log.unlinked.length)).toBeGreaterThan(0);

  // Nothing anyone did is lost: every goal added and not deleted is there, every link made and
  // not removed whose ends are both there, and nothing else.
  const deleted = new Set(all((log) => log.deleted));
  const unlinked = new Set(all((log) => log.unlinked));
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  expect(sorted(shared.nodes.map((node) => node.id))).toEqual(
    sorted(all((log) => log.added).filter((id) => !deleted.has(id))),
  );
  // Every link shown is one somebody made, did not remove, and whose ends are both there.
  const kept = new Set(
    all((log) => log.linked)
      .filter((edge) => !unlinked.has(edge.id))
      .filter((edge) => !deleted.has(edge.source) && !deleted.has(edge.target))
      .map((edge) => edge.id),
  );
  for (const edge of shared.edges) expect(kept.has(edge.id)).toBe(true);
  expect(shared.edges.length).toBeGreaterThan(0);
  // A goal renamed by several people at once ends with one of the names it was given.
  const given = all((log) => log.titles);
  for (const node of shared.nodes)
    expect(given.filter(([id]) => id === node.id).map(([, title]) => title)).toContain(
      node.data.title,
    );
});

/**
 * Where a person's canvas looks: its centre and zoom. Canvases differ in size (the host's toolbar
 * holds more), so following someone shares the centre, not the transform.
 */
const viewOf = (page: Page) =>
  page.evaluate((key) => {
    const inspector = (
      window as unknown as Record<
        string,
        {
          actions(): {
            viewport: { centre(): { x: number; y: number; zoom: number } | null } | null;
          };
        }
      >
    )[key]!;
    return inspector.actions().viewport?.centre() ?? null;
  }, INSPECT);

/** Whether two people look at the same place, to a pixel of the canvas. */
async function sameView(one: Page, other: Page): Promise<boolean> {
  const [a, b] = await Promise.all([viewOf(one), viewOf(other)]);
  if (!a || !b) return false;
  return Math.abs(a.zoom - b.zoom) < 0.005 && Math.hypot(a.x - b.x, a.y - b.y) * a.zoom < 1.5;
}

/** Someone who joins with the code as any client could, outside the app: a provider in Node. */
async function rawClient(code: string, strategyId: string, name: string) {
  const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import('@hocuspocus/provider');
  const { default: WebSocket } = await import('ws');
  const Y = await import('yjs');
  const doc = new Y.Doc();
  const scopes: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: server.syncUrl,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `strategy:${strategyId}`,
    document: doc,
    token: JSON.stringify({ code, name, participantId: `raw-${name.toLowerCase()}-0001` }),
    onAuthenticated: ({ scope }) => void scopes.push(scope),
  });
  provider.attach();
  await expect.poll(() => provider.isSynced, { timeout: 20_000 }).toBe(true);
  return {
    doc,
    provider,
    scope: () => scopes.at(-1),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

test("the facilitator's controls: viewers read-only on the server, follow, bring everyone, remove", async () => {
  test.setTimeout(180_000);
  const [a, b, c, d] = (await Promise.all([1, 2, 3, 4].map(() => person()))).map((p) => p.page) as [
    Page,
    Page,
    Page,
    Page,
  ];
  const [code] = await Promise.all([
    host(a, 'Facilitated plan'),
    ...[b, c, d].map((page) => page.goto(`${server.url}?lang=en#/join`)),
  ]);
  await Promise.all([
    join(b, code, 'Bora', 60_000),
    join(c, code, 'Chul', 60_000),
    join(d, code, 'Minji', 60_000),
  ]);
  await addGoal(a, 'Shared goal');
  const before = JSON.parse(await converged([a, b, c, d])) as GraphJson;
  const goalId = before.nodes[0]!.id;
  const participants = a.getByRole('list', { name: 'Participants' });

  // Made a viewer by the facilitator, a client that writes anyway is not heard by anyone.
  const strategyId = /#\/strategy\/([^/?]+)/.exec(a.url())![1]!;
  const raw = await rawClient(code, strategyId, 'Raw');
  try {
    await participants.getByRole('combobox', { name: 'Role of Raw' }).selectOption('viewer');
    await expect.poll(raw.scope, { timeout: 20_000 }).toBe('readonly');
    await expect.poll(() => raw.provider.isSynced, { timeout: 20_000 }).toBe(true);
    raw.doc.transact(() => {
      const nodes = raw.doc.getMap<YMap<unknown>>('nodes');
      nodes.set('intruder', nodes.get(goalId)!.clone());
      (nodes.get(goalId)!.get('data') as YMap<unknown>).set('title', 'Defaced');
    });
    await addGoal(b, 'After the intruder');
    const after = await converged([a, b, c, d], 30_000);
    expect(names(after)).toEqual(['After the intruder', 'Shared goal']);
    const onServer = server.hocuspocus.documents.get(`strategy:${strategyId}`)!.getMap('nodes');
    expect(onServer.has('intruder')).toBe(false);
  } finally {
    raw.destroy();
  }

  // Made a viewer while connected, Bora can change nothing until made an editor again.
  await participants.getByRole('combobox', { name: 'Role of Bora' }).selectOption('viewer');
  await expect(b.getByText('You are a viewer in this live session')).toBeVisible({
    timeout: 20_000,
  });
  await expect(b.getByRole('button', { name: 'Edit here instead' })).toHaveCount(0);
  await expect(b.getByRole('button', { name: 'Add goal' })).toBeDisabled();
  await participants.getByRole('combobox', { name: 'Role of Bora' }).selectOption('editor');
  await expect(b.getByRole('button', { name: 'Add goal' })).toBeEnabled({ timeout: 20_000 });
  await expect(b.getByText('You are a viewer in this live session')).toHaveCount(0);
  await addGoal(b, 'Editing again');
  expect(names(await converged([a, b, c, d], 30_000))).toContain('Editing again');

  // Bora follows Ahn: Ahn's view moves, Bora's with it.
  await b.getByRole('button', { name: 'Participants' }).click();
  await b.getByRole('button', { name: 'Follow Ahn' }).click();
  await a.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => sameView(b, a), { timeout: 20_000 }).toBe(true);

  // "Bring everyone here" moves Chul, who follows nobody, to Ahn's view.
  const chulBefore = await viewOf(c);
  await a.getByRole('button', { name: 'Zoom out' }).click();
  await a.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => viewOf(c)).toEqual(chulBefore);
  await a.getByRole('button', { name: 'Bring everyone here' }).click();
  await expect.poll(() => sameView(c, a), { timeout: 20_000 }).toBe(true);

  // Removed, Minji is disconnected and her code no longer lets her in. Each person's tools
  // show whole in the panel, which does not scroll sideways.
  for (const name of ['Bora', 'Chul', 'Minji'])
    await expect(
      participants.getByRole('button', { name: `Remove ${name} from session` }),
    ).toBeInViewport({ ratio: 1 });
  expect(
    await participants.evaluate((list) => {
      const panel = list.closest('aside') ?? list;
      return panel.scrollWidth - panel.clientWidth;
    }),
  ).toBeLessThanOrEqual(0);
  await participants.getByRole('button', { name: 'Remove Minji from session' }).click();
  await expect(d.getByText('You were removed from the live session')).toBeVisible({
    timeout: 20_000,
  });
  await expect(status(d)).toHaveText('Live: not connected');
  await expect(participants).not.toContainText('Minji');
  await d.goto(`${server.url}?lang=en#/join`);
  await d.getByRole('textbox', { name: 'Join code' }).fill(code);
  await d.getByRole('textbox', { name: 'Your name' }).fill('Minji');
  await d.getByRole('button', { name: 'Join' }).click();
  await expect(d.getByRole('alert')).toContainText('You were removed', { timeout: 20_000 });
});
