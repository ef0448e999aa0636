import type { Page } from '@playwright/test';
import { expect, newStrategy, screenshot, test } from './fixtures';

/** Read-write IndexedDB transactions fail while `window.failWrites` is true, as on a full disk. */
function injectWriteFaults(page: Page) {
  return page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction;
    const faults = window as unknown as { failWrites: boolean; statusLog: string[] };
    faults.failWrites = false;
    faults.statusLog = [];
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (faults.failWrites && args[1] === 'readwrite')
        throw new DOMException('The disk is full', 'QuotaExceededError');
      return original.apply(this, args);
    };
    // Every text the save status shows, to prove it never claimed "saved" too early.
    new MutationObserver(() => {
      const status = document.querySelector('.save-state')?.textContent;
      if (status && status !== faults.statusLog.at(-1)) faults.statusLog.push(status);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** How Chromium tells screen readers about changes to the save status: 'off' says nothing. */
async function saveStatusLive(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const { root } = await session.send('DOM.getDocument');
  const { nodeId } = await session.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.save-state',
  });
  const { nodes } = await session.send('Accessibility.getPartialAXTree', { nodeId });
  await session.detach();
  const live = nodes[0]?.properties?.find((property) => property.name === 'live');
  return (live?.value.value as string | undefined) ?? 'off';
}

const setWriteFaults = (page: Page, on: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { failWrites: boolean }).failWrites = value;
  }, on);

/** The strategy's records as stored in IndexedDB: title and node names, sorted. */
function storedStrategy(page: Page, strategyId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ title: string; names: string[]; edges: number }>((resolve, reject) => {
        const request = indexedDB.open('city-diplomacy-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['strategies', 'nodeBuckets', 'edgeBuckets'], 'readonly');
          const result = { title: '', names: [] as string[], edges: 0 };
          // A strategy's nodes and edges are kept in buckets keyed [strategy id, bucket number].
          const buckets = IDBKeyRange.bound([id, 0], [id, Infinity]);
          type Buckets<T> = IDBRequest<{ records: T[] }[]>;
          tx.objectStore('strategies').get(id).onsuccess = (event) => {
            result.title = (event.target as IDBRequest<{ title: string }>).result?.title ?? '';
          };
          tx.objectStore('nodeBuckets').getAll(buckets).onsuccess = (event) => {
            const stored = (event.target as Buckets<{ data: Record<string, string> }>).result;
            const nodes = stored.flatMap((bucket) => bucket.records);
            result.names = nodes.map((n) => n.data.name ?? n.data.title ?? '').sort();
          };
          tx.objectStore('edgeBuckets').getAll(buckets).onsuccess = (event) => {
            const stored = (event.target as Buckets<unknown>).result;
            result.edges = stored.reduce((sum, bucket) => sum + bucket.records.length, 0);
          };
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
        };
      }),
    strategyId,
  );
}

const strategyIdOf = (page: Page) => decodeURIComponent(page.url().split('#/strategy/')[1] ?? '');

