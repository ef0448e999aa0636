import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Download,
  type Page,
} from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { generateStrategy } from '../bench/generateStrategy';

/** Debian's Chromium, started the way this machine's closed network needs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own address-bar pages, which it loads at every start though a headless window
  // never shows them: hundreds of scripts competing with the app for the machine.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** The save indicator while edits are still on their way to the database, in either language. */
const STILL_SAVING = /^(Saving…|Not saved — retrying|저장 중…|저장되지 않음 — 다시 시도하는 중)$/;

export interface Workbench {
  page: Page;
  /** Closes the browser and starts it again on the same on-disk profile, like reopening the app. */
  relaunch(): Promise<Page>;
}

export const test = base.extend<{
  /** Chromium's command line; the bench adds flags to some of its tests. */
  chromiumArgs: string[];
  /** Scrollbars that take room, as on Windows; Playwright's headless Chromium hides them. */
  roomyScrollbars: boolean;
  profileDir: string;
  workbench: Workbench;
}>({
  chromiumArgs: [CHROMIUM_ARGS, { option: true }],
  roomyScrollbars: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, provide) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'workbench-profile-'));
    await provide(dir);
    await rm(dir, { recursive: true, force: true });
  },
  workbench: async ({ chromiumArgs, roomyScrollbars, profileDir, baseURL, viewport }, provide) => {
    let context: BrowserContext | null = null;
    const launch = async () => {
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM_PATH,
        args: chromiumArgs,
        ignoreDefaultArgs: roomyScrollbars ? ['--hide-scrollbars'] : [],
        baseURL,
        viewport,
        acceptDownloads: true,
        locale: 'en-US',
      });
      return context.pages()[0] ?? (await context.newPage());
    };
    const workbench: Workbench = {
      page: await launch(),
      async relaunch() {
        // Like the desktop shell, which holds its window open until the page has saved.
        await expect(workbench.page.getByText(STILL_SAVING)).toHaveCount(0, { timeout: 30_000 });
        await context?.close();
        workbench.page = await launch();
        return workbench.page;
      },
    };
    await provide(workbench);
    await (context as BrowserContext | null)?.close();
  },
});

export { expect };

/** A node as the open strategy holds it, read through the page's inspection hook. */
export interface PlacedNode {
  id: string;
  kind: string;
  position: { x: number; y: number };
}

/** The open strategy's nodes with their places, hidden ones included. */
export function nodesInPage(page: Page): Promise<PlacedNode[]> {
  return page.evaluate(
    () =>
      JSON.parse(
        (
          window as unknown as { cityDiplomacyWorkbench: { graphJson(): string } }
        ).cityDiplomacyWorkbench.graphJson(),
      ).nodes,
  );
}

/** The canvas's zoom, from React Flow's view transform. */
export function canvasZoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((v) => Number(/scale\(([\d.]+)\)/.exec((v as HTMLElement).style.transform)![1]));
}

/** Opens the app in English and waits for the library. */
export async function openLibrary(page: Page, query = '?lang=en'): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { name: /Strategy library|전략 목록/ })).toBeVisible();
}

/**
 * Imports a generated strategy of `size` nodes (the bench's, seeded) through "Import file" from
 * the library, as a user would; returns what was generated.
 */
export async function importGeneratedStrategy(
  page: Page,
  file: string,
  size: number,
  seed = 7,
): Promise<ReturnType<typeof generateStrategy>> {
  const strategy = generateStrategy(size, seed);
  writeFileSync(file, serializeStrategy({ ...strategy, id: 'large' }, strategy.createdAt));
  await openLibrary(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);
  return strategy;
}

/** Creates a strategy from the library and opens it, its title typed as a user would. */
export async function newStrategy(page: Page, title: string): Promise<void> {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New strategy' }).click();
  const field = page.getByRole('textbox', { name: 'Strategy title' });
  await field.fill(title);
  await field.press('Enter');
}

/** Clicks a button and waits for the downloads it starts. */
export async function downloads(page: Page, button: string, count: number): Promise<Download[]> {
  const seen: Download[] = [];
  const all = new Promise<Download[]>((resolve) => {
    page.on('download', (download) => {
      seen.push(download);
      if (seen.length === count) resolve(seen);
    });
  });
  await page.getByRole('button', { name: button }).click();
  return all;
}

/**
 * Prints the plan at `route` (`#/print/…`) as the desktop app's printToPDF does, into `file`,
 * and returns its text as poppler reads it, laid out.
 */
