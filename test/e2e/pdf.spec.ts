import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, openSample, test } from './fixtures';

function pdfInfo(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
    title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}

/** Renders the print view the way the desktop app's printToPDF does, and reads it back with poppler. */
async function printPdf(page: Page, route: string, file: string) {
  await page.goto(`/${route}`);
  // The contents' page numbers are counted on the laid-out plan first, which takes a while.
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', {
    timeout: 90_000,
  });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    ...pdfInfo(file),
  };
}

function fontRows(pdffonts: string): string[][] {
  return pdffonts
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s{2,}|\s(?=yes|no)/));
}

test('the sample’s plan as an English PDF: every section, Korean names, page numbers, embedded fonts', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(180_000);
  const id = await openSample(page);
  const pdf = await printPdf(
    page,
    `#/print/${encodeURIComponent(id)}?lang=en`,
    testInfo.outputPath('plan-en.pdf'),
  );
  for (const heading of [
    'Contents',
    'Summary',
    'Goals',
    'Directions',
    'Strategy map',
    'Partner cities',
    'Networks',
    'Policy-export pipeline',
    'Appendix: all projects',
  ])
    expect(pdf.text).toContain(heading);
  expect(pdf.text).toContain('Seoul city diplomacy 2018');
  expect(pdf.text).toContain('Taipei');
  expect(pdf.text).toContain('타이페이');
  expect(pdf.text).toContain('Follow-through gaps');
  // Each project's time in its stage reads as on its pipeline card, in years rather than days.
  expect(pdf.text).toMatch(/\(\d+ years in stage\)/);
  expect(pdf.text).not.toMatch(/\d{3,} days in stage/);
  expect(pdf.text).toContain(`1 / ${pdf.pages}`);
  expect(pdf.text).toContain(`${pdf.pages} / ${pdf.pages}`);
  expect(pdf.pages).toBeGreaterThan(8);
  // The title a PDF reader shows, and a print dialog names the file after, is the plan's own.
  expect(pdf.title).toBe('Seoul city diplomacy 2018');
  const fonts = fontRows(pdf.fonts);
  expect(fonts.length).toBeGreaterThan(0);
  for (const row of fonts) {
    expect(row.join(' ')).not.toContain('Type 3');
    expect(row.join(' ')).toMatch(/ yes yes yes /);
  }
});

test('the plan in Korean with chosen sections and notes fields', async ({
  workbench: { page },
}, testInfo) => {
  const id = await openSample(page, 'ko');
  const route = `#/print/${encodeURIComponent(id)}?sections=cover,partners,networks&notes=1&lang=ko`;
  const pdf = await printPdf(page, route, testInfo.outputPath('plan-ko.pdf'));
  expect(pdf.text).toContain('교류도시');
  expect(pdf.text).toContain('국제 네트워크');
  expect(pdf.text).toContain('메모');
  expect(pdf.text).toContain('타이페이');
  expect(pdf.title).toBe('서울시 도시외교 2018');
  expect(pdf.text).not.toContain('정책수출 파이프라인');
  expect(pdf.text).not.toContain('부록: 전체 사업 목록');
});

test('Export PDF opens the plan for the browser’s print dialog with the chosen sections', async ({
  workbench: { page },
}) => {
  test.setTimeout(180_000);
  await openSample(page);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the plan as PDF' });
  await dialog.getByRole('checkbox', { name: 'Strategy map' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Add a notes field to each section' }).check();
  // The opened view would print itself; stop it so the test can read the page.
  await page.context().addInitScript(() => {
    window.print = () => {};
  });
  const opened = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const printView = await opened;
  await expect(printView.locator('html')).toHaveAttribute('data-print-ready', 'true', {
    timeout: 90_000,
  });
  await expect(
    printView.getByRole('heading', { level: 2, name: 'Partner cities', exact: true }),
  ).toBeVisible();
  await expect(printView.getByRole('heading', { name: 'Strategy map', exact: true })).toHaveCount(
    0,
  );
  await expect(printView.getByRole('heading', { name: 'Notes' }).first()).toBeVisible();
});
