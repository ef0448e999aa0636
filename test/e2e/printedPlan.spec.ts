import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { FONT_STACK } from '../../shared/report/fonts';
import { edge, node, withKoreanName } from '../shared/fixtures';
import { cutKoreanWords, printedCharacters } from '../shared/printedCharacters';
import { expect, openLibrary, openSample, test } from './fixtures';

// A whole plan lays out many pages on a busy machine.
test.setTimeout(180_000);

async function openPrintView(page: Page, id: string, query: string) {
  await page.goto(`/#/print/${encodeURIComponent(id)}?${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
    timeout: 90_000,
  });
}

/** Prints the open page the way the desktop app's printToPDF does; poppler reads it back. */
async function pdfOf(page: Page, file: string) {
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

/** Every font of a PDF is a bundled one, embedded, and none is a Type 3 font. */
function expectBundledFontsOnly(pdffonts: string) {
  const rows = pdffonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).not.toContain('Type 3');
    // name, type, encoding, then emb sub uni
    expect(row).toMatch(/ yes yes yes /);
    // Subset fonts are named ABCDEF+Family-Style; Noto Sans KR's variable font says KRThin.
    expect(row).toMatch(/^[A-Z]{6}\+NotoSans(KR|TC|Math)(Thin)?-/);
  }
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * The pages whose last line above the footer is one of the print view's headings: a heading
 * left alone at a page's foot, what it introduces on the next page.
 */
async function pagesEndingInAHeading(page: Page, text: string): Promise<number[]> {
  const headings = new Set(
    (await page.locator('.print-document').locator('h2, h3, h4').allTextContents()).map(squeezed),
  );
  return text.split('\f').flatMap((pageText, index) => {
    const lines = pageText.split('\n').map(squeezed).filter(Boolean);
    // The last line is the footer: the plan's title and the page number.
    const last = lines.at(-2);
    return last !== undefined && headings.has(last) ? [index + 1] : [];
  });
}

test('the Korean plan embeds only the bundled fonts, the titles’ ‧ included', async ({
  workbench: { page },
}, testInfo) => {
  const id = await openSample(page, 'ko');
  await openPrintView(page, id, 'lang=ko');
  const pdf = await pdfOf(page, testInfo.outputPath('plan-ko.pdf'));
  expect(pdf.text).toContain('‧');
  expectBundledFontsOnly(pdf.fonts);
  expect(pdf.fonts).toContain('NotoSansTC');
  expect(await pagesEndingInAHeading(page, pdf.text)).toEqual([]);
});

test('no page of the English plan ends in a heading', async ({ workbench: { page } }, testInfo) => {
  const id = await openSample(page);
  await openPrintView(page, id, 'lang=en');
  const pdf = await pdfOf(page, testInfo.outputPath('plan-en.pdf'));
  expect(pdf.text).toContain('Summary');
  expect(await pagesEndingInAHeading(page, pdf.text)).toEqual([]);
});

test('a page of every character the app and the sample print embeds only the bundled fonts', async ({
  workbench: { page },
}, testInfo) => {
  const id = await openSample(page, 'ko');
  await openPrintView(page, id, 'sections=cover&lang=ko');
  const characters = printedCharacters();
  await page.evaluate(
    async ({ characters, stack }) => {
      const section = document.createElement('section');
      section.className = 'print-section';
      for (const weight of ['400', '700']) {
        const line = document.createElement('p');
        line.style.fontWeight = weight;
        line.style.wordBreak = 'break-all';
        line.textContent = characters;
        section.append(line);
        await document.fonts.load(`${weight} 10pt ${stack}`, characters);
      }
      document.querySelector('.print-document')!.append(section);
      await document.fonts.ready;
    },
    { characters, stack: FONT_STACK },
  );
  const pdf = await pdfOf(page, testInfo.outputPath('all-characters.pdf'));
  expectBundledFontsOnly(pdf.fonts);
  for (const ch of '‧※①⑳「』～∼◈') expect(pdf.text).toContain(ch);
});

test('Korean tables break lines between words only, keep amounts whole and end in totals', async ({
  workbench: { page },
}, testInfo) => {
  const id = await openSample(page, 'ko');
  await openPrintView(page, id, 'sections=partners,networks,pipeline,projects&lang=ko');
  const { text } = await pdfOf(page, testInfo.outputPath('tables-ko.pdf'));
  expect(text).toContain('울란바토르');
  expect(cutKoreanWords(text)).toEqual([]);
  // An amount is one piece: "억원" never starts a line or a column without its number.
  expect(text).toMatch(/\d억원/);
  expect(text).not.toMatch(/(^|\s)억원/m);
  expect(text).toMatch(/합계 · 교류도시 43곳/);
  expect(text).toMatch(/합계 · 네트워크 \d+개/);
  expect(text).toMatch(/합계 · 사업 59건.*\s[\d,.]+억원/);
});

test('English tables keep amounts on one line, right-aligned, with totals', async ({
  workbench: { page },
}, testInfo) => {
  const id = await openSample(page);
  await openPrintView(page, id, 'sections=partners,networks,pipeline,projects&lang=en');
  const amounts = await page.locator('.projects-table td.cell-amount').evaluateAll((cells) =>
    cells.map((cell) => ({
      text: cell.textContent,
      lines: Math.round(
        cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight || '12'),
      ),
      align: getComputedStyle(cell).textAlign,
    })),
  );
  expect(amounts.some((a) => a.text?.includes(' bn'))).toBe(true);
  for (const amount of amounts) expect(amount.align).toBe('right');
  const { text } = await pdfOf(page, testInfo.outputPath('tables-en.pdf'));
  expect(cutKoreanWords(text)).toEqual([]);
  expect(text).not.toMatch(/KRW\s*$/m);
  expect(text).not.toMatch(/^\s*(bn|m)\b/m);
  expect(text).toMatch(/Total · 43 partner cities/);
  expect(text).toMatch(/Total · 59 projects.*KRW [\d,.]+ bn/);
});

/**
 * Opens the Word copy's dialog from its button, chooses chapters there when asked (the others
 * left as they are), and saves: the file it downloads.
 */
async function exportWord(
  page: Page,
  names: { button: string; dialog: string; action: string },
  untick: string[] = [],
  tick: string[] = [],
): Promise<Download> {
  await page
    .getByRole('group', { name: /^(File|파일)$/ })
    .getByRole('button', { name: names.button })
    .click();
  const dialog = page.getByRole('dialog', { name: names.dialog });
  for (const name of untick) await dialog.getByRole('checkbox', { name, exact: true }).uncheck();
  for (const name of tick) await dialog.getByRole('checkbox', { name, exact: true }).check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: names.action, exact: true }).click();
  return download;
}

const WORD_KO = { button: 'Word 내보내기', dialog: '계획서를 Word로 내보내기', action: '내보내기' };
const WORD_EN = { button: 'Export Word', dialog: 'Export the plan as Word', action: 'Export' };

/** Reads a .docx the way another program would: Debian's python3-docx, not this app's code. */
const READ_DOCX = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "headings": [p.text for p in d.paragraphs if p.style.name == "Heading 1"],
  "directions": [p.text for p in d.paragraphs if p.style.name == "Heading 2"],
  "landscape": sum(1 for s in d.sections if s.orientation == 1),
  "contents": len(d.element.xpath("//w:instrText[contains(., 'TOC')]")),
  "text": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
  "pictures": len(d.inline_shapes),
  "pictureSizes": [[s.width, s.height] for s in d.inline_shapes],
  "defaultFonts": d.styles.element.xpath("//w:docDefaults//w:rFonts/@*"),
  "fonts": sorted(set(d.styles.element.xpath("//w:rFonts/@*") + d.element.xpath("//w:rFonts/@*"))),
}))
`;

test('Export Word saves the plan as an editable .docx another program reads', async ({
  workbench: { page },
}) => {
  await openSample(page, 'ko');
  const file = await exportWord(page, WORD_KO);
  expect(file.suggestedFilename()).toBe('서울시 도시외교 2018.docx');
  const read = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ_DOCX, (await file.path())!], {
      encoding: 'utf8',
    }),
  ) as {
    headings: string[];
    directions: string[];
    landscape: number;
    contents: number;
    text: string[];
    tables: string[][][];
    pictures: number;
    pictureSizes: [number, number][];
    defaultFonts: string[];
    fonts: string[];
  };
  expect(read.headings).toEqual(
    expect.arrayContaining(['요약', '교류도시', '국제 네트워크', '부록: 전체 사업 목록']),
  );
  // A contents Word fills in, the directions' chapters, and the maps on landscape pages.
  expect(read.contents).toBe(1);
  expect(read.directions.length).toBeGreaterThan(2);
  expect(read.landscape).toBeGreaterThan(0);
  expect(read.text).toContain('서울시 도시외교 2018');
  // Latin, Korean and other text all ask for the bundled font, and no other font is named.
  expect(read.defaultFonts).toEqual(Array(4).fill('Noto Sans KR'));
  expect(read.fonts).toEqual(['Noto Sans KR']);
  const partners = read.tables.find((table) => table[0]![0] === '한국어 이름')!;
  expect(partners.flat()).toContain('울란바토르');
  // The totals row spans both name columns.
  expect(partners.at(-1)![0]).toBe('합계 · 교류도시 43곳');
  expect(read.tables.some((table) => table.at(-1)![0]!.startsWith('합계 · 사업 59건'))).toBe(true);
  // The maps and the charts, each drawn with some size.
  expect(read.pictures).toBeGreaterThan(read.directions.length + 6);
  for (const [width, height] of read.pictureSizes) {
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  }
});

