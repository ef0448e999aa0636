import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openSample, screenshot, test } from './fixtures';

/** Opens the sample and returns its id, read from the editor's address. */
/**
 * The appendix of all projects gives its first column, the titles in the document's language,
 * the room they need: wider than any other, not a sixth of the page seven lines deep.
 */
async function expectTitlesWidest(page: Page, header: string) {
  const shares = await page.locator('.projects-table').evaluate((table) =>
    [...table.querySelectorAll('thead th')].map((th) => ({
      header: th.textContent,
      share: th.getBoundingClientRect().width / table.getBoundingClientRect().width,
    })),
  );
  expect(shares[0]!.header).toBe(header);
  for (const other of shares.slice(1)) expect(shares[0]!.share).toBeGreaterThan(other.share);
  expect(shares[0]!.share).toBeGreaterThan(0.24);
}

/** The plan as the desktop app prints it, read back page by page with poppler. */
async function printPages(page: Page, route: string, file: string): Promise<string[]> {
  // A fresh load: a change of hash alone would leave the last plan on the page, already ready.
  await page.goto('about:blank');
  await page.goto(`/${route}`);
  // Counting the pages lays the whole plan out first: a long plan takes a while on a slow machine.
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
    timeout: 90_000,
  });
  // Wider than the page, a table would have Chromium print the whole plan smaller, on fewer
  // pages than its contents say.
  const overflowing = await page
    .locator('.print-document table')
    .evaluateAll((tables) =>
      tables
        .filter((t) => t.getBoundingClientRect().width > t.parentElement!.clientWidth + 0.5)
        .map((t) => t.className),
    );
  expect(overflowing).toEqual([]);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], {
      encoding: 'utf8',
    }),
  );
}

/** The contents page's lines: a title, dots and its page number, as pdftotext lays them out. */
function contentsEntries(text: string): { title: string; page: number }[] {
  return text
    .split('\n')
    .map((line) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ title: match[1]!.trim(), page: Number(match[2]) }));
}

/** A page's text without its layout: headings that wrap still read as one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The text a page starts with, where a chapter's heading stands. */
const pageTop = (text: string) => flat(text).trim().slice(0, 160);

async function setDetails(page: Page) {
  await page.getByRole('button', { name: 'Strategy details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Strategy details' });
  await dialog
    .getByRole('textbox', { name: 'Department', exact: true })
    .fill('Global Cooperation Bureau');
  await dialog.getByRole('textbox', { name: 'Department (Korean)' }).fill('국제협력국');
  await dialog.getByRole('textbox', { name: 'First year of the plan' }).fill('2023');
  await dialog.getByRole('textbox', { name: 'Last year of the plan' }).fill('20x6');
  await dialog.getByRole('textbox', { name: 'Version' }).fill('2.1');
  await dialog.getByRole('textbox', { name: 'Document date' }).fill('2026-03-15');
  await dialog
    .getByRole('textbox', { name: 'Classification', exact: true })
    .fill('For internal review');
  await dialog.getByRole('textbox', { name: 'Classification (Korean)' }).fill('내부 검토용');
  await dialog.getByRole('button', { name: 'Save' }).click();
  // A wrong year keeps the dialog open, says why, and saves nothing.
  await expect(dialog.getByText('Enter a year between 1800 and 2100.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Last year of the plan' }).fill('2026');
  await screenshot(page, 'strategy-details-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

test('details set in the dialog print on both covers, each in its language; the contents give the pages the chapters are on', async ({
  workbench: { page },
}) => {
  test.setTimeout(360_000);
  // Its own folder: other runs may clear the shared test output while this one reads its PDFs.
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-'));
  const id = await openSample(page);
  await setDetails(page);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  const english = await printPages(
    page,
    `#/print/${encodeURIComponent(id)}?lang=en`,
    path.join(dir, 'report-en.pdf'),
  );
  await expectTitlesWidest(page, 'Title');
  const cover = flat(english[0]!);
  for (const text of [
    'Seoul city diplomacy 2018',
    'Seoul Metropolitan Government',
    'Global Cooperation Bureau',
    '2023–2026',
    'Version 2.1',
    '2026-03-15',
    'For internal review',
  ])
    expect(cover).toContain(text);
  expect(cover).not.toContain('서울시 도시외교 2018');
  expect(cover).not.toContain('국제협력국');
  // The classification stands in every page's footer.
  for (const text of english) expect(text).toContain('For internal review');

  const contents = contentsEntries(english[1]!);
  const titles = contents.map((entry) => entry.title);
  expect(titles.slice(0, 4)).toEqual([
    'Summary',
    'Goals',
    'Directions',
    'Solving global urban problems',
  ]);
  for (const heading of ['Strategy map', 'Partner cities', 'Appendix: all projects'])
    expect(titles).toContain(heading);
  for (const entry of contents) expect(pageTop(english[entry.page - 1]!)).toContain(entry.title);

  // The summary's chapter runs until the next one starts.
  const summaryPage = contents.find((e) => e.title === 'Summary')!.page;
  const goalsPage = contents.find((e) => e.title === 'Goals')!.page;
  const summary = flat(english.slice(summaryPage - 1, goalsPage - 1).join(' '));
  for (const text of ['Projects by stage', 'Budget by domain', 'Top follow-through gaps', 'KRW'])
    expect(summary).toContain(text);

  // Each direction has its chapter naming what serves its tasks and what they lack.
  const directions = contents.filter(
    (e) =>
      e.page > contents.find((d) => d.title === 'Directions')!.page &&
      e.page < contents.find((d) => d.title === 'Strategy map')!.page,
  );
  expect(directions).toHaveLength(4);
  const urban = flat(english[directions[0]!.page - 1]!);
  for (const text of ['Tasks', 'Mechanism for exporting Seoul', 'Partner cities', 'Projects'])
    expect(urban).toContain(text);

  const korean = await printPages(
    page,
    `#/print/${encodeURIComponent(id)}?lang=ko`,
    path.join(dir, 'report-ko.pdf'),
  );
  await expectTitlesWidest(page, '한국어 제목');
  const coverKo = flat(korean[0]!);
  // The Korean cover has the department and classification in Korean.
  for (const text of [
    '서울시 도시외교 2018',
    '국제협력국',
    '내부 검토용',
    '2023–2026',
    '부서',
    '계획 기간',
  ])
    expect(coverKo).toContain(text);
  for (const text of [
    'Seoul city diplomacy 2018',
    'Global Cooperation Bureau',
    'For internal review',
  ])
    expect(coverKo).not.toContain(text);
  for (const text of korean) expect(text).toContain('내부 검토용');
  const contentsKo = contentsEntries(korean[1]!);
  expect(contentsKo.map((e) => e.title)).toContain('추진 방향');
  for (const entry of contentsKo) expect(pageTop(korean[entry.page - 1]!)).toContain(entry.title);
});

test('Export PDF offers the summary and the directions chapters', async ({
  workbench: { page },
}) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan as PDF' });
  await expect(dialog.getByRole('checkbox', { name: 'Summary', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Directions', exact: true })).toBeChecked();
});
