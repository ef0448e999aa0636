import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Map as YMap } from 'yjs';
import { startLiveServer, type LiveServerHandle } from '../../electron/live/liveServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, expect, screenshot, test } from './fixtures';

// A workshop with the whole room: a facilitator and three participants in their own browsers,
// against the live sessions server serving the built app.

const STATIC_ROOT = path.resolve(process.env.LIVE_STATIC_ROOT ?? 'dist');
const ADMIN_TOKEN = 'admin-token-of-the-workshop-tests';
const INSPECT = 'cityDiplomacyWorkbench';

let browser: Browser;
let server: LiveServerHandle;
let dataDir: string;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  dataDir = await mkdtemp(path.join(tmpdir(), 'cdw-workshop-e2e-'));
  server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    staticRoot: STATIC_ROOT,
    persistenceDir: dataDir,
    adminToken: ADMIN_TOKEN,
    connectionsPerMinute: 0,
    storeDebounceMs: 50,
  });
});
test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  await browser?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function person(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
  });
  contexts.push(context);
  return context.newPage();
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Live:/ });

async function host(page: Page): Promise<string> {
  await page.goto(`${server.url}?lang=en`);
  await page.getByRole('button', { name: 'New strategy' }).click();
  const field = page.getByRole('textbox', { name: 'Strategy title' });
  await field.fill('Room workshop');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Start live session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a live session' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ahn');
  await dialog.getByLabel('Server admin token').fill(ADMIN_TOKEN);
  await dialog.getByRole('button', { name: 'Start live session' }).click();
  await expect(status(page)).toHaveText('Live: connected');
  const code = page.locator('.live-join-code');
  await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
  const text = (await code.textContent())!;
  await page
    .getByRole('complementary', { name: 'Live session' })
    .getByRole('button', {
      name: 'Close',
    })
    .click();
  return text;
}

/** Vertical centres of the controls, rounded: one value is one row. */
async function rowsOf(page: Page, controls: Locator[]): Promise<Set<number>> {
  const centres = await Promise.all(
    controls.map(async (control) => {
      const box = (await control.boundingBox())!;
      return Math.round(box.y + box.height / 2);
    }),
  );
  return new Set(centres);
}

/**
 * At 1366 px a facilitator's session tools do not fit beside the editor's: they take a row of
 * their own under it, whole, and the title, views and search keep the first.
 */
async function expectSessionToolsOnTheirOwnRow(page: Page) {
  const editorRow = await rowsOf(page, [
    page.getByRole('button', { name: 'Back to library' }),
    page.getByRole('textbox', { name: 'Strategy title' }),
    page.getByRole('tab', { name: 'Map' }),
    page.getByRole('button', { name: 'Delete selected' }),
    page.getByRole('textbox', { name: 'Search' }),
  ]);
  const sessionRow = await rowsOf(page, [
    status(page),
    page.getByRole('button', { name: 'Participants' }),
    page.getByRole('button', { name: 'Lock editing' }),
    page.getByRole('button', { name: 'Present' }),
    page.getByRole('button', { name: 'Start vote' }),
  ]);
  expect(editorRow.size).toBe(1);
  expect(sessionRow.size).toBe(1);
  expect([...sessionRow][0]).toBeGreaterThan([...editorRow][0]!);
}

async function join(page: Page, code: string, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(status(page)).toHaveText('Live: connected', { timeout: 60_000 });
}

