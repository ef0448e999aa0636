import type { Page } from '@playwright/test';
import { expect } from '../e2e/fixtures';

/**
 * Edits the open strategy as an officer does, for `minutes`: finds a project, renames it, moves
 * it, links it to a partner city and unlinks it, adds a project and deletes it, undoing and
 * redoing each. Every round leaves the strategy as it found it, so the memory held after is
 * what the edits left behind. Runs at least `atLeastRounds` rounds. Returns the rounds done.
 */
export async function scriptedEdits(
  page: Page,
  minutes: number,
  atLeastRounds = 0,
): Promise<number> {
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const undoRedoUndo = async () => {
    await undo.click();
    await redo.click();
    await undo.click();
  };
  const until = Date.now() + minutes * 60_000;
  let rounds = 0;
  while (Date.now() < until || rounds < atLeastRounds) {
    const name = `project ${(rounds % 40) + 1}`;
    const city = `partnerCity ${(rounds % 40) + 1}`;
    rounds++;

    await page.getByRole('textbox', { name: 'Search' }).fill(name);
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: new RegExp(`${name}$`) })
      .click();
    const title = inspector.getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue(name);

    await title.fill(`${name} (renamed)`);
    await title.press('Tab');
    await undoRedoUndo();
    await expect(title).toHaveValue(name);

    const card = (await page.locator('.react-flow__node.selected').first().boundingBox())!;
    const x = card.x + card.width / 2;
    const y = card.y + card.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x + step * 4, y + step * 2);
    await page.mouse.up();
    await undoRedoUndo();

    const linkTo = inspector.getByRole('combobox', { name: 'Link to…' });
    await linkTo.fill(city);
    await inspector
      .getByRole('listbox', { name: 'Nodes to link' })
      .getByRole('option', { name: new RegExp(`^${city}(\\s|$)`) })
      .first()
      .click();
    const confirm = inspector.getByRole('button', { name: 'Link', exact: true });
    if (await confirm.isVisible()) await confirm.click();
    const unlink = inspector.getByRole('button', {
      name: new RegExp(`^Remove relationship: .* — ${city}$`),
    });
    await unlink.first().click();
    await undo.click();
    await redo.click();

    await page.getByRole('button', { name: 'Add project' }).click();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await undo.click();
    await redo.click();
  }
  return rounds;
}