test('Export Word is beside Export PDF in English too', async ({ workbench: { page } }) => {
  await openSample(page);
  const files = page.getByRole('group', { name: 'File' });
  await expect(files.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  const file = await exportWord(
    page,
    WORD_EN,
    ['Summary', 'Goals', 'Directions'],
    ['Workshop results'],
  );
  expect(file.suggestedFilename()).toBe('Seoul city diplomacy 2018.docx');
  // The chapters chosen in the dialog, as the PDF takes them.
  const read = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ_DOCX, (await file.path())!], {
      encoding: 'utf8',
    }),
  ) as { headings: string[] };
  expect(read.headings).not.toContain('Summary');
  expect(read.headings).not.toContain('Directions');
  expect(read.headings).toContain('Partner cities');
  expect(read.headings.at(-1)).toBe('Workshop results');
});

test('the overview of a strategy too large for one page is centred on its landscape page', async ({
  workbench: { page },
}) => {
  const id = await openSample(page);
  await openPrintView(page, id, 'sections=graph&lang=en');
  await page.emulateMedia({ media: 'print' });
  const overview = page.locator('figure.map-overview');
  await expect(overview).toContainText('too large');
  const figure = (await overview.boundingBox())!;
  const drawing = (await overview.locator('svg').boundingBox())!;
  expect(drawing.width).toBeLessThan(figure.width * 0.8);
  const leftGap = drawing.x - figure.x;
  const rightGap = figure.x + figure.width - (drawing.x + drawing.width);
  expect(Math.abs(leftGap - rightGap)).toBeLessThanOrEqual(2);
});

