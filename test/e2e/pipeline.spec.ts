import type { Page } from '@playwright/test';
import { expect, openLibrary, openSample, screenshot, strategyRow, test } from './fixtures';

async function openSamplePipeline(page: Page) {
  await openSample(page);
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  return page.getByRole('region', { name: 'Pipeline board' });
}

const column = (page: Page, stage: string) =>
  page
    .getByRole('region', { name: 'Pipeline board' })
    .getByRole('region', { name: stage, exact: true });

async function expectCounts(page: Page, counts: Record<string, number>) {
  for (const [stage, count] of Object.entries(counts)) {
    await expect(column(page, stage).locator('.column-count')).toHaveText(String(count));
    await expect(column(page, stage).locator('.project-card')).toHaveCount(count);
  }
}

test('the sample’s projects stand in their recorded stages', async ({ workbench: { page } }) => {
  await openSamplePipeline(page);
  await expectCounts(page, {
    Discovery: 0,
    Consulting: 35,
    'Feasibility study (F/S)': 8,
    Award: 13,
    Feedback: 3,
  });
  const summary = page.getByRole('region', { name: 'Pipeline summary' });
  await expect(summary.getByRole('row', { name: /Award/ })).toContainText('13');
  // Budgets are recorded for awarded projects alone: the others have none, not a budget of 0.
  await expect(column(page, 'Award').locator('.column-budget')).toHaveText(
    /^Budget KRW [\d.]+ bn$/,
  );
  await expect(column(page, 'Consulting').locator('.column-budget')).toHaveText(
    'No budget recorded',
  );
  // An empty column says it is empty, and nothing of a budget.
  await expect(column(page, 'Discovery').locator('.column-budget')).toHaveCount(0);
  await expect(column(page, 'Discovery')).toContainText('No projects');
  await expect(summary.getByRole('row', { name: /Consulting/ })).toContainText('—');
  // A stage's name on two lines leaves its count a badge one line high.
  const fsTitle = column(page, 'Feasibility study (F/S)').locator('.column-header h3');
  expect((await fsTitle.boundingBox())!.height).toBeGreaterThan(30);
  for (const count of await page.locator('.column-count').all())
    expect((await count.boundingBox())!.height).toBeLessThan(24);
  // A column with cards cut off below shades its foot, until it is scrolled to its end.
  const cards = column(page, 'Consulting').locator('.column-cards');
  const shade = () => cards.evaluate((list) => getComputedStyle(list, '::after').backgroundImage);
  await expect.poll(shade).toContain('linear-gradient');
  await cards.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect.poll(shade).toBe('none');
  await screenshot(page, 'pipeline-en');
});

