import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, newStrategy, test } from './fixtures';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

const inspectorOf = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test('a new partner city named "Busan" is placed from the list of cities it suggests', async ({
  workbench: { page },
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await newStrategy(page, 'Busan ties');
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const inspector = inspectorOf(page);
  const name = inspector.getByRole('combobox', { name: 'Name', exact: true });
  await name.fill('Busan');

  // The list of cities is read and indexed on first use: on a busy machine that takes a while.
  const suggestions = inspector.getByRole('listbox', { name: 'City suggestions' });
  await expect(suggestions.getByRole('option').first()).toHaveText(
    'Busan, South Korea, population 3,678,555',
    { timeout: 30_000 },
  );
  await name.press('ArrowDown');
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await name.press('Enter');
  await expect(suggestions).toBeHidden();

  await expect(inspector.getByRole('combobox', { name: 'Korean name' })).toHaveValue('부산');
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('South Korea');
  await expect(inspector.getByRole('combobox', { name: 'Region' })).toHaveValue('eastAsia');
  await expect(inspector.getByRole('textbox', { name: 'Latitude' })).toHaveValue('35.10168');
  await expect(inspector.getByRole('textbox', { name: 'Longitude' })).toHaveValue('129.03004');

  // The list of cities came with the app, from its own origin, and nothing else was asked for.
  const origin = new URL(page.url()).origin;
  expect(requests.some((url) => url.startsWith(origin) && url.endsWith('.bin'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);

  // The same, typed in Hangul.
  await page.getByRole('button', { name: 'Add partner city' }).click();
  await inspector.getByRole('combobox', { name: 'Name', exact: true }).fill('도쿄');
  await inspector
    .getByRole('listbox', { name: 'City suggestions' })
    .getByRole('option', { name: /^Tokyo, Japan, population/ })
    .click();
  await expect(inspector.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue('Tokyo');
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('Japan');

  // Or from the Korean name field, which lists the cities by their Korean names.
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const koreanName = inspector.getByRole('combobox', { name: 'Korean name' });
  await koreanName.fill('울란');
  await inspector
    .getByRole('listbox', { name: 'City suggestions' })
    .getByRole('option', { name: /^울란바토르, Mongolia, population/ })
    .click();
  await expect(koreanName).toHaveValue('울란바토르');
  await expect(inspector.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue(
    'Ulan Bator',
  );
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('Mongolia');
  // One choice, one step back: the Korean name as typed, nothing placed.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(koreanName).toHaveValue('울란');
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('');
});

test('a project’s city chosen from the partner cities ties it to that city, and undo unties it', async ({
  workbench: { page },
}) => {
  await newStrategy(page, 'Busan water');
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const inspector = inspectorOf(page);
  await inspector.getByRole('combobox', { name: 'Name', exact: true }).fill('Busan');
  await inspector.getByRole('combobox', { name: 'Country' }).fill('South Korea');

  // Nothing selected, so the project is added on its own, tied to no city yet.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await pane.click({ position: { x: box.width / 2, y: box.height - 40 } });
  await page.getByRole('button', { name: 'Add project' }).click();
  await inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Water reuse');
  const edge = page.getByRole('group', { name: 'Water reuse — located in / with — Busan' });
  await expect(edge).toHaveCount(0);

  const city = inspector.getByRole('combobox', { name: 'City' });
  await city.focus();
  await city.press('ArrowDown');
  const partner = inspector
    .getByRole('listbox', { name: 'City suggestions' })
    .getByRole('option', { name: 'Busan, South Korea (partner city)' });
  await expect(partner).toBeVisible();
  await city.press('ArrowDown');
  await expect(partner).toHaveAttribute('aria-selected', 'true');
  await city.press('Enter');

  await expect(city).toHaveValue('Busan');
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('South Korea');
  await expect(edge).toHaveCount(1);
  const relationships = inspector.getByRole('region', { name: 'Relationships' });
  await expect(relationships.getByRole('button', { name: 'Busan', exact: true })).toBeVisible();

  // One fact, one step: undo takes the city and the tie back together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edge).toHaveCount(0);
  await expect(city).toHaveValue('');
  await expect(inspector.getByRole('combobox', { name: 'Country' })).toHaveValue('');
});

test('another city’s partners imported from a spreadsheet without coordinates are placed', async ({
  workbench: { page },
}) => {
  await newStrategy(page, 'Learning from Busan');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await (await chooser).setFiles(fixture('busan-partner-cities.csv'));
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await expect(dialog).toContainText('6 new entries');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();

  // The one city the list does not know is named, so it can be placed by hand.
  await expect(dialog).toContainText('These cities were not found in the list of cities', {
    timeout: 30_000,
  });
  await expect(dialog.getByRole('listitem')).toHaveText(['Row 7: Atlantis']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const inspector = inspectorOf(page);
  const open = async (name: string) => {
    await page.getByRole('textbox', { name: 'Search' }).fill(name);
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: new RegExp(name) })
      .first()
      .click();
    await expect(inspector.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue(name);
  };
  await open('Vladivostok');
  await expect(inspector.getByRole('textbox', { name: 'Latitude' })).toHaveValue('43.10562');
  await expect(inspector.getByRole('textbox', { name: 'Longitude' })).toHaveValue('131.87353');
  await open('Kaohsiung');
  await expect(inspector.getByRole('textbox', { name: 'Latitude' })).toHaveValue('22.61626');
  await open('Atlantis');
  await expect(inspector.getByRole('textbox', { name: 'Latitude' })).toHaveValue('');
});
