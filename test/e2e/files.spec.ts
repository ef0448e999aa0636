import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { expect, openLibrary, openSample, strategyRow, test } from './fixtures';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

async function importFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await chooser).setFiles(file);
}

test('a strategy exported to a file imports back as a new strategy', async ({
  workbench: { page },
}, testInfo) => {
  await openSample(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Seoul city diplomacy 2018.json');
  const saved = testInfo.outputPath('exported.json');
  await download.saveAs(saved);
  const document = JSON.parse(await readFile(saved, 'utf8'));
  expect(document).toMatchObject({ format: 'city-diplomacy-workbench/strategy', version: 5 });
  expect(document.strategy.nodes).toHaveLength(156);
  expect(document.strategy.home).toMatchObject({ name: 'Seoul', country: 'KR' });
  const ulaanbaatar = document.strategy.nodes.find(
    (node: { data: { name?: string } }) => node.data.name === 'Ulaanbaatar',
  );
  expect(ulaanbaatar.data.latitude).toBeCloseTo(47.9, 1);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await importFile(page, saved);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Seoul city diplomacy 2018”.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Strategy canvas' }).getByText('Seoul, Global Sharing City'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toHaveCount(2);
  for (const row of await strategyRow(page, 'Seoul city diplomacy 2018').all())
    await expect(row).toContainText('156 nodes');
});

test('a hand-edited file is refused in Korean, naming the node and the field to correct', async ({
  workbench: { page },
}, testInfo) => {
  await openLibrary(page, '?lang=ko');
  const strategy = { ...blankStrategy('2026-01-01T00:00:00.000Z', 'Edited by hand'), id: 's' };
  const exported = JSON.parse(serializeStrategy(strategy, '2026-01-02T00:00:00.000Z'));
  const city = {
    id: 'c1',
    kind: 'ministry',
    position: { x: 0, y: 0 },
    data: { name: 'Taipei', nameKo: '타이베이' },
  };
  const edited = testInfo.outputPath('edited.json');
  await writeFile(
    edited,
    JSON.stringify({ ...exported, strategy: { ...exported.strategy, nodes: [city] } }),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '파일 가져오기' }).click();
  await (await chooser).setFiles(edited);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '파일을 가져올 수 없습니다: 내용이 손상되었거나 불완전합니다. 노드 “타이베이”의 “종류” 항목에 앱이 읽을 수 없는 값이 있습니다.',
  );
  await expect(alert).toContainText('아무것도 바뀌지 않았습니다.');
  await expect(page.getByRole('listitem')).toHaveCount(1);
});

test('a broken or too new file is refused with a message and nothing changes', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  await importFile(page, fixture('truncated-strategy.json'));
  await expect(page.getByRole('alert')).toContainText(
    'The file could not be imported: it is not a JSON document (it may have been cut short). Export the strategy again and import the new file.',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await importFile(page, fixture('newer-version-strategy.json'));
  await expect(page.getByRole('alert')).toContainText(
    'made by a newer version of the app (file format 99)',
  );
  await page.reload();
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toContainText('156 nodes');
});
