import type { Page } from '@playwright/test';
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

/**
 * Changes a stored node as a program other than the app could, straight in IndexedDB: its data
 * made null, or some of its fields set.
 */
function damageStoredNode(page: Page, nodeId: string, data: Record<string, unknown> | null) {
  return page.evaluate(
    ([id, written]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('city-diplomacy-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('nodeBuckets', 'readwrite').objectStore('nodeBuckets');
          type Bucket = { records: { id: string; data: Record<string, unknown> | null }[] };
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return reject(new Error(`no stored node ${id}`));
            const bucket = at.value as Bucket;
            const node = bucket.records.find((record) => record.id === id);
            if (!node) return at.continue();
            node.data = written && { ...node.data, ...written };
            at.update(bucket).onsuccess = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
    [nodeId, data] as const,
  );
}

test('a strategy whose saved data was damaged says which record, and changes nothing', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  const row = strategyRow(page, 'Seoul city diplomacy 2018');
  // A copy is checked first: it would carry the damage along.
  await damageStoredNode(page, 'city-SC-01', { status: 'unknown' });
  await row.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The saved data of “Seoul city diplomacy 2018” is damaged: 1 record is not as the app ' +
      'writes it (the node “Taipei”, field “Status”). Nothing was changed. ' +
      'A copy exported as a file earlier can be imported.',
  );
  await expect(page.getByRole('listitem')).toHaveCount(1);

  // A node whose data is gone fails the canvas as it draws; the failure names the node.
  await damageStoredNode(page, 'city-SC-01', null);
  await row.getByRole('button', { name: 'Open' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'This part of the window failed' });
  await expect(failure).toContainText(
    'Its saved data holds 1 damaged record, which may be why: ' +
      'the node with the id city-SC-01, field “data”.',
  );
  await expect(failure.getByRole('button', { name: 'Back to library' })).toBeVisible();
  await screenshot(page, 'editor-damaged-strategy');
  await failure.getByRole('button', { name: 'Back to library' }).click();
  await expect(row).toContainText('156 nodes');
});

test('an editor script that did not arrive asks for a reload, which opens the strategy', async ({
  workbench: { page },
}) => {
  // The network drops the editor's script until the page is reloaded: whether the library's
  // prefetch or the click asked for it first, and whether the browser asks again after a
  // failure or keeps it for the page, the editor cannot arrive before the reload.
  let reloaded = false;
  await page.route(/\/assets\/Editor-[^/]+\.js$/, (route) =>
    reloaded ? route.continue() : route.abort('connectionreset'),
  );
  await openLibrary(page);
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .getByRole('button', { name: 'Open' })
    .click();
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('Part of the app did not arrive over the network');
  await expect(failure.getByRole('button', { name: 'Try again' })).toHaveCount(0);

  reloaded = true;
  await failure.getByRole('button', { name: 'Reload the page' }).click();
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  await expect(canvas.getByText('Seoul, Global Sharing City', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the library shows once its fonts are in, so nothing moves under a first click', async ({
  workbench: { page },
}) => {
  // Each bundled face is held back until the library's text is laid out waiting for it.
  let releaseFonts!: () => void;
  const fontsHeld = new Promise<void>((resolve) => (releaseFonts = resolve));
  await page.route('**/*.woff2', async (route) => {
    await fontsHeld;
    await route.continue();
  });
  await page.goto('/?lang=ko');
  const newStrategy = page.getByRole('button', { name: '새 전략', includeHidden: true });
  await newStrategy.waitFor({ state: 'attached' });
  // Laid out in a fallback font, "새 전략" sat tens of pixels from where it ends up.
  await expect(newStrategy).toBeHidden();

  releaseFonts();
  await expect(newStrategy).toBeVisible();
  const shown = await newStrategy.boundingBox();
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await newStrategy.boundingBox()).toEqual(shown);

  await newStrategy.click();
  await expect(page.getByRole('textbox', { name: '전략 제목' })).toBeVisible();
});
