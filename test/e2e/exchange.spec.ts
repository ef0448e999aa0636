import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { downloads, expect, openSample, strategyRow, test } from './fixtures';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

async function contentOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

test('the strategy leaves as JSON Canvas, GraphML, CSV tables and images', async ({
  workbench: { page },
}) => {
  await openSample(page);

  const [canvas] = await downloads(page, 'Export JSON Canvas', 1);
  expect(canvas!.suggestedFilename()).toBe('Seoul city diplomacy 2018.canvas');
  const document = JSON.parse((await contentOf(canvas!)).toString('utf8'));
  expect(document.nodes).toHaveLength(156);
  expect(document.nodes[0]).toMatchObject({
    type: 'text',
    width: expect.any(Number),
    height: expect.any(Number),
  });

  const [graphml] = await downloads(page, 'Export GraphML', 1);
  const xml = (await contentOf(graphml!)).toString('utf8');
  expect(xml.match(/<node id=/g)).toHaveLength(156);
  expect(xml).toContain('<key id="f_since" for="node" attr.name="since" attr.type="int"/>');

  const tables = await downloads(page, 'Export CSV', 4);
  const names = tables.map((d) => d.suggestedFilename()).sort();
  expect(names).toEqual([
    'Seoul city diplomacy 2018 - Appendix all projects.csv',
    'Seoul city diplomacy 2018 - Exchange log.csv',
    'Seoul city diplomacy 2018 - Measures.csv',
    'Seoul city diplomacy 2018 - Partner cities.csv',
  ]);
  const cities = await contentOf(tables.find((d) => d.suggestedFilename().includes('Partner'))!);
  expect([...cities.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(cities.toString('utf8')).toContain('Taipei,타이페이,Taiwan');

  const images = await downloads(page, 'Export image', 2);
  const svg = await contentOf(images.find((d) => d.suggestedFilename().endsWith('.svg'))!);
  // The picture is of the map as it is looked at: the sample opens on its goal tree alone.
  expect(svg.toString('utf8')).toContain('Seoul, Global Sharing City');
  expect(svg.toString('utf8')).not.toContain('Taipei');
  const png = await contentOf(images.find((d) => d.suggestedFilename().endsWith('.png'))!);
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

async function chooseCsv(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: 'Import CSV' });
}

test('a spreadsheet without column names is read whole once the user says so', async ({
  workbench: { page },
}, testInfo) => {
  await openSample(page);
  const file = testInfo.outputPath('cities without names.csv');
  await writeFile(file, 'Tartu,Estonia\nCusco,Peru\nKumasi,Ghana\n');
  const dialog = await chooseCsv(page, file);
  // Nothing is read as a name: the dialog says where to choose one.
  await expect(dialog.getByRole('note')).toHaveText(
    'No column is read as a name, in English or Korean, so no row can be imported. Under Columns, choose the column that holds the names.',
  );
  await expect(dialog.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
  await expect(dialog).toContainText('separated by commas, 2 rows.');
  await dialog
    .getByRole('checkbox', { name: 'The first row is data, not the columns’ names' })
    .check();
  await expect(dialog).toContainText('separated by commas, 3 rows.');
  const columns = dialog.getByRole('group', { name: 'Columns' });
  await columns.getByRole('combobox', { name: 'Column 1' }).selectOption({ label: 'Name' });
  await columns.getByRole('combobox', { name: 'Column 2' }).selectOption({ label: 'Country' });
  // An exchange log is known by its columns' names: read as one, the file keeps its first row.
  // Back to partner cities, the columns are as the user chose them.
  const importAs = dialog.getByRole('combobox', { name: 'Import as' });
  await importAs.selectOption({ label: 'Exchange log' });
  await expect(dialog).toContainText('separated by commas, 2 rows.');
  await importAs.selectOption({ label: 'Partner cities' });
  await expect(dialog).toContainText('separated by commas, 3 rows.');
  await expect(columns.getByRole('combobox', { name: 'Column 1' })).toHaveValue('name');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await expect(dialog).toContainText('3 new entries');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('Tartu');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveCount(
    1,
  );
});

test('a file of a single row that names no column is read as that row of data (ko)', async ({
  workbench: { page },
}, testInfo) => {
  await openSample(page, 'ko');
  const file = testInfo.outputPath('한 행.csv');
  await writeFile(file, '타르투,Tartu,에스토니아\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'CSV 가져오기' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'CSV 가져오기' });
  await expect(dialog).toContainText('쉼표로 구분, 1행.');
  // There is no row of names to read the file otherwise, so there is nothing to tick.
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  const columns = dialog.getByRole('group', { name: '열' });
  await columns.getByRole('combobox', { name: '1열' }).selectOption({ label: '한국어 이름' });
  await columns.getByRole('combobox', { name: '2열' }).selectOption({ label: '영문 이름' });
  await columns.getByRole('combobox', { name: '3열' }).selectOption({ label: '국가' });
  await expect(dialog).toContainText('새 항목 1개');
  await dialog.getByRole('button', { name: '가져오기 확인' }).click();
  await page.getByRole('textbox', { name: '검색' }).fill('타르투');
  await expect(page.getByRole('list', { name: '검색 결과' }).getByRole('button')).toHaveCount(1);
});

test('a Korean spreadsheet imports its good rows once, and a cancelled import changes nothing', async ({
  workbench,
}) => {
  let page = workbench.page;
  await openSample(page);

  let dialog = await chooseCsv(page, fixture('partner-cities-cp949.csv'));
  await expect(dialog).toContainText('CP949 (EUC-KR)');
  // What the file becomes, and each column, read across from the dialog's left edge.
  const across = async (field: Locator, atLeft = false) => {
    const label = await field.locator('xpath=ancestor::label[1]/span').first().boundingBox();
    const input = await field.boundingBox();
    const body = await dialog.boundingBox();
    return (
      (!atLeft || label!.x - body!.x < 40) &&
      input!.x >= label!.x + label!.width &&
      Math.abs(input!.y + input!.height / 2 - (label!.y + label!.height / 2)) < 6
    );
  };
  expect(await across(dialog.getByLabel('Import as'), true)).toBe(true);
  for (const column of await dialog
    .getByRole('group', { name: 'Columns' })
    .getByRole('combobox')
    .all())
    expect(await across(column)).toBe(true);
  const problems = dialog.getByRole('list', { name: 'Rows with problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems).toContainText('Row 4: no name');
  await expect(problems).toContainText(
    'Row 5: Relation “친구” is not one of: Sister city, Friendship city, MOU, None, Unknown',
  );
  await expect(problems).toContainText('Row 6: Since “19x5”');
  await expect(dialog).toContainText(
    '1 new entry; 1 matches an existing entry by name and country.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('region', { name: 'Strategy canvas' }).getByText('후쿠오카'),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toContainText('43 partner cities');
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .getByRole('button', { name: 'Open' })
    .click();

  dialog = await chooseCsv(page, fixture('partner-cities-cp949.csv'));
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported: 1 entry added, 1 entry updated.' }),
  ).toBeVisible();

  page = await workbench.relaunch();
  await openSample(page);
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('후쿠오카');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveCount(
    1,
  );
  await search.fill('하노이');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Since' }),
  ).toHaveValue('1996');

  dialog = await chooseCsv(page, fixture('partner-cities-cp949.csv'));
  await expect(dialog).toContainText(
    '0 new entries; 2 match existing entries by name and country.',
  );
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toContainText('44 partner cities');
});
