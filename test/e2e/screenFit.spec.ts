import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startLiveServer } from '../../electron/live/liveServer';
import {
  expect,
  openLibrary,
  openSample,
  SAMPLE_TITLE,
  screenshot,
  strategyRow,
  test,
} from './fixtures';

// Every main screen on a common laptop (1366×768) and a common desktop (1920×1080), in both
// languages: the editor's toolbar is one row, the sidebar's foot is in sight, and no word is
// broken in the middle or spills out of its box.

const TEXT = {
  en: {
    open: 'Open',
    title: 'Strategy title',
    language: 'Language',
    canvas: 'Canvas',
    pipeline: 'Pipeline',
    activity: 'Partner activity',
    map: 'Map',
    worldMap: 'World map',
    details: 'Strategy details',
    pdf: 'Export PDF',
    pdfDialog: 'Export the plan as PDF',
    word: 'Export Word',
    wordDialog: 'Export the plan as Word',
    cancel: 'Cancel',
    strategyCanvas: 'Strategy canvas',
    mapTools: 'Focus, filters and views',
    filters: 'Filters',
  },
  ko: {
    open: '열기',
    title: '전략 제목',
    language: '언어',
    canvas: '캔버스',
    pipeline: '파이프라인',
    activity: '교류 활동',
    map: '지도',
    worldMap: '세계 지도',
    details: '전략 정보',
    pdf: 'PDF 내보내기',
    pdfDialog: '계획서를 PDF로 내보내기',
    word: 'Word 내보내기',
    wordDialog: '계획서를 Word로 내보내기',
    cancel: '취소',
    strategyCanvas: '전략 캔버스',
    mapTools: '포커스, 필터와 보기',
    filters: '필터',
  },
} as const;

/**
 * Words drawn over two lines, and boxes whose text spills out, in what the screen shows now.
 * The canvas's cards (names as typed, clamped to their card) are left out; a word wider than
 * its whole box may break, as there is no other way to show it.
 */
function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.react-flow__node, svg, .visually-hidden, option')) continue;
      if (parent.getClientRects().length === 0) continue;
      const text = node.textContent ?? '';
      // English may break after a hyphen; Korean and every other word, only at a space.
      for (const match of text.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        const room = parent.closest('button, label, li, td, th, p, h2, h3, div')?.clientWidth ?? 0;
        if (lines.size > 1 && width < room - 2) faults.push(`"${match[0]}" broken in "${text}"`);
      }
    }
    for (const box of document.querySelectorAll<HTMLElement>(
      'button, label, th, summary, h1, h2, h3, [role="tab"]',
    )) {
      if (box.getClientRects().length === 0 || getComputedStyle(box).overflow !== 'visible')
        continue;
      if (box.scrollWidth > box.clientWidth + 1)
        faults.push(`"${box.textContent}" wider than its box`);
    }
    return faults;
  });
}

/** How far apart, top to bottom, the editor toolbar's controls are: one row keeps it small. */
function toolbarSpread(page: Page): Promise<number> {
  return page.locator('.editor-toolbar').evaluate((toolbar) => {
    const centres: number[] = [];
    for (const child of toolbar.children) {
      const box = child.getBoundingClientRect();
      if (box.height === 0 || child.classList.contains('live-panel')) continue;
      centres.push((box.top + box.bottom) / 2);
    }
    return Math.max(...centres) - Math.min(...centres);
  });
}