async function addNamed(page: Page, kind: 'goal' | 'partner city' | 'project', name: string) {
  await page.getByRole('button', { name: `Add ${kind}` }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  // A partner city's name suggests cities as it is typed.
  const field =
    kind === 'partner city'
      ? inspector.getByRole('combobox', { name: 'Name', exact: true })
      : inspector.getByRole('textbox', { name: 'Title', exact: true });
  await field.fill(name);
  await field.press('Tab');
}

test('edits made while the database refuses writes are kept, retried and there after a reload', async ({
  workbench,
}) => {
  const page = workbench.page;
  await injectWriteFaults(page);
  await newStrategy(page, 'Fault drill');
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  await addNamed(page, 'goal', 'Saved before the fault');
  const saveStatus = page.locator('.save-state');
  await expect(saveStatus).toHaveText('All changes saved');
  // Saving and saved flip on every key typed: a screen reader is not told each time.
  expect(await saveStatusLive(page)).toBe('off');
  const id = strategyIdOf(page);

  await setWriteFaults(page, true);
  await page.evaluate(() => ((window as unknown as { statusLog: string[] }).statusLog = []));
  await addNamed(page, 'partner city', 'Ulaanbaatar');
  await expect(saveStatus).toHaveText('Not saved — retrying');
  const problem = page.getByRole('alert').filter({ hasText: 'Not saved — retrying' });
  await expect(problem.getByRole('button', { name: 'Retry now' })).toBeVisible();
  await expect(problem.getByRole('button', { name: 'Export strategy as file' })).toBeVisible();
  await addNamed(page, 'project', 'Smart transport consulting');
  const title = page.getByRole('textbox', { name: 'Strategy title' });
  await title.fill('Fault drill, renamed');
  await title.press('Enter');
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(saveStatus).toHaveText('Not saved — retrying');
  await screenshot(page, 'save-failed');
  // The bar lies over none of the toolbar: another view is still a click away, and back.
  for (const view of ['Pipeline', 'Canvas']) {
    const tab = page.getByRole('tab', { name: view });
    await tab.click({ timeout: 5000 });
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  // Leaving now would lose work: the browser asks first.
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await setWriteFaults(page, false);
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(saveStatus).toHaveText('All changes saved');
  await expect(problem).toHaveCount(0);
  // Saving again after the failure the problem bar announced is said aloud, once.
  expect(await saveStatusLive(page)).toBe('polite');
  const shown = await page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
  expect(shown.slice(0, -1)).not.toContain('All changes saved');
  expect(shown.at(-1)).toBe('All changes saved');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue(
    'Fault drill, renamed',
  );
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  for (const name of ['Saved before the fault', 'Ulaanbaatar', 'Smart transport consulting'])
    await expect(canvas.locator('.react-flow__node', { hasText: name })).toHaveCount(1);
  expect(await storedStrategy(page, id)).toMatchObject({
    title: 'Fault drill, renamed',
    names: ['Saved before the fault', 'Smart transport consulting', 'Ulaanbaatar'],
  });
});

test('a strategy is edited in one window at a time and handing over loses nothing', async ({
  workbench,
}) => {
  const first = workbench.page;
  await newStrategy(first, 'Two windows');
  await expect(first.locator('.save-state')).toHaveText('All changes saved');
  await addNamed(first, 'goal', 'Goal from the first window');
  await expect(first.locator('.save-state')).toHaveText('All changes saved');
  const id = strategyIdOf(first);

  const second = await first.context().newPage();
  await second.goto(`/?lang=en#/strategy/${encodeURIComponent(id)}`);
  const secondBar = second
    .getByRole('status')
    .filter({ hasText: 'open for editing in another window' });
  await expect(secondBar).toBeVisible();
  const secondCanvas = second.getByRole('region', { name: 'Strategy canvas' });
  await expect(secondCanvas.locator('.react-flow__node')).toHaveCount(1);

  // The first window goes on editing; the second follows what it saves.
  await addNamed(first, 'partner city', 'Hanoi');
  await expect(secondCanvas.locator('.react-flow__node', { hasText: 'Hanoi' })).toHaveCount(1);
  await screenshot(second, 'read-only-window');

  // Nothing offers an edit in the read-only window, and a shortcut changes nothing either.
  await expect(second.getByRole('button', { name: 'Add goal' })).toBeDisabled();
  await expect(second.getByRole('textbox', { name: 'Strategy title' })).not.toBeEditable();
  await secondCanvas.locator('.react-flow__node', { hasText: 'Hanoi' }).click();
  await second.keyboard.press('Delete');
  await expect(secondCanvas.locator('.react-flow__node')).toHaveCount(2);
  await expect(
    second
      .getByRole('region', { name: 'Inspector' })
      .getByRole('combobox', { name: 'Name', exact: true }),
  ).toBeDisabled();

  await secondBar.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(secondBar).toHaveCount(0);
  const firstBar = first
    .getByRole('status')
    .filter({ hasText: 'open for editing in another window' });
  await expect(firstBar).toBeVisible();

  // Now the second window edits: a rename and a deletion, both followed by the first.
  await secondCanvas
    .locator('.react-flow__node', { hasText: 'Goal from the first window' })
    .click();
  const nameField = second
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Title', exact: true });
  await nameField.fill('Goal renamed in the second window');
  await nameField.press('Tab');
  await secondCanvas.locator('.react-flow__node', { hasText: 'Hanoi' }).click();
  await second.getByRole('button', { name: 'Delete selected' }).click();
  await addNamed(second, 'project', 'Project from the second window');
  await expect(second.locator('.save-state')).toHaveText('All changes saved');

  const firstCanvas = first.getByRole('region', { name: 'Strategy canvas' });
  await expect(firstCanvas.locator('.react-flow__node', { hasText: 'Hanoi' })).toHaveCount(0);
  await expect(
    firstCanvas.locator('.react-flow__node', { hasText: 'Goal renamed in the second window' }),
  ).toHaveCount(1);

  // Nothing the first window still holds in memory can come back.
  await expect(first.getByRole('button', { name: 'Add goal' })).toBeDisabled();
  await firstCanvas.locator('.react-flow__node', { hasText: 'Goal renamed' }).click();
  await first.keyboard.press('Delete');
  await first.keyboard.press('Control+z');
  expect(await storedStrategy(second, id)).toEqual({
    title: 'Two windows',
    names: ['Goal renamed in the second window', 'Project from the second window'],
    edges: 0,
  });

  // Handing back works the same way.
  await firstBar.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(firstBar).toHaveCount(0);
  await expect(
    second.getByRole('status').filter({ hasText: 'open for editing in another window' }),
  ).toBeVisible();
  await second.close();
});
