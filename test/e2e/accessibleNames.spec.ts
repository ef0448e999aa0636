import { expect, openLibrary, strategyRow, test } from './fixtures';

// The names users' assistive technology and acceptance tests rely on, matched exactly.
test('every named control is there under its exact English name', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  for (const name of ['New strategy', 'Restore sample strategy', 'Import file'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  const row = strategyRow(page, 'Seoul city diplomacy 2018');
  for (const name of ['Open', 'Rename', 'Duplicate', 'Delete strategy'])
    await expect(row.getByRole('button', { name, exact: true })).toBeVisible();
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await expect(language.getByRole('option')).toHaveText(['English', '한국어']);

  await row.getByRole('button', { name: 'Open', exact: true }).click();
  for (const name of [
    'Add goal',
    'Add partner city',
    'Add network',
    'Add actor',
    'Add project',
    'Undo',
    'Redo',
    'Delete selected',
    'Fit view',
    'Export file',
    'Import file',
    'Back to library',
    'Export PDF',
    'Import CSV',
    'Export CSV',
    'Export JSON Canvas',
    'Export GraphML',
    'Export image',
    'Next untranslated',
    'Focus',
    'Filters',
    'Views',
  ])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Focus depth', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Strategy title', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Search', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Strategy canvas', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inspector', exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Pipeline', exact: true }).click();
  const board = page.getByRole('region', { name: 'Pipeline board', exact: true });
  for (const stage of ['Discovery', 'Consulting', 'Feasibility study (F/S)', 'Award', 'Feedback'])
    await expect(board.getByRole('region', { name: stage, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pipeline summary', exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Follow-through gaps', exact: true }),
  ).toBeVisible();
  await board.locator('.card-main').first().click();
  await expect(page.getByRole('button', { name: 'Move to next stage', exact: true })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Move to previous stage', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Canvas', exact: true })).toBeVisible();
});