/** One idea typed into the idea box, as a person would: N, the text, Enter, Escape. */
async function addIdea(page: Page, text: string): Promise<void> {
  await page.locator('.react-flow').focus();
  await page.keyboard.press('n');
  const box = page.getByRole('textbox', { name: 'New idea' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await box.press('Escape');
}

const ideaNames = async (page: Page) =>
  (
    JSON.parse(
      await page.evaluate(
        (key) => (window as unknown as Record<string, { graphJson(): string }>)[key]!.graphJson(),
        INSPECT,
      ),
    ) as { nodes: { kind: string; data: { text?: string } }[] }
  ).nodes
    .filter((node) => node.kind === 'idea')
    .map((node) => node.data.text ?? '')
    .sort();

interface Inspector {
  actions(): { openMeta: { votes?: { options: { label: string; total: number }[] }[] } };
}

/** The votes kept in this person's copy of the strategy: each round's options with their dots. */
const keptVotes = (page: Page) =>
  page.evaluate((key) => {
    const inspector = (window as unknown as Record<string, Inspector>)[key]!;
    return inspector
      .actions()
      .openMeta.votes?.map((vote) =>
        vote.options.map((option) => `${option.label}: ${option.total}`).sort(),
      );
  }, INSPECT);

/** Someone who joins with the code as any client could, outside the app: a provider in Node. */
async function rawClient(code: string, strategyId: string) {
  const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import('@hocuspocus/provider');
  const { default: WebSocket } = await import('ws');
  const Y = await import('yjs');
  const doc = new Y.Doc();
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
    token: JSON.stringify({ code, name: 'Raw', participantId: 'raw-workshop-0001' }),
  });
  provider.attach();
  await expect.poll(() => provider.isSynced, { timeout: 20_000 }).toBe(true);
  return {
    doc,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

test('a room runs a workshop: private ideas revealed, one timer, everyone’s dots counted, editing locked', async () => {
  test.setTimeout(240_000);
  const [a, b, c, d] = (await Promise.all([1, 2, 3, 4].map(() => person()))) as [
    Page,
    Page,
    Page,
    Page,
  ];
  const [code] = await Promise.all([
    host(a),
    ...[b, c, d].map((page) => page.goto(`${server.url}?lang=en#/join`)),
  ]);
  await Promise.all([join(b, code, 'Bora'), join(c, code, 'Chul'), join(d, code, 'Minji')]);
  await expectSessionToolsOnTheirOwnRow(a);
  const everyone = [a, b, c, d];
  const strategyId = /#\/strategy\/([^/?]+)/.exec(a.url())![1]!;

  // Private mode: each person sees only their own new ideas, the others' cards blank.
  await a.getByRole('button', { name: 'Private mode' }).click();
  await expect(a.getByRole('button', { name: 'Private mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (const page of [b, c, d])
    await expect(page.getByRole('note')).toContainText('Private mode', { timeout: 20_000 });
  const ideas = ['Night buses', 'School streets', 'Car-free Sundays', 'Park and ride'];
  // One after another, so that each new card finds a free place beside those already there.
  for (const [i, page] of everyone.entries()) {
    await addIdea(page, ideas[i]!);
    const added = ideas.slice(0, i + 1).sort();
    for (const other of everyone)
      await expect.poll(() => ideaNames(other), { timeout: 20_000 }).toEqual(added);
  }
  const shown = (page: Page, text: string) =>
    page.locator('.react-flow__node-idea .node-name').filter({ hasText: text });
  for (const [i, page] of everyone.entries()) {
    await expect(shown(page, ideas[i]!)).toBeVisible();
    for (const [j, other] of ideas.entries())
      if (j !== i) await expect(shown(page, other)).toBeHidden();
  }
  await expect(b.locator('.react-flow__node-idea')).toHaveCount(4);
  // Selecting someone else's card does not show its text in the inspector either.
  await b.locator('.react-flow__node-idea').filter({ hasText: 'Night buses' }).click();
  const inspector = b.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText('Someone’s idea, hidden until revealed');
  await expect(inspector).not.toContainText('Night buses');
  // Nor does its author's presence on it say whose it is.
  await d.locator('.react-flow__node-idea').filter({ hasText: 'Park and ride' }).click();
  // (Presence takes a moment to arrive: once revealed, below, it shows.)
  await b.waitForTimeout(1000);
  await expect(b.getByRole('img', { name: 'Minji is on this card' })).toHaveCount(0);
  await screenshot(b, 'workshop-live-private-en');

  // "Reveal ideas" shows every idea to everyone.
  await a.getByRole('button', { name: 'Reveal ideas' }).click();
  for (const page of everyone)
    for (const text of ideas) await expect(shown(page, text)).toBeVisible({ timeout: 20_000 });
  await expect(b.getByRole('img', { name: 'Minji is on this card' })).toBeVisible();

  // Someone who selects a card shows on it for the others, by name.
  await c.locator('.react-flow__node-idea').filter({ hasText: 'Night buses' }).click();
  await expect(a.getByRole('img', { name: 'Chul is on this card' })).toBeVisible({
    timeout: 20_000,
  });
  await screenshot(a, 'workshop-live-facilitator-en');

  // One timer for the room: the facilitator starts and pauses it, everyone sees the same time.
  await a.getByRole('button', { name: 'Start timer' }).click();
  await a.getByRole('button', { name: '5 minutes', exact: true }).click();
  for (const page of everyone)
    await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[45]:\d\d$/, {
      timeout: 20_000,
    });
  // Only the facilitator runs it: the one button others have moves it on their own screen.
  await expect(b.getByRole('region', { name: 'Timer' }).getByRole('button')).toHaveAccessibleName(
    'Move timer',
  );
  await a.getByRole('region', { name: 'Timer' }).getByRole('button', { name: 'Pause' }).click();
  await expect(a.getByRole('button', { name: 'Resume' })).toBeVisible();
  const paused = (await a.getByRole('timer', { name: 'Time left' }).textContent())!;
  for (const page of everyone)
    await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(paused);

  // A peer writing nonsense for the timer changes nothing anyone sees.
  const raw = await rawClient(code, strategyId);
  try {
    raw.doc.getMap('workshop').set('timer', { durationMs: 'soon', runningSince: -1 });
    await expect
      .poll(() => raw.doc.getMap('workshop').get('timer'), { timeout: 20_000 })
      .toMatchObject({ usedMs: expect.any(Number) });
    for (const page of everyone)
      await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(paused);
    await a.getByRole('region', { name: 'Timer' }).getByRole('button', { name: 'Stop' }).click();
    for (const page of everyone)
      await expect(page.getByRole('timer', { name: 'Time left' })).toHaveCount(0);

    // A vote with three dots each: each person places their own, the totals count them all.
    await a.locator('.react-flow').focus();
    await a.keyboard.press('Control+a');
    await a.getByRole('button', { name: 'Start vote' }).click();
    const setup = a.getByRole('dialog', { name: 'Start vote' });
    await expect(setup.getByText('4 options')).toBeVisible();
    await setup.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
    await setup.getByRole('button', { name: 'Start vote' }).click();
    const dots: [Page, string[]][] = [
      [a, ['School streets', 'School streets', 'Night buses']],
      [b, ['School streets', 'Night buses', 'Park and ride']],
      [c, ['School streets', 'School streets', 'School streets']],
      [d, ['Night buses', 'Night buses', 'Park and ride']],
    ];
    await Promise.all(
      dots.map(async ([page, choices]) => {
        const vote = page.getByRole('region', { name: 'Vote' });
        await expect(vote).toBeVisible({ timeout: 20_000 });
        for (const [i, name] of choices.entries()) {
          await vote.getByRole('button', { name: `Add a dot to ${name}` }).click();
          await expect(vote.getByText(`Your dots: ${i + 1} of 3`)).toBeVisible();
        }
        // Every dot is placed: no fourth.
        await expect(
          vote.getByRole('button', { name: 'Add a dot to Car-free Sundays' }),
        ).toBeDisabled();
      }),
    );
    await expect(b.getByRole('region', { name: 'Vote' }).getByText('12 dots')).toBeVisible({
      timeout: 20_000,
    });
    await screenshot(b, 'workshop-live-vote-en');
    // Who is on a card shows whole, on the card this person has selected too.
    const presence = b.getByRole('img', { name: /is on this card$/ });
    await expect(presence.first()).toBeVisible();
    const covered = await presence.evaluateAll((all) =>
      all.flatMap((dot) => {
        const box = dot.getBoundingClientRect();
        const inset = box.width * 0.3;
        return [
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ]
          .filter(([x, y]) => !dot.contains(document.elementFromPoint(x!, y!)))
          .map(([x, y]) => `${dot.getAttribute('aria-label')} at ${x},${y}`);
      }),
    );
    expect(covered).toEqual([]);
    await a.getByRole('button', { name: 'Reveal votes' }).click();
    for (const page of everyone)
      await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveText(
        [
          /1\.School streets.*6 dots/,
          /2\.Night buses.*4 dots/,
          /3\.Park and ride.*2 dots/,
          /4\.Car-free Sundays.*0 dots/,
        ],
        { timeout: 20_000 },
      );
    await a.getByRole('button', { name: 'End vote' }).click();
    for (const page of everyone) {
      await expect(page.getByRole('region', { name: 'Vote' })).toHaveCount(0, { timeout: 20_000 });
      await expect
        .poll(() => keptVotes(page))
        .toEqual([
          ['Car-free Sundays: 0', 'Night buses: 4', 'Park and ride: 2', 'School streets: 6'],
        ]);
    }
    // Their vote panel gone, the others are told how it came out.
    for (const page of [b, c, d])
      await expect(page.getByRole('status').filter({ hasText: 'ended round 1' })).toContainText(
        'The facilitator ended round 1: most dots went to School streets (6 dots). The result is kept in the strategy.',
      );

    // "Lock editing": the participants' editors say so and refuse changes, and the server
    // drops whatever a client writes anyway.
    await a.getByRole('button', { name: 'Lock editing' }).click();
    await expect(a.getByRole('button', { name: 'Lock editing' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const page of [b, c, d]) {
      await expect(page.getByText('The facilitator has locked editing').first()).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.getByRole('button', { name: 'Add goal' })).toBeDisabled();
    }
    await expect(a.getByRole('button', { name: 'Add goal' })).toBeEnabled();
    const nodes = raw.doc.getMap<YMap<unknown>>('nodes');
    const someId = [...nodes.keys()][0]!;
    raw.doc.transact(() => nodes.set('intruder', nodes.get(someId)!.clone()));
    await addIdea(a, 'Facilitator still edits');
    await expect.poll(() => ideaNames(b), { timeout: 20_000 }).toContain('Facilitator still edits');
    const onServer = server.hocuspocus.documents.get(`strategy:${strategyId}`)!.getMap('nodes');
    expect(onServer.has('intruder')).toBe(false);
    expect((await ideaNames(b)).length).toBe(5);
    raw.destroy();

    await a.getByRole('button', { name: 'Lock editing' }).click();
    for (const page of [b, c, d])
      await expect(page.getByRole('button', { name: 'Add goal' })).toBeEnabled({
        timeout: 20_000,
      });
    await addIdea(b, 'Back to editing');
    await expect.poll(() => ideaNames(a), { timeout: 20_000 }).toContain('Back to editing');
  } finally {
    raw.destroy();
  }
});

test('on the sample, which opens on its goals, ideas added from the sidebar show on everyone’s map', async () => {
  test.setTimeout(120_000);
  const [a, b] = (await Promise.all([person(), person()])) as [Page, Page];
  await a.goto(`${server.url}?lang=en`);
  await a
    .getByRole('listitem', { name: 'Seoul city diplomacy 2018' })
    .getByRole('button', { name: 'Open' })
    .click();
  await a.getByRole('button', { name: 'Start live session' }).click();
  const dialog = a.getByRole('dialog', { name: 'Start a live session' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ahn');
  await dialog.getByLabel('Server admin token').fill(ADMIN_TOKEN);
  await dialog.getByRole('button', { name: 'Start live session' }).click();
  await expect(a.locator('.live-join-code')).toHaveText(/^[A-Z2-9]{6}$/, { timeout: 30_000 });
  const code = (await a.locator('.live-join-code').textContent())!;
  await b.goto(`${server.url}?lang=en#/join`);
  await join(b, code, 'Bora');
  // Joined, the strategy opens on the top of its goal tree as it does for its host: the vision
  // whole and clear of the canvas's controls, not at the graph's origin under them.
  const vision = b.locator('.react-flow__node').filter({ hasText: 'Seoul, Global Sharing City' });
  await expect(vision).toBeInViewport({ ratio: 1 });
  const controls = (await b.locator('.view-controls').boundingBox())!;
  expect((await vision.boundingBox())!.y).toBeGreaterThan(controls.y + controls.height);

  for (const [page, text] of [
    [b, 'Night buses'],
    [a, 'School streets'],
  ] as const) {
    await page.getByRole('button', { name: 'Add idea' }).click();
    await page
      .getByRole('region', { name: 'Inspector' })
      .getByRole('textbox', { name: 'Idea', exact: true })
      .fill(text);
    await page.keyboard.press('Tab');
  }
  // Each map shows both, the other's as well as their own: the goals and two ideas. (Each idea
  // lands in its author's view, which the other's need not show: counted, not looked for.)
  for (const page of [a, b])
    await expect(
      page.getByRole('group', { name: 'Focus, filters and views' }).getByRole('status'),
    ).toHaveText('Showing 18 of 158 nodes', { timeout: 20_000 });
  await a.getByRole('textbox', { name: 'Search' }).fill('Night buses');
  await a.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(
    a.locator('.react-flow__node-idea').filter({ hasText: 'Night buses' }),
  ).toBeVisible();
});