test('a small map a column too wide for its page prints whole in parts, every card named', async ({
  workbench: { page },
}, testInfo) => {
  // Seven cards in four staggered columns, as a workshop leaves them.
  const cards = [
    withKoreanName(node('goal', 'vision', 'Climate partner city', 0, 0), '기후 파트너 도시'),
    withKoreanName(node('goal', 'direction', 'Hydrogen transport', 116, 100), '수소 교통'),
    withKoreanName(node('partnerCity', 'yokohama', 'Yokohama', 232, 0), '요코하마'),
    withKoreanName(node('project', 'bus', 'Hydrogen bus pilot', 348, 100), '수소 버스 시범사업'),
    node('network', 'iclei', 'ICLEI', 464, 0),
    withKoreanName(node('actor', 'moe', 'Ministry of Environment', 580, 100), '환경부'),
    withKoreanName(node('project', 'follow', 'Follow-up study', 696, 0), '후속 연구'),
  ];
  const strategy = {
    ...blankStrategy('2026-01-01T00:00:00.000Z', 'Hydrogen workshop'),
    id: 'wide',
    nodes: cards,
    edges: [
      edge('e1', 'subgoalOf', 'direction', 'vision'),
      edge('e2', 'servesGoal', 'bus', 'direction'),
    ],
  };
  const file = testInfo.outputPath('wide.json');
  await writeFile(file, serializeStrategy(strategy, '2026-01-02T00:00:00.000Z'));
  await openLibrary(page, '?lang=ko');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '파일 가져오기' }).click();
  await (await chooser).setFiles(file);
  await page.waitForURL(/#\/strategy\//);
  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);

  await openPrintView(page, id, 'sections=graph&lang=ko');
  const { text } = await pdfOf(page, testInfo.outputPath('wide.pdf'));
  const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('지도 1/2');
  expect(pages[1]).toContain('지도 2/2');
  expect(text).not.toContain('너무 큽니다');
  // Every card is named on a part, in Korean; the legend is beside each part.
  for (const name of [
    '기후 파트너 도시',
    '수소 교통',
    '요코하마',
    '수소 버스 시범사업',
    'ICLEI',
    '환경부',
    '후속 연구',
  ])
    expect(squeezed(text)).toContain(squeezed(name));
  for (const pageText of pages) expect(pageText).toContain('범례');
});
