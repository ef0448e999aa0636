import type { Locator, Page } from '@playwright/test';
import { expect, openLibrary, screenshot, test } from './fixtures';

// Everything here is done from the keyboard: no click, no pointer event of any kind.

/** Focuses a control the way Tab would reach it, then presses a key on it. */
async function press(locator: Locator, key: string) {
  await locator.focus();
  await locator.press(key);
}

function card(page: Page, text: string) {
  return page
    .getByRole('region', { name: 'Strategy canvas' })
    .locator('.react-flow__node', { hasText: text });
}

/** Where React Flow has put a card, read from its transform. */
async function cardPosition(locator: Locator) {
  const transform = await locator.evaluate((element) => (element as HTMLElement).style.transform);
  const [, x, y] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform)!;
  return { x: Number(x), y: Number(y) };
}

test('two nodes added, linked, renamed, moved and deleted, all from the keyboard', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  await press(page.getByRole('button', { name: 'New strategy' }), 'Enter');
  const title = page.getByRole('textbox', { name: 'Strategy title' });
  await expect(title).toBeVisible();
  await title.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Keyboard walk');
  await page.keyboard.press('Enter');

  // The editor's first stop skips to the inspector, and shows itself when reached. A reload
  // starts the Tab order from the top (the address keeps the strategy open).
  await page.reload();
  await expect(page.getByRole('region', { name: 'Strategy canvas' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to inspector' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toBeFocused();

  // Added from the palette, each node takes the cursor in its name field.
  await press(page.getByRole('button', { name: 'Add project' }), 'Enter');
  await expect(inspector.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await page.keyboard.type('Hanoi metro');
  await expect(card(page, 'Hanoi metro')).toBeInViewport();
  await press(page.getByRole('button', { name: 'Add actor' }), 'Enter');
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('KOICA');
  await expect(card(page, 'KOICA')).toBeInViewport();
  const relationships = inspector.getByRole('region', { name: 'Relationships' });
  await expect(relationships).toContainText('No relationships yet.');

  // Linked through "Link to…": two relationships fit, so the next stop asks which.
  await inspector.getByRole('combobox', { name: 'Link to…' }).focus();
  await page.keyboard.type('hanoi');
  await expect(inspector.getByRole('option', { name: /Hanoi metro/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  const kind = inspector.getByRole('combobox', { name: 'Relationship' });
  await expect(kind).toBeFocused();
  await expect(kind.locator('option:checked')).toHaveText('Hanoi metro — funded by — KOICA');
  await page.keyboard.press('ArrowDown');
  await expect(kind.locator('option:checked')).toHaveText('Hanoi metro — implemented by — KOICA');
  await page.keyboard.press('Enter');
  await expect(relationships.getByRole('heading', { name: 'implemented by' })).toBeVisible();
  await expect(
    relationships.getByRole('button', { name: 'Hanoi metro', exact: true }),
  ).toBeVisible();
  const edge = page.getByRole('group', { name: 'Hanoi metro — implemented by — KOICA' });
  await expect(edge).toHaveCount(1);

  // Renamed in place on its card: Enter opens the name, Enter keeps it.
  const koica = card(page, 'KOICA');
  await koica.focus();
  await expect(koica.locator('.node-card')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Name on card' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Korea International Cooperation Agency');
  await page.keyboard.press('Enter');
  const agency = card(page, 'Korea International Cooperation Agency');
  await expect(agency).toBeVisible();
  await expect(agency).toBeFocused();
  await expect(
    page.getByRole('group', {
      name: 'Hanoi metro — implemented by — Korea International Cooperation Agency',
    }),
  ).toHaveCount(1);
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Korea International Cooperation Agency',
  );
  await screenshot(page, 'keyboard-linked-and-renamed');

  // Moved with the arrow keys: 10 px a press, 50 with Shift.
  const start = await cardPosition(agency);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => cardPosition(agency)).toEqual({ x: start.x + 20, y: start.y + 50 });

  // Deleted: the canvas keeps the keyboard, and undo and redo leave it there.
  await page.keyboard.press('Delete');
  await expect(agency).toHaveCount(0);
  await expect(page.getByRole('group', { name: /implemented by/ })).toHaveCount(0);
  const canvas = page.getByRole('application', { name: 'Strategy canvas' });
  await expect(canvas).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(agency).toBeVisible();
  await expect(
    page.getByRole('group', {
      name: 'Hanoi metro — implemented by — Korea International Cooperation Agency',
    }),
  ).toHaveCount(1);
  expect(await cardPosition(agency)).toEqual({ x: start.x + 20, y: start.y + 50 });
  await expect(canvas).toBeFocused();
  await page.keyboard.press('Control+y');
  await expect(agency).toHaveCount(0);
  await expect(canvas).toBeFocused();
  await expect(card(page, 'Hanoi metro')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
});
