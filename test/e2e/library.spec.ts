import { expect, openLibrary, screenshot, strategyRow, test } from './fixtures';

test('the sample strategy is there on first run with its counts', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  const row = strategyRow(page, 'Seoul city diplomacy 2018');
  await expect(row).toContainText('156 nodes');
  await expect(row).toContainText('16 goals');
  await expect(row).toContainText('43 partner cities');
  await expect(row).toContainText('22 networks');
  await expect(row).toContainText('59 projects');
  await screenshot(page, 'library-en');

  await row.getByRole('button', { name: 'Open' }).click();
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  await expect(canvas.getByText('Seoul, Global Sharing City', { exact: true })).toBeVisible();
  await screenshot(page, 'editor-en');
});

test('a deleted sample stays deleted until it is restored', async ({ workbench }) => {
  let page = workbench.page;
  await openLibrary(page);
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .getByRole('button', { name: 'Delete strategy' })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete strategy?' })
    .getByRole('button', { name: 'Delete strategy' })
    .click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toHaveCount(0);

  page = await workbench.relaunch();
  await openLibrary(page);
  await expect(page.getByText('No strategies yet')).toBeVisible();

  await page.getByRole('button', { name: 'Restore sample strategy' }).click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toContainText('156 nodes');
});

test('creating, renaming and duplicating strategies', async ({ workbench: { page } }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New strategy' }).click();
  const title = page.getByRole('textbox', { name: 'Strategy title' });
  // Nothing is stored for the user: the title stays empty and the kind is shown instead.
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'Untitled strategy');
  await title.fill('Busan partnerships');
  await title.press('Enter');
  await page.getByRole('button', { name: 'Back to library', exact: true }).click();

  await strategyRow(page, 'Busan partnerships').getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Strategy title' }).fill('Busan partner cities');
  await page.getByRole('textbox', { name: 'Strategy title' }).press('Enter');
  await strategyRow(page, 'Busan partner cities')
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(strategyRow(page, 'Busan partner cities (copy)')).toBeVisible();
  await page.reload();
  await expect(strategyRow(page, 'Busan partner cities')).toBeVisible();
  await expect(strategyRow(page, 'Busan partner cities (copy)')).toBeVisible();
});

test('the Korean interface, remembered across restarts', async ({ workbench }) => {
  let page = workbench.page;
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('한국어');
  await expect(page.getByRole('button', { name: '새 전략' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '전략 목록' })).toBeVisible();
  await screenshot(page, 'library-ko');

  page = await workbench.relaunch();
  await page.goto('/');
  await expect(page.getByRole('button', { name: '예시 전략 복원' })).toBeVisible();
  await strategyRow(page, '서울시 도시외교 2018').getByRole('button', { name: '열기' }).click();
  const canvas = page.getByRole('region', { name: '전략 캔버스' });
  await expect(canvas.getByText('세계와 함께 나누는 서울', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '교류도시 추가' })).toBeVisible();
  await screenshot(page, 'editor-ko');
});