test('moving past an unchecked gate asks, records the reason and survives a restart', async ({
  workbench,
}) => {
  let page = workbench.page;
  await openSamplePipeline(page);
  const card = column(page, 'Consulting').locator('.project-card', {
    hasText: 'Consulting on building a transport card system',
  });
  await card
    .getByRole('button', { name: /Consulting on building a transport card system/ })
    .click();
  await card.getByRole('button', { name: 'Move to next stage', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Move on with unchecked gate items?' });
  await expect(dialog).toContainText('Consulting task force formed');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a reason');
  await dialog
    .getByRole('textbox', { name: 'Reason for moving on' })
    .fill('Bangkok asked to start the study now');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog).toHaveCount(0);
  await expectCounts(page, { Consulting: 34, 'Feasibility study (F/S)': 9 });

  page = await workbench.relaunch();
  await openLibrary(page);
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .getByRole('button', { name: 'Open' })
    .click();
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await expectCounts(page, { Consulting: 34, 'Feasibility study (F/S)': 9 });
  await column(page, 'Feasibility study (F/S)')
    .getByRole('button', { name: /Consulting on building a transport card system/ })
    .click();
  const history = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('region', { name: 'Stage history' });
  await expect(history).toContainText('Consulting → Feasibility study (F/S)');
  await expect(history).toContainText('Bangkok asked to start the study now');
  await screenshot(page, 'pipeline-inspector-en');
});

test('a move by drag and drop is undoable and shows on the canvas', async ({
  workbench: { page },
}) => {
  await openSamplePipeline(page);
  const card = column(page, 'Award')
    .locator('.project-card', { hasText: 'Build an automatic fare collection system' })
    .first();
  await card.dragTo(column(page, 'Feedback'));
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('textbox').fill('Handover already agreed');
  await page.getByRole('dialog').getByRole('button', { name: 'Move anyway' }).click();
  await expectCounts(page, { Award: 12, Feedback: 4 });

  await column(page, 'Feedback')
    .getByRole('button', { name: /Build an automatic fare collection system/ })
    .click();
  await page.getByRole('tab', { name: 'Canvas' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('combobox', { name: 'Stage' })).toHaveValue('feedback');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector.getByRole('combobox', { name: 'Stage' })).toHaveValue('award');
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await expectCounts(page, { Award: 13, Feedback: 3 });
});

test('filters narrow the board', async ({ workbench: { page } }) => {
  await openSamplePipeline(page);
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Domain' }).selectOption('Water');
  await expectCounts(page, { Consulting: 0, 'Feasibility study (F/S)': 2, Award: 2 });
  await filters.getByRole('combobox', { name: 'Domain' }).selectOption('All');
  await filters.getByRole('combobox', { name: 'Region' }).selectOption('Latin America');
  await expect(column(page, 'Feedback').locator('.project-card')).toHaveCount(1);
  await filters.getByRole('combobox', { name: 'Partner city' }).selectOption('Bogota');
  await expectCounts(page, { Consulting: 0, Award: 0, Feedback: 1 });
});

test('a follow-through gap leads to its node on the canvas', async ({ workbench: { page } }) => {
  await openSamplePipeline(page);
  const gaps = page.getByRole('region', { name: 'Follow-through gaps' });
  await gaps.getByText('Active partner cities with no project').click();
  await gaps.getByRole('button', { name: 'Taipei' }).click();
  await expect(page.getByRole('tab', { name: 'Canvas' })).toHaveAttribute('aria-selected', 'true');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue(
    'Taipei',
  );
  await expect(
    page
      .getByRole('region', { name: 'Strategy canvas' })
      .locator('.react-flow__node.selected', { hasText: 'Taipei' }),
  ).toBeInViewport();
});

test('the board in Korean', async ({ workbench: { page } }) => {
  await openSample(page, 'ko');
  await page.getByRole('tab', { name: '파이프라인' }).click();
  await expect(
    page
      .getByRole('region', { name: '파이프라인 보드' })
      .getByRole('region', { name: '정책 컨설팅' }),
  ).toContainText('35');
  await expect(page.getByRole('region', { name: '파이프라인 요약' })).toBeVisible();
  await expect(page.getByRole('region', { name: '후속 연계 공백' })).toBeVisible();
  await screenshot(page, 'pipeline-ko');
});

for (const language of ['en', 'ko'] as const)
  test(`on a laptop the board's filters and settings take one row, and cards say years in stage (${language})`, async ({
    workbench: { page },
  }) => {
    const ko = language === 'ko';
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSample(page, language);
    await page.getByRole('tab', { name: ko ? '파이프라인' : 'Pipeline' }).click();
    const filters = page.getByRole('group', { name: ko ? '필터' : 'Filters' });
    const settings = page.getByRole('button', {
      name: ko ? '파이프라인 설정' : 'Pipeline settings',
    });
    // On one row: the button's middle lies within the filters' height, and that is one line.
    await expect(async () => {
      const filtersBox = (await filters.boundingBox())!;
      const settingsBox = (await settings.boundingBox())!;
      expect(settingsBox.y + settingsBox.height / 2).toBeGreaterThan(filtersBox.y);
      expect(settingsBox.y + settingsBox.height / 2).toBeLessThan(filtersBox.y + filtersBox.height);
      expect(filtersBox.height).toBeLessThan(40);
    }).toPass();

    const card = page
      .getByRole('region', { name: ko ? '파이프라인 보드' : 'Pipeline board' })
      .getByRole('region', { name: ko ? '정책 컨설팅' : 'Consulting', exact: true })
      .locator('.project-card')
      .filter({ hasText: ko ? '방콕' : 'Bangkok' })
      .first();
    await expect(card).toContainText(ko ? /현 단계 \d+년째/ : /\d+ years in stage/);
    await expect(card).not.toContainText('—');
    await screenshot(page, `pipeline-laptop-${language}`);
  });