async function noOverlap(a: Locator, b: Locator, what: string) {
  const [one, two] = [(await a.boundingBox())!, (await b.boundingBox())!];
  const apart =
    one.x + one.width <= two.x ||
    two.x + two.width <= one.x ||
    one.y + one.height <= two.y ||
    two.y + two.height <= one.y;
  expect(apart, what).toBe(true);
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The sidebar's foot is shaded while buttons are cut off under it (`cutOff`, as on a laptop),
 * until the sidebar is scrolled to its end; where every button shows, it is not.
 */
async function expectShadeOverCutOffButtons(page: Page, cutOff: boolean) {
  const sidebar = page.locator('.sidebar');
  const shade = () =>
    page
      .locator('.sidebar-footer')
      .evaluate((foot) =>
        getComputedStyle(foot).boxShadow.replace(/^rgba\(0, 0, 0, 0\).*/, 'none'),
      );
  expect(await sidebar.evaluate((bar) => bar.scrollHeight > bar.clientHeight + 1)).toBe(cutOff);
  if (!cutOff) {
    expect(await shade()).toBe('none');
    return;
  }
  expect(await shade()).not.toBe('none');
  await sidebar.evaluate((bar) => bar.scrollTo(0, bar.scrollHeight));
  await expect.poll(shade).toBe('none');
  await sidebar.evaluate((bar) => bar.scrollTo(0, 0));
}

/**
 * The partner activity's gaps panel: whether its list is open, the pixels of the panel below
 * the list (its own margins and padding are about 15), and its share of the view's height.
 */
const gapsPanel = (page: Page) =>
  page.locator('.activity-panels').evaluate((panel) => {
    const details = panel.querySelector('details')!;
    const box = panel.getBoundingClientRect();
    return {
      open: details.open,
      emptyBelow: box.bottom - details.lastElementChild!.getBoundingClientRect().bottom,
      share: box.height / panel.parentElement!.getBoundingClientRect().height,
    };
  });

for (const size of SIZES)
  for (const language of ['en', 'ko'] as const)
    test.describe(`${size.width}×${size.height}`, () => {
      test.use({ viewport: size });
      test(`every main screen fits, its words whole (${language}, ${size.width}×${size.height})`, async ({
        workbench: { page },
      }) => {
        // A walk through six screens and two dialogs: long on a busy machine.
        test.slow();
        const text = TEXT[language];
        const shot = (name: string) =>
          screenshot(page, `fit-${name}-${language}-${size.width}x${size.height}`);
        await openLibrary(page, `?lang=${language}`);
        await expect.poll(() => layoutFaults(page)).toEqual([]);
        await shot('library');

        await strategyRow(page, SAMPLE_TITLE[language])
          .getByRole('button', { name: text.open, exact: true })
          .click();
        await expect(page.getByRole('tab', { name: text.canvas })).toBeVisible();
        await expect.poll(() => toolbarSpread(page)).toBeLessThan(8);
        await expect(page.getByRole('combobox', { name: text.language })).toBeInViewport({
          ratio: 1,
        });
        await expect.poll(() => layoutFaults(page)).toEqual([]);
        await shot('canvas');
        await expectShadeOverCutOffButtons(page, size.height < 800);
        // Open, the filters reach the canvas's foot and scroll within: no strip of the overview
        // map shows under them.
        const tools = page.getByRole('group', { name: text.mapTools });
        await tools.getByRole('button', { name: text.filters, exact: true }).click();
        const filters = page.getByRole('region', { name: text.filters, exact: true });
        const canvasBox = (await page
          .getByRole('region', { name: text.strategyCanvas })
          .boundingBox())!;
        const footOf = async (shown: Locator) => {
          const box = (await shown.boundingBox())!;
          return box.y + box.height;
        };
        await expect
          .poll(async () => canvasBox.y + canvasBox.height - (await footOf(filters)))
          .toBeLessThanOrEqual(16);
        expect(await footOf(page.locator('.overview-map'))).toBeLessThanOrEqual(
          await footOf(filters),
        );
        await tools.getByRole('button', { name: text.filters, exact: true }).click();
        await expect(filters).toBeHidden();
        // A title cut off by the field is read whole on hover; one that fits has no tooltip.
        const title = page.getByRole('textbox', { name: text.title });
        await title.hover();
        const cutOff = await title.evaluate((field) => field.scrollWidth > field.clientWidth);
        await expect(title).toHaveAttribute('title', cutOff ? SAMPLE_TITLE[language] : '');
        if (language === 'en' && size.width === 1366) {
          // The whole title fits at 1366; a narrower window cuts it, and a hover reads it whole.
          expect(cutOff).toBe(false);
          // A running timer's longer button (Restart timer) takes its room from the search.
          await page.getByRole('button', { name: 'Start timer' }).click();
          await page
            .getByRole('group', { name: 'Start timer' })
            .getByRole('button', { name: '5 minutes', exact: true })
            .click();
          await expect(page.getByRole('button', { name: 'Restart timer' })).toBeVisible();
          expect(await title.evaluate((field) => field.scrollWidth > field.clientWidth)).toBe(
            false,
          );
          await page
            .getByRole('region', { name: 'Timer' })
            .getByRole('button', { name: 'Stop' })
            .click();
          await page.setViewportSize({ width: 1200, height: size.height });
          await page.mouse.move(0, 0);
          await title.hover();
          expect(await title.evaluate((field) => field.scrollWidth > field.clientWidth)).toBe(true);
          await expect(title).toHaveAttribute('title', SAMPLE_TITLE.en);
          await page.setViewportSize(size);
        }

        for (const [button, dialog, name] of [
          [text.details, text.details, 'details'],
          [text.pdf, text.pdfDialog, 'pdf'],
          [text.word, text.wordDialog, 'word'],
        ] as const) {
          await page.getByRole('button', { name: button, exact: true }).click();
          const shown = page.getByRole('dialog', { name: dialog });
          await expect(shown).toBeInViewport({ ratio: 1 });
          await expect.poll(() => layoutFaults(page)).toEqual([]);
          // A field's focus ring (3 px round it) shows whole inside the scrolling body.
          if (name === 'details')
            expect(
              await shown.locator('.dialog-body').evaluate((body) => {
                const room = body.getBoundingClientRect();
                return [...body.querySelectorAll('input')]
                  .map((field) => field.getBoundingClientRect())
                  .filter((box) => box.left - 3 < room.left || box.right + 3 > room.right).length;
              }),
            ).toBe(0);
          await shot(`dialog-${name}`);
          await shown.getByRole('button', { name: text.cancel }).click();
          await expect(shown).toBeHidden();
        }

        for (const view of ['pipeline', 'activity', 'map'] as const) {
          await page.getByRole('tab', { name: text[view] }).click();
          if (view === 'map')
            await expect(
              page
                .getByRole('region', { name: text.worldMap })
                .locator('.world-map-marker')
                .first(),
            ).toBeVisible();
          await expect.poll(() => toolbarSpread(page)).toBeLessThan(8);
          await expect(page.getByRole('combobox', { name: text.language })).toBeInViewport({
            ratio: 1,
          });
          await expect.poll(() => layoutFaults(page)).toEqual([]);
          // The few exchanges with no follow-through leave the rest of the height to the table;
          // many would scroll in at most 30 % of it.
          if (view === 'activity') {
            const gaps = await gapsPanel(page);
            expect(gaps.open).toBe(true);
            expect(gaps.emptyBelow).toBeLessThan(24);
            expect(gaps.share).toBeLessThanOrEqual(0.301);
          }
          await shot(view);
        }
      });
    });

for (const size of SIZES)
  test.describe(`live session panel, ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test(`the live session panel leaves the canvas’s and the world map’s tools in sight and uncovered (${size.width}×${size.height})`, async ({
      workbench: { page },
    }) => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'cdw-fit-live-'));
      const server = await startLiveServer({
        host: '127.0.0.1',
        port: 0,
        staticRoot: path.resolve(process.env.LIVE_STATIC_ROOT ?? 'dist'),
        persistenceDir: dataDir,
        adminToken: 'admin-token-of-the-fit-test',
        connectionsPerMinute: 0,
      });
      try {
        await page.goto(`${server.url}?lang=en`);
        await strategyRow(page, SAMPLE_TITLE.en).getByRole('button', { name: 'Open' }).click();
        await page.getByRole('button', { name: 'Start live session' }).click();
        const dialog = page.getByRole('dialog', { name: 'Start a live session' });
        await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ahn');
        await dialog.getByLabel('Server admin token').fill('admin-token-of-the-fit-test');
        await dialog.getByRole('button', { name: 'Start live session' }).click();
        const panel = page.getByRole('complementary', { name: 'Live session' });
        await expect(panel.locator('.live-join-code')).toHaveText(/^[A-Z2-9]{6}$/);
        // In the app's own font, as everything else.
        expect(
          await panel
            .locator('.live-join-code')
            .evaluate((code) => getComputedStyle(code).fontFamily),
        ).toMatch(/^"?Noto Sans KR/);
        // The address wraps after a slash or a dot or before a colon, never inside a number.
        const address = panel.locator('.live-join-url');
        await expect(address).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/#\/join$/);
        const piecesOverLines = await address.evaluate((output) =>
          [...output.childNodes]
            .filter((piece) => piece.nodeType === Node.TEXT_NODE)
            .filter((piece) => {
              const range = document.createRange();
              range.selectNodeContents(piece);
              const tops = [...range.getClientRects()].map((rect) => Math.round(rect.top));
              return new Set(tops).size > 1;
            })
            .map((piece) => piece.textContent),
        );
        expect(piecesOverLines).toEqual([]);
        // Any code fits on one line inside the panel, the widest letters too.
        const widestCode = await panel.locator('.live-join-code').evaluate((code) => {
          const shown = code.textContent;
          code.textContent = 'WWWWWW';
          const range = document.createRange();
          range.selectNodeContents(code);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          const inside =
            range.getBoundingClientRect().right <=
            code.closest('.live-panel')!.getBoundingClientRect().right;
          code.textContent = shown;
          return { lines: lines.size, inside };
        });
        expect(widestCode).toEqual({ lines: 1, inside: true });

        const canvas = page.getByRole('region', { name: 'Strategy canvas' });
        for (const tool of [
          canvas.getByRole('button', { name: 'Fit view' }),
          canvas.getByRole('button', { name: 'Zoom in' }),
          canvas.getByRole('button', { name: 'Focus', exact: true }),
          canvas.getByRole('button', { name: 'Filters' }),
          canvas.getByRole('button', { name: 'Views' }),
          canvas.getByRole('button', { name: 'Legend' }),
        ]) {
          await expect(tool).toBeInViewport({ ratio: 1 });
          await noOverlap(panel, tool, (await tool.textContent()) ?? '');
        }
        await noOverlap(panel, canvas, 'the canvas');
        // Nor do the canvas's own tools run into each other, left and right.
        await noOverlap(
          canvas.locator('.view-controls'),
          canvas.getByRole('group', { name: 'Focus, filters and views' }),
          'view controls and map tools',
        );
        await screenshot(page, `fit-live-panel-canvas-${size.width}x${size.height}`);

        await page.getByRole('tab', { name: 'Map' }).click();
        const map = page.getByRole('region', { name: 'World map' });
        await expect(map.locator('.world-map-marker').first()).toBeVisible();
        const tools = map.getByRole('toolbar', { name: 'Map tools' });
        for (const tool of [
          ...(await tools.getByRole('button').all()),
          map.getByRole('list', { name: 'Legend' }),
          map.getByRole('group', { name: 'Partner cities on the map' }),
        ]) {
          await expect(tool).toBeInViewport({ ratio: 1 });
          await noOverlap(panel, tool, (await tool.textContent()) ?? '');
        }
        await expect(panel).toBeInViewport({ ratio: 1 });
        await screenshot(page, `fit-live-panel-map-${size.width}x${size.height}`);

        // The pipeline's board keeps its width beside the panel: a column of its own on a wide
        // screen, and on a laptop the panel lies over the (narrower) inspector alone.
        await page.getByRole('tab', { name: 'Pipeline' }).click();
        const board = page.locator('.pipeline-view');
        await expect(board).toBeVisible();
        await noOverlap(panel, board, 'the pipeline board');
        await expect(panel).toBeInViewport({ ratio: 1 });
        await page.getByRole('button', { name: 'Close', exact: true }).click();
        await expect(panel).toBeHidden();
        // Closed, the panel gives its column back to the board.
        const widthWithout = (await board.boundingBox())!.width;
        await page.getByRole('button', { name: 'Participants' }).click();
        await expect(panel).toBeVisible();
        const widthWith = (await board.boundingBox())!.width;
        if (size.width >= 1600) expect(widthWith).toBeLessThan(widthWithout - 200);
        else expect(widthWith).toBe(widthWithout);
      } finally {
        await page.close();
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });

test.describe('scrollbars that take room, 1366×768', () => {
  test.use({ roomyScrollbars: true, viewport: { width: 1366, height: 768 } });

  test('in Korean, the sidebar scrolls and its names for adding cards keep one line each', async ({
    workbench: { page },
  }) => {
    await openSample(page, 'ko');
    const sidebar = page.locator('.sidebar');
    // It scrolls, with a scrollbar taking room beside its buttons (more than its 1 px border).
    const room = await sidebar.evaluate((element: HTMLElement) => ({
      scrolls: element.scrollHeight > element.clientHeight,
      besideButtons: element.offsetWidth - element.clientWidth,
    }));
    expect(room.scrolls).toBe(true);
    expect(room.besideButtons).toBeGreaterThan(1);
    const palette = page.getByRole('navigation', { name: '전략에 추가' }).getByRole('button');
    await expect(palette).toHaveCount(6);
    const lines = await palette.evaluateAll((buttons) =>
      buttons.map((button) => {
        const label = document.createRange();
        label.selectNodeContents(button.lastChild!);
        return `${button.textContent} ${label.getClientRects().length}`;
      }),
    );
    await screenshot(page, 'fit-roomy-scrollbars-ko-1366x768');
    expect(lines).toEqual([
      '목표 추가 1',
      '교류도시 추가 1',
      '네트워크 추가 1',
      '행위자 추가 1',
      '사업 추가 1',
      '아이디어 추가 1',
    ]);
  });
});

test.describe('forms in the inspector, 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('in Korean, the forms for an exchange and a measure keep within the inspector', async ({
    workbench: { page },
  }) => {
    await openSample(page, 'ko');
    const inspector = page.getByRole('region', { name: '속성' });
    /** How far the inspector's content runs past its right edge, in pixels. */
    const spill = (form: Locator) =>
      form.evaluate((shown) => {
        const panel = shown.closest('.inspector')!;
        return Math.max(
          panel.scrollWidth - panel.clientWidth,
          shown.getBoundingClientRect().right - panel.getBoundingClientRect().right,
        );
      });
    const select = async (name: string) => {
      await page.getByRole('textbox', { name: '검색' }).fill(name);
      await page.getByRole('list', { name: '검색 결과' }).getByRole('button').first().click();
    };

    // The exchange's project list names whole project titles, far wider than the panel.
    await select('울란바토르');
    await inspector.getByRole('button', { name: '교류 추가' }).click();
    const exchange = inspector.getByRole('group', { name: '교류 추가' });
    await expect(exchange.getByRole('combobox', { name: '사업' })).toBeVisible();
    expect(await spill(exchange)).toBeLessThanOrEqual(0);
    await screenshot(page, 'fit-exchange-form-ko-1366x768');

    await select('도시외교 자산 파악');
    await inspector.getByRole('button', { name: '지표 추가' }).click();
    const measure = inspector.locator('.measure').last();
    await expect(measure).toBeVisible();
    expect(await spill(measure)).toBeLessThanOrEqual(0);

    // A long view name wraps in the views panel, whole, clear of its tools.
    await page.getByRole('button', { name: '저장된 보기', exact: true }).click();
    const views = page.getByRole('region', { name: '저장된 보기' });
    await views.getByRole('button', { name: '이름 바꾸기' }).first().click();
    const naming = page.getByRole('dialog', { name: '보기 이름 바꾸기' });
    await naming
      .getByRole('textbox', { name: '보기 이름' })
      .fill('울란바토르와 몽골 도시들의 교류 현황과 후속 사업 발굴 검토용 보기');
    await naming.getByRole('button', { name: '저장' }).click();
    await expect(views.getByText('울란바토르와 몽골 도시들의')).toBeVisible();
    expect(await layoutFaults(page)).toEqual([]);
  });
});
