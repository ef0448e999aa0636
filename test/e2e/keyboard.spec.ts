import type { Locator, Page } from '@playwright/test';
import { expect, openLibrary, SAMPLE_TITLE, screenshot, strategyRow, test } from './fixtures';

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
  // Seen from KOICA, the relationship reads the other way: KOICA implements Hanoi metro.
  await expect(relationships.getByRole('heading', { name: 'implements' })).toBeVisible();
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
  // Typed where it is seen: the field lies over the card, not under it.
  expect(
    await name.evaluate((field) => {
      const box = field.getBoundingClientRect();
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === field;
    }),
  ).toBe(true);
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

const ACCENT = 'rgb(29, 78, 216)';

/** Opens the sample strategy from the library with Enter on its Open button. */
async function openSampleByKeyboard(page: Page) {
  await openLibrary(page);
  await press(strategyRow(page, SAMPLE_TITLE.en).getByRole('button', { name: 'Open' }), 'Enter');
  await expect(page.getByRole('textbox', { name: 'Strategy title' })).toHaveValue(SAMPLE_TITLE.en);
}

/** Presses Tab (Shift+Tab backwards) until the locator has the keyboard, as a user would. */
async function tabTo(page: Page, target: Locator, key = 'Tab', most = 60) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The focused control shows a ring in the accent colour. */
async function expectFocusRing(locator: Locator) {
  await expect(locator).toBeFocused();
  await expect(locator).toHaveCSS('outline-style', 'solid');
  await expect(locator).toHaveCSS('outline-color', ACCENT);
}

test('Tab from the canvas goes to its cards, the selected one first, and the lines come before them', async ({
  workbench: { page },
}) => {
  await openSampleByKeyboard(page);
  const canvas = page.getByRole('application', { name: 'Strategy canvas' });
  const focusedCard = page.locator('.react-flow__node:focus');
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a);
  // At reading zoom, where every line is drawn in the page and takes the keyboard.
  while ((await zoom()) < 1.3) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('[data-edges-drawn]')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();

  // No link out of the canvas to a website: React Flow is credited in About.
  await expect(page.getByRole('link', { name: /React Flow/ })).toHaveCount(0);
  await canvas.focus();
  await page.keyboard.press('Tab');
  await expect(focusedCard).toHaveCount(1);
  // The relationship lines are still reached, Shift+Tab from the first card.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.react-flow__edge:focus')).toHaveCount(1);

  await canvas.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const third = await focusedCard.getAttribute('data-id');
  await page.keyboard.press('Space');
  await canvas.focus();
  await page.keyboard.press('Tab');
  await expect(focusedCard).toHaveAttribute('data-id', third!);
  // Escape unselects it and leaves the keyboard on it, rather than on the page.
  await expect(focusedCard).toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(focusedCard).toHaveAttribute('data-id', third!);
  await expect(focusedCard).not.toHaveClass(/selected/);
});

test('Tab goes from card to card in reading order, from the sample’s vision down, and on out of the cards', async ({
  workbench: { page },
}) => {
  await openSampleByKeyboard(page);
  const canvas = page.getByRole('application', { name: 'Strategy canvas' });
  const focusedCard = page.locator('.react-flow__node:focus');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await canvas.focus();
  await page.keyboard.press('Tab');
  await expect(focusedCard).toContainText('Seoul, Global Sharing City');
  // The vision's row done, the directions' row from the left.
  await page.keyboard.press('Tab');
  await expect(focusedCard).toContainText('Solving global urban problems');
  await page.keyboard.press('Tab');
  await expect(focusedCard).toContainText('Contributing to peace and prosperity');
  await page.keyboard.press('Shift+Tab');
  await expect(focusedCard).toContainText('Solving global urban problems');
  await page.keyboard.press('Shift+Tab');
  await expect(focusedCard).toContainText('Seoul, Global Sharing City');
  // Before the first card, back to the lines (or the canvas, where they are drawn as a picture).
  await page.keyboard.press('Shift+Tab');
  await expect(focusedCard).toHaveCount(0);
  expect(
    await page.evaluate(
      () =>
        document.activeElement?.matches('.react-flow__edge, .strategy-flow') &&
        document.activeElement.closest('.strategy-flow') !== null,
    ),
  ).toBe(true);

  // Every card in the page is reached once, row by row, and then the keyboard leaves the cards.
  await canvas.focus();
  const count = await page.locator('.react-flow__node[tabindex="0"]').count();
  const reached = new Set<string>();
  let lastTop = -Infinity;
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const id = (await focusedCard.getAttribute('data-id'))!;
    expect(reached.has(id)).toBe(false);
    reached.add(id);
    const top = await focusedCard.evaluate((card) => {
      const at = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(card.style.transform);
      return Number(at?.[2] ?? 0);
    });
    // In the map's own coordinates, so the view following the card does not count.
    expect(top).toBeGreaterThanOrEqual(lastTop - 36);
    lastTop = Math.max(lastTop, top);
  }
  await page.keyboard.press('Tab');
  await expect(focusedCard).toHaveCount(0);
});