export async function printedText(page: Page, route: string, file: string): Promise<string> {
  await page.goto(`/${route}`);
  // The contents' page numbers are counted on the laid-out plan first, which takes a while.
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
    timeout: 90_000,
  });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function strategyRow(page: Page, title: string) {
  return page.getByRole('listitem', { name: title, exact: true });
}

/** The sample strategy's title, as a first run in each language writes it. */
export const SAMPLE_TITLE = {
  en: 'Seoul city diplomacy 2018',
  ko: '서울시 도시외교 2018',
} as const;

/**
 * Opens the sample strategy from the library, the UI in `language`, and returns its id once its
 * canvas shows. A first run stores the sample before it opens: on a busy machine, that takes
 * longer than the usual wait.
 */
export async function openSample(page: Page, language: 'en' | 'ko' = 'en'): Promise<string> {
  await openLibrary(page, `?lang=${language}`);
  await strategyRow(page, SAMPLE_TITLE[language])
    .getByRole('button', { name: language === 'en' ? 'Open' : '열기' })
    .click();
  await page.waitForURL(/#\/strategy\//);
  await expect(
    page.getByRole('region', { name: language === 'en' ? 'Strategy canvas' : '전략 캔버스' }),
  ).toBeVisible({ timeout: 30_000 });
  return decodeURIComponent(page.url().split('#/strategy/')[1]!);
}

/** Opens the sample as openSample does, and waits for its cards (not the zoomed-out drawing). */
export async function openSampleCards(page: Page, language: 'en' | 'ko' = 'en'): Promise<string> {
  const id = await openSample(page, language);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  return id;
}

/**
 * For each edge name drawn whole in view (of those `selector` finds), its text, place and the
 * screen's pixels (RGBA) in a band through its middle, from one screenshot: where its halo
 * should have put white between the letters and the words.
 */
export async function pixelsThroughEdgeNames(
  page: Page,
  selector = '.edge-name',
): Promise<{ name: string; x: number; y: number; pixels: number[] }[]> {
  const shot = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, selector }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const scale = image.width / innerWidth;
      return [...document.querySelectorAll(selector)].flatMap((name) => {
        const box = name.getBoundingClientRect();
        if (box.width === 0 || box.left < 0 || box.right > innerWidth) return [];
        if (box.top < 0 || box.bottom > innerHeight) return [];
        const { data } = context.getImageData(
          Math.round((box.left + 2) * scale),
          Math.round((box.top + box.height / 2 - 3) * scale),
          Math.round((box.width - 4) * scale),
          Math.round(6 * scale),
        );
        const place = { x: Math.round(box.x), y: Math.round(box.y) };
        return [{ name: name.textContent ?? '', ...place, pixels: [...data] }];
      });
    },
    { png: shot, selector },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`) });
}

/**
 * The canvas's view transform once it has stopped moving: the same over three frames, and the
 * edges taken back from the zoom's drawn layer. `from`, the transform before a move, must have
 * been left. Frames, not a wait in milliseconds: on a busy machine an animated view can stand
 * still for longer than any fixed wait and still be on its way.
 */
export async function viewAtRest(page: Page, from?: string): Promise<string> {
  let rest = '';
  await expect
    .poll(async () => {
      rest = await page.evaluate(async () => {
        const read = () =>
          document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        const first = read();
        for (let frame = 0; frame < 3; frame++)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        const zooming = document.querySelector('.react-flow[data-edges-drawn]');
        return read() === first && !zooming ? first : '';
      });
      return rest !== '' && rest !== from;
    })
    .toBe(true);
  return rest;
}

/**
 * `steps` wheel steps over the middle of the pane in one go, as a fast wheel or touchpad sends
 * them (each of `deltaY`), then a wait for what they start: the next frame, or `wait`
 * milliseconds. Either stays short of the zoom's rest.
 */
export function wheelOverPane(
  page: Page,
  steps: number,
  deltaY: number,
  wait: 'frame' | number = 'frame',
): Promise<void> {
  return page.evaluate(
    async ({ steps, deltaY, wait }) => {
      const pane = document.querySelector('.react-flow__pane')!;
      const box = pane.getBoundingClientRect();
      for (let step = 0; step < steps; step++)
        pane.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY,
            clientX: box.left + box.width / 2,
            clientY: box.top + box.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
      await new Promise((resolve) =>
        wait === 'frame' ? requestAnimationFrame(resolve) : setTimeout(resolve, wait),
      );
    },
    { steps, deltaY, wait },
  );
}