test('the strategy details, its city picker and the PDF and Word options work from the keyboard, and Escape goes back to the button that opened them', async ({
  workbench: { page },
}) => {
  await openSampleByKeyboard(page);
  const detailsButton = page.getByRole('button', { name: 'Strategy details' });
  await press(detailsButton, 'Enter');
  const details = page.getByRole('dialog', { name: 'Strategy details' });
  const first = details.getByRole('textbox', { name: 'Title in English' });
  await expectFocusRing(first);
  await expect(first).toHaveValue(SAMPLE_TITLE.en);

  // Tab goes round inside the dialog, never out to the editor behind it.
  const save = details.getByRole('button', { name: 'Save' });
  await page.keyboard.press('Shift+Tab');
  await expectFocusRing(save);
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();

  // The home city is picked from the suggestions with the arrow keys and Enter.
  const home = details.getByRole('combobox', { name: 'Home city' });
  await tabTo(page, home);
  await expectFocusRing(home);
  await expect(home).toHaveValue('Seoul');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Busan');
  const suggestions = details.getByRole('listbox', { name: 'City suggestions' });
  const busan = suggestions.getByRole('option', { name: /^Busan, South Korea/ });
  await expect(busan).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ArrowDown');
  const active = suggestions.getByRole('option', { selected: true });
  await expect(active).toHaveCount(1);
  await expect(active).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await expect(home).toHaveValue(/^Busan/);
  await expect(details).toBeVisible();

  // Escape closes an open list first, the dialog next, and the edits are not kept.
  await page.keyboard.press('ArrowDown');
  await expect(suggestions).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(details).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expectFocusRing(detailsButton);
  await page.keyboard.press('Enter');
  await expect(details.getByRole('combobox', { name: 'Home city' })).toHaveValue('Seoul');
  await page.keyboard.press('Escape');
  await expect(detailsButton).toBeFocused();

  // The PDF's options: checkboxes toggled with Space, and Escape back to Export PDF.
  const pdfButton = page.getByRole('button', { name: 'Export PDF' });
  await tabTo(page, pdfButton);
  await expectFocusRing(pdfButton);
  await page.keyboard.press('Enter');
  const pdf = page.getByRole('dialog', { name: 'Export the plan as PDF' });
  const firstSection = pdf.getByRole('checkbox').first();
  await expectFocusRing(firstSection);
  await expect(firstSection).toBeChecked();
  await page.keyboard.press('Space');
  await expect(firstSection).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expectFocusRing(pdf.getByRole('checkbox').nth(1));
  await page.keyboard.press('Escape');
  await expect(pdf).toBeHidden();
  await expectFocusRing(pdfButton);

  // Word export is the next stop, in sight when reached, its options the same way.
  const word = page.getByRole('button', { name: 'Export Word' });
  await page.keyboard.press('Tab');
  await expectFocusRing(word);
  await expect(word).toBeInViewport();
  await page.keyboard.press('Enter');
  const wordOptions = page.getByRole('dialog', { name: 'Export the plan as Word' });
  await expectFocusRing(wordOptions.getByRole('checkbox').first());
  await page.keyboard.press('Escape');
  await expect(wordOptions).toBeHidden();
  await expectFocusRing(word);
});

test('the world map and the activity view are used from the keyboard, with a ring on what has it', async ({
  workbench: { page },
}) => {
  await openSampleByKeyboard(page);
  await press(page.getByRole('tab', { name: 'Map' }), 'Enter');
  const map = page.getByRole('region', { name: 'World map' });
  const tools = map.getByRole('toolbar', { name: 'Map tools' });
  const markers = map.getByRole('group', { name: 'Partner cities on the map' });
  await expect(markers.getByRole('button').first()).toBeVisible();

  // The map's buttons come first, then the map itself: keys pan and zoom it.
  const zoomIn = tools.getByRole('button', { name: 'Zoom in' });
  await tabTo(page, zoomIn);
  await expectFocusRing(zoomIn);
  const pan = map.locator('.world-map-pan');
  const fitted = await pan.getAttribute('style');
  await page.keyboard.press('Enter');
  await expect(pan).not.toHaveAttribute('style', fitted!);
  await press(tools.getByRole('button', { name: 'Reset map view' }), 'Enter');
  await expect(pan).toHaveAttribute('style', fitted!);
  await tabTo(page, markers);
  await expect(markers).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('+');
  await expect(pan).not.toHaveAttribute('style', fitted!);
  const zoomed = await pan.getAttribute('style');
  await page.keyboard.press('ArrowLeft');
  await expect(pan).not.toHaveAttribute('style', zoomed!);

  // Tab reaches the markers, each ringed in the accent colour, and Enter selects one.
  await page.keyboard.press('Tab');
  const marker = markers.getByRole('button').first();
  await expect(marker).toBeFocused();
  await expect(marker.locator('circle').first()).toHaveCSS('stroke', ACCENT);
  await page.keyboard.press('Enter');
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const cityName = inspector.getByLabel('Name', { exact: true });
  await expect(cityName).not.toHaveValue('');
  // A marker is named "city, country, tie, projects".
  const markerName = (await marker.getAttribute('aria-label'))!;
  expect(markerName.startsWith(`${await cityName.inputValue()}, `), markerName).toBe(true);

  // The activity view: sort, filter, and a partner opened on the canvas, the inspector next.
  await press(page.getByRole('tab', { name: 'Partner activity' }), 'Enter');
  const table = page.getByRole('table', { name: 'Partners ranked by activity' });
  await expect(table).toBeVisible();
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await tabTo(page, sort);
  await expectFocusRing(sort);
  const silentOnly = page.getByRole('checkbox', { name: 'Only ties active on paper but silent' });
  await tabTo(page, silentOnly);
  await expectFocusRing(silentOnly);
  const partner = table.getByRole('rowheader').first().getByRole('button');
  await tabTo(page, partner);
  await expectFocusRing(partner);
  const partnerName = (await partner.textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Canvas' })).toHaveAttribute('aria-selected', 'true');
  await expect(inspector).toBeFocused();
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue(partnerName);
  await screenshot(page, 'keyboard-activity-to-inspector');
});

test('a card moved with the arrow keys past the edge of the view stays in sight and keeps the keyboard', async ({
  workbench: { page },
}) => {
  await openSampleByKeyboard(page);
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  const first = canvas.locator('.react-flow__node').first();
  await expect(first).toBeInViewport();
  const id = (await first.getAttribute('data-id'))!;
  const moved = canvas.locator(`.react-flow__node[data-id="${id}"]`);
  await moved.focus();
  await page.keyboard.press('Space');
  await expect(moved).toHaveClass(/\bselected\b/);
  const start = await cardPosition(moved);

  // Forty presses of 50 px take it some 2,000 px right: the view follows it, as a caret's text.
  for (let press = 0; press < 40; press++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => cardPosition(moved)).toEqual({ x: start.x + 2000, y: start.y });
  await expect(moved).toBeFocused();
  // Whole inside the canvas (read from the boxes: at a zoom such as 91 % the browser's own
  // in-view ratio of a card wholly in view can come out a hair under 1).
  const inCanvas = async () => {
    const card = (await moved.boundingBox())!;
    const pane = (await canvas.locator('.react-flow').boundingBox())!;
    return (
      card.x >= pane.x &&
      card.y >= pane.y &&
      card.x + card.width <= pane.x + pane.width &&
      card.y + card.height <= pane.y + pane.height
    );
  };
  await expect.poll(inCanvas).toBe(true);
  for (let press = 0; press < 20; press++) await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => cardPosition(moved)).toEqual({ x: start.x + 2000, y: start.y - 1000 });
  await expect(moved).toBeFocused();
  await expect.poll(inCanvas).toBe(true);
});

test('undoing a card just added leaves the keyboard on the canvas, not at the top of the page', async ({
  workbench: { page },
}) => {
  await openLibrary(page);
  await press(page.getByRole('button', { name: 'New strategy' }), 'Enter');
  await expect(page.getByRole('region', { name: 'Strategy canvas' })).toBeVisible();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await press(page.getByRole('button', { name: 'Add goal' }), 'Enter');
  await page.keyboard.type('Global hub city');
  await press(page.getByRole('button', { name: 'Add goal' }), 'Enter');
  await expect(inspector.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await expect(card(page, 'Untitled goal')).toHaveCount(1);

  // The new goal goes, its fields with it: the keyboard stays in the editor.
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Untitled goal')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className))
    .toContain('strategy-flow');
});
