import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  newStrategy,
  nodesInPage,
  openSample,
  screenshot,
  test,
  viewAtRest,
} from './fixtures';

const ideaCards = (page: Page) => page.locator('.react-flow__node-idea');
const canvas = (page: Page) => page.getByRole('region', { name: 'Strategy canvas' });

/** Types ideas into the idea box: Enter for each, or Tab to put it under the current one. */
async function typeIdeas(page: Page, ideas: { text: string; under?: boolean }[]) {
  const box = page.getByRole('textbox', { name: 'New idea' });
  for (const idea of ideas) {
    await box.fill(idea.text);
    await box.press(idea.under ? 'Tab' : 'Enter');
    await expect(box).toHaveValue('');
  }
}

/** A new strategy on a laptop's screen (1366×768), and ideas typed into it from N. */
async function ideasOnALaptop(
  page: Page,
  title: string,
  ideas: { text: string; under?: boolean }[],
) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newStrategy(page, title);
  await expect(canvas(page)).toBeVisible();
  await page.keyboard.press('n');
  await typeIdeas(page, ideas);
}

/**
 * The idea cards the room sees whole, by their text: in the page (the canvas leaves out cards
 * far out of view), inside the canvas's view and clear of the vote panel.
 */
function ideasInSight(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.vote-panel')!.getBoundingClientRect();
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node-idea')]
      .filter((card) => {
        const box = card.getBoundingClientRect();
        const underPanel =
          box.left < panel.right &&
          panel.left < box.right &&
          box.top < panel.bottom &&
          panel.top < box.bottom;
        const outOfView =
          box.left < pane.left ||
          box.right > pane.right ||
          box.top < pane.top ||
          box.bottom > pane.bottom;
        return !underPanel && !outOfView;
      })
      .map((card) => card.querySelector('.node-name')?.textContent)
      .sort();
  });
}

/** Whether `element` is what the pointer meets all over it: nothing else lies on any part of it. */
async function expectOnTop(element: Locator) {
  const covered = await element.evaluate((target) => {
    const box = target.getBoundingClientRect();
    const misses: string[] = [];
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) {
        const x = box.left + (box.width * i) / 10;
        const y = box.top + (box.height * j) / 10;
        const top = document.elementFromPoint(x, y);
        if (top && !target.contains(top)) misses.push(`${top.className} at ${x},${y}`);
      }
    return misses;
  });
  expect(covered).toEqual([]);
}

async function saveView(page: Page, name: string) {
  const region = page.getByRole('region', { name: 'Views' });
  if (!(await region.isVisible()))
    await canvas(page).getByRole('button', { name: 'Views', exact: true }).click();
  await region.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByRole('textbox', { name: 'View name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('list', { name: 'Views' }).getByRole('listitem', { name }),
  ).toBeVisible();
}

/** Card titles' size on screen: their font size times the canvas's zoom. */
async function titleSizes(page: Page): Promise<number[]> {
  return page
    .locator('.react-flow__node .node-name')
    .evaluateAll((names) =>
      names
        .filter((name) => (name as HTMLElement).offsetWidth > 0)
        .map(
          (name) =>
            parseFloat(getComputedStyle(name).fontSize) *
            (name.getBoundingClientRect().width / (name as HTMLElement).offsetWidth),
        ),
    );
}

async function convert(page: Page, text: string, kind: string) {
  await ideaCards(page).filter({ hasText: text }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('combobox', { name: 'Convert to…' }).selectOption({ label: kind });
  await inspector.getByRole('button', { name: 'Convert' }).click();
}

test('a facilitator collects ideas by keyboard, converts two, presents, times a round and votes; the PDF lists the result', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await newStrategy(page, 'Mobility workshop');
  await expect(canvas(page)).toBeVisible();

  // Ten ideas with the keyboard alone: N opens the box at the foot of the canvas.
  await page.keyboard.press('n');
  await typeIdeas(page, [
    { text: 'Bike share along the river' },
    { text: 'Night buses' },
    { text: 'Car-free Sundays' },
    { text: 'Metro line to the airport' },
    { text: 'Ask KOICA for funding', under: true },
    { text: 'Hanoi as the first partner', under: true },
    { text: 'School streets' },
    { text: 'Cheaper monthly pass' },
    { text: 'Park and ride' },
    { text: 'Electric taxis' },
  ]);
  await expect(page.getByText('10 ideas added')).toBeVisible();
  await screenshot(page, 'workshop-ideas-en');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'New idea' })).toHaveCount(0);
  await expect(ideaCards(page)).toHaveCount(10);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  // No two ideas cover each other.
  const boxes = await ideaCards(page).evaluateAll((cards) =>
    cards
      .map((card) => card.getBoundingClientRect())
      .map((r) => [r.left, r.top, r.right, r.bottom]),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
  // Each idea is one undo step.
  await page.keyboard.press('Control+z');
  await expect(ideaCards(page)).toHaveCount(9);
  await page.keyboard.press('Control+y');
  await expect(ideaCards(page)).toHaveCount(10);

  // Enter on the empty canvas opens the box too.
  await page.locator('.strategy-flow').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New idea' })).toBeFocused();
  await page.keyboard.press('Escape');

  // Two become a goal and a project; the project keeps its link as "serves goal".
  await convert(page, 'Metro line to the airport', 'Goal');
  await expect(page.locator('.react-flow__node-goal')).toHaveText(/Metro line to the airport/);
  await convert(page, 'Ask KOICA for funding', 'Project');
  await expect(page.locator('.react-flow__node-project')).toHaveText(/Ask KOICA for funding/);
  await expect(ideaCards(page)).toHaveCount(8);
  await expect(page.locator('.react-flow__edge .edge-servesGoal')).toHaveCount(1);

  // Three saved views become three slides.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await saveView(page, 'All ideas');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await saveView(page, 'Closer');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await saveView(page, 'Closest');
  await page.locator('.strategy-flow').focus();
  await page.keyboard.press('F5');
  const stage = page.getByRole('region', { name: 'Presentation' });
  await expect(stage.getByRole('heading', { name: 'All ideas' })).toBeVisible();
  await expect(stage.getByText('1 / 3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('heading', { name: 'Closer' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(stage.getByText('3 / 3')).toBeVisible();
  await expect(stage.getByRole('heading', { name: 'Closest' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(stage.getByText('2 / 3')).toBeVisible();
  await stage.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Extra large' });
  await page.waitForTimeout(100);
  const sizes = await titleSizes(page);
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await screenshot(page, 'workshop-present-en');
  await page.keyboard.press('Escape');
  await expect(stage).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();

  // A one-minute round, fast-forwarded.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.getByRole('spinbutton', { name: /Custom time/ }).fill('1');
  await page
    .getByRole('group', { name: 'Start timer' })
    .getByRole('button', { name: 'Start timer' })
    .click();
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer.getByRole('timer')).toHaveText('1:00');
  // A timer runs: a new length would replace it, and the toolbar says so.
  await expect(page.getByRole('button', { name: 'Start timer', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restart timer' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(timer.getByRole('timer')).toHaveText('0:40');
  await timer.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(timer.getByRole('timer')).toHaveText('0:40');
  await timer.getByRole('button', { name: 'Resume' }).click();
  await timer.getByRole('button', { name: 'Add a minute' }).click();
  await expect(timer.getByRole('timer')).toHaveText('1:40');
  await page.clock.runFor(101_000);
  await expect(timer.getByRole('timer')).toHaveText('0:00');
  await expect(timer.getByRole('status')).toHaveText('Time is up');
  await screenshot(page, 'workshop-timer-en');
  // The timer moves off what it covers, by its grip or its arrow keys, and never off the canvas.
  const canvasArea = (await canvas(page).boundingBox())!;
  const grip = timer.getByRole('button', { name: 'Move timer' });
  await expect(grip).toHaveAccessibleDescription(
    'Drag, or use the arrow keys, to move the timer off what it covers',
  );
  const placed = (await timer.boundingBox())!;
  const gripBox = (await grip.boundingBox())!;
  await page.mouse.move(gripBox.x + gripBox.width / 2, gripBox.y + gripBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(gripBox.x + 200, gripBox.y + 300, { steps: 5 });
  await page.mouse.up();
  const dragged = (await timer.boundingBox())!;
  expect([Math.round(dragged.x - placed.x), Math.round(dragged.y - placed.y)]).toEqual([
    Math.round(200 - gripBox.width / 2),
    Math.round(300 - gripBox.height / 2),
  ]);
  // Its arrow keys move the timer alone, never the selected cards, some under it.
  await page.locator('.strategy-flow').focus();
  await page.keyboard.press('Control+a');
  await expect(ideaCards(page).and(page.locator('.selected'))).not.toHaveCount(0);
  const placesBefore = await nodesInPage(page);
  await grip.press('ArrowUp');
  expect((await timer.boundingBox())!.y).toBeCloseTo(dragged.y - 16, 0);
  expect(await nodesInPage(page)).toEqual(placesBefore);
  await page.mouse.move(gripBox.x + 200, gripBox.y + 300 - 16);
  await page.mouse.down();
  await page.mouse.move(gripBox.x - 3000, gripBox.y + 3000, { steps: 5 });
  await page.mouse.up();
  const cornered = (await timer.boundingBox())!;
  expect(cornered.x).toBeCloseTo(canvasArea.x, 0);
  expect(cornered.y + cornered.height).toBeCloseTo(canvasArea.y + canvasArea.height, 0);
  // A key that cannot move it further says why nothing moved.
  const atEdge = timer.getByText('The timer is at the edge of the canvas');
  await expect(atEdge).toHaveCount(0);
  await grip.press('ArrowLeft');
  await expect(atEdge).toHaveCount(1);
  // Taken up by the pointer, it no longer says so.
  const gripCornered = (await grip.boundingBox())!;
  await page.mouse.move(gripCornered.x + 4, gripCornered.y + 4);
  await page.mouse.down();
  await page.mouse.move(gripCornered.x + 24, gripCornered.y - 16, { steps: 3 });
  await page.mouse.up();
  await expect(atEdge).toHaveCount(0);
  await grip.press('ArrowRight');
  await expect(atEdge).toHaveCount(0);
  // A smaller window keeps it on the canvas; presenting, it takes the slide's corner.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1024, height: 600 });
  const shrunk = (await canvas(page).boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await timer.boundingBox())!;
      return box.y + box.height <= shrunk.y + shrunk.height + 1 && box.x >= shrunk.x - 1;
    })
    .toBe(true);
  await page.setViewportSize(size);
  await page.locator('.strategy-flow').focus();
  await page.keyboard.press('F5');
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
  await expect(timer).toBeInViewport({ ratio: 1 });
  await expect(grip).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(grip).toBeVisible();
  await timer.getByRole('button', { name: 'Stop' }).click();
  await expect(timer).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start timer', exact: true })).toBeVisible();

  // A vote on four ideas, tallied by hand, the views saved above put away.
  await canvas(page).getByRole('button', { name: 'Views', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Views' })).toBeHidden();
  const options = ['Night buses', 'Car-free Sundays', 'School streets', 'Park and ride'];
  await ideaCards(page).filter({ hasText: options[0] }).click();
  // One card leaves nothing to choose: the button says what a vote needs.
  await page.getByRole('button', { name: 'Start vote' }).click();
  await expect(page.getByRole('dialog', { name: 'Start vote' })).toHaveCount(0);
  await expect(page.getByText('Select two or more cards to vote among')).toBeVisible();
  for (const text of options.slice(1))
    await ideaCards(page)
      .filter({ hasText: text })
      .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Start vote' }).click();
  const setup = page.getByRole('dialog', { name: 'Start vote' });
  await expect(setup.getByText('4 options')).toBeVisible();
  await setup.getByRole('textbox', { name: 'Question' }).fill('What should we try first?');
  await setup.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
  await setup.getByRole('button', { name: 'Start vote' }).click();
  const vote = page.getByRole('region', { name: 'Vote' });
  const tally = async (name: string, dots: number) => {
    for (let i = 0; i < dots; i++)
      await vote.getByRole('button', { name: `Add a dot to ${name}` }).click();
  };
  await tally('School streets', 5);
  await tally('Night buses', 3);
  await tally('Park and ride', 2);
  await vote.getByRole('button', { name: 'Remove a dot from Park and ride' }).click();
  await expect(vote.getByText('5 dots')).toHaveCount(0);
  // The room is told why no counts show: they are hidden until revealed.
  const hiddenNote = vote.getByText('Counts stay hidden until the votes are revealed.');
  await expect(hiddenNote).toBeVisible();
  await vote.getByRole('button', { name: 'Reveal votes' }).click();
  await expect(hiddenNote).toHaveCount(0);
  const results = vote.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results).toHaveText([
    /1\.School streets.*5 dots/,
    /2\.Night buses.*3 dots/,
    /3\.Park and ride.*1 dot/,
    /4\.Car-free Sundays.*0 dots/,
  ]);
  await screenshot(page, 'workshop-vote-en');
  await vote.getByRole('button', { name: 'End vote' }).click();
  await expect(vote).toHaveCount(0);
  await expect(page.locator('.save-state')).toHaveText('All changes saved');

  // The plan's workshop chapter, chosen, lists the ranked result; without it, no ideas print.
  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);
  await page.clock.resume();
  const file = testInfo.outputPath('workshop.pdf');
  await page.goto(`/#/print/${encodeURIComponent(id)}?sections=cover,graph,workshop&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Workshop results');
  expect(text).toContain('Round 1: What should we try first?');
  const ranked = ['School streets', 'Night buses', 'Park and ride', 'Car-free Sundays'].map(
    (name) => text.indexOf(name, text.indexOf('Round 1')),
  );
  expect(ranked.every((at) => at > 0)).toBe(true);
  expect([...ranked].sort((a, b) => a - b)).toEqual(ranked);
  expect(text).toMatch(/1\s+School streets\s+5/);
  expect(text).toMatch(/4\s+Car-free Sundays\s+0/);
  execFileSync('pdftoppm', ['-png', '-r', '50', file, testInfo.outputPath('workshop-page')]);

  const plain = testInfo.outputPath('plain.pdf');
  // Only the hash differs: the print view reads its options once, so load it afresh.
  await page.goto(`/#/print/${encodeURIComponent(id)}?sections=cover,graph&lang=en`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await page.pdf({ path: plain, preferCSSPageSize: true, printBackground: true });
  const plainText = execFileSync('pdftotext', ['-layout', plain, '-'], { encoding: 'utf8' });
  expect(plainText).toContain('Metro line to the airport');
  expect(plainText).not.toContain('Night buses');
  expect(plainText).not.toContain('Workshop results');
});

/** The sample's vision and its four directions. */
const TREE_TOP = [1, 2, 3, 4].map((i) => `goal-direction-${i}`).concat('goal-vision');

/** The ids of the cards that lie whole inside the canvas. */
function cardsInSight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((card) => {
        const box = card.getBoundingClientRect();
        return (
          box.left >= pane.left &&
          box.right <= pane.right &&
          box.top >= pane.top &&
          box.bottom <= pane.bottom
        );
      })
      .map((card) => card.dataset.id!);
  });
}

/** How far, in px, the middle of the cards on screen lies left or right of the canvas's middle. */
function cardsOffCentre(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cards = [...document.querySelectorAll('.react-flow__node')].map((card) =>
      card.getBoundingClientRect(),
    );
    const left = Math.min(...cards.map((card) => card.left));
    const right = Math.max(...cards.map((card) => card.right));
    return (left + right) / 2 - (pane.left + pane.right) / 2;
  });
}

for (const [language, width, height] of [
  ['en', 1366, 768],
  ['ko', 1920, 1080],
] as const)
  test(`the first slide is centred on the stage, and ending it brings back the editor's view (${language}, ${width}×${height})`, async ({
    workbench: { page },
  }) => {
    await page.setViewportSize({ width, height });
    await openSample(page, language);
    await viewAtRest(page);
    const vision = page.locator('.react-flow__node[data-id="goal-vision"]');
    const before = (await vision.boundingBox())!;
    await page
      .getByRole('button', { name: language === 'en' ? 'Present' : '발표', exact: true })
      .click();
    const stage = page.getByRole('region', {
      name: language === 'en' ? 'Presentation' : '발표',
      exact: true,
    });
    // The sample's first saved view: its goals, centred across the vision and the directions.
    await expect(stage.getByText('1 / 4')).toBeVisible();
    await expect.poll(async () => Math.abs(await cardsOffCentre(page))).toBeLessThan(10);
    await screenshot(page, `workshop-present-first-slide-${language}-${width}`);
    // A timer running as the room looks at it lies clear of the vision at the slide's top.
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: language === 'en' ? 'Start timer' : '타이머 시작' })
      .click();
    await page
      .getByRole('button', { name: language === 'en' ? '5 minutes' : '5분', exact: true })
      .click();
    await page
      .getByRole('button', { name: language === 'en' ? 'Present' : '발표', exact: true })
      .click();
    await expect(stage.getByText('1 / 4')).toBeVisible();
    const timer = page.getByRole('region', { name: language === 'en' ? 'Timer' : '타이머' });
    await expect(timer).toBeInViewport({ ratio: 1 });
    await expect.poll(async () => Math.abs(await cardsOffCentre(page))).toBeLessThan(10);
    const [clock, card] = [(await timer.boundingBox())!, (await vision.boundingBox())!];
    const apart =
      clock.x >= card.x + card.width ||
      card.x >= clock.x + clock.width ||
      clock.y >= card.y + card.height ||
      card.y >= clock.y + clock.height;
    expect(apart).toBe(true);
    await page
      .getByRole('region', { name: language === 'en' ? 'Timer' : '타이머' })
      .getByRole('button', { name: language === 'en' ? 'Stop' : '중지' })
      .click();

    // Ended, the editor's view is back where it was, with its panels beside it again.
    await page.keyboard.press('Escape');
    await expect(stage).toHaveCount(0);
    await expect
      .poll(async () => {
        const after = (await vision.boundingBox())!;
        return [Math.round(after.x - before.x), Math.round(after.y - before.y)];
      })
      .toEqual([0, 0]);
  });

test('the goal tree’s slide shows the goal tree wherever a layout has moved it', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  const canvas = page.getByRole('region', { name: 'Strategy canvas' });
  for (const layout of ['Tree', 'Radial around the selection']) {
    await canvas.getByRole('combobox', { name: 'Layout style' }).selectOption({ label: layout });
    await canvas.getByRole('button', { name: 'Auto layout' }).click();
    await viewAtRest(page);
  }
  // The sample's "Goal tree" shows the top of the tree as it lies now, read at full size.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const stage = page.getByRole('region', { name: 'Presentation', exact: true });
  await expect(stage.getByText('1 / 4')).toBeVisible();
  await expect
    .poll(async () => (await cardsInSight(page)).filter((id) => TREE_TOP.includes(id)).sort())
    .toEqual(TREE_TOP);
  await page.keyboard.press('Escape');
  await expect(stage).toHaveCount(0);
});

test('presenting, the slide controls and the pointer step aside while the pointer rests', async ({
  workbench: { page },
}) => {
  await page.clock.install();
  await ideasOnALaptop(page, 'Resting pointer', [
    { text: 'Night buses' },
    { text: 'School streets' },
  ]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Present' }).click();
  const stage = page.getByRole('region', { name: 'Presentation' });
  const controls = stage.getByRole('group', { name: 'Presentation' });
  const pane = page.locator('.react-flow__pane');
  await page.mouse.move(400, 300);
  await expect(controls).toHaveCSS('opacity', '0.6');
  await expect(pane).not.toHaveCSS('cursor', 'none');

  await page.clock.runFor(3_100);
  await expect(controls).toHaveCSS('opacity', '0');
  await expect(pane).toHaveCSS('cursor', 'none');
  // A clicker's key steps on without bringing them back.
  await page.keyboard.press('ArrowRight');
  await expect(controls).toHaveCSS('opacity', '0');
  await screenshot(page, 'workshop-present-resting-en');

  await page.mouse.move(420, 320);
  await expect(controls).toHaveCSS('opacity', '0.6');
  await expect(pane).not.toHaveCSS('cursor', 'none');
  // Reached from the keyboard, they show however long the pointer rests.
  await page.clock.runFor(3_100);
  await expect(controls).toHaveCSS('opacity', '0');
  await controls.getByRole('button', { name: 'End presentation' }).focus();
  await expect(controls).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(stage).toHaveCount(0);
  await expect(page.locator('html.presentation-resting')).toHaveCount(0);
});

test('in Korean: ideas, the timer, a vote and the presentation speak Korean', async ({
  workbench: { page },
}) => {
  await page.goto('/?lang=ko');
  await page.getByRole('button', { name: '새 전략' }).click();
  const title = page.getByRole('textbox', { name: '전략 제목' });
  await title.fill('교통 워크숍');
  await title.press('Enter');
  await page.keyboard.press('n');
  const box = page.getByRole('textbox', { name: '새 아이디어' });
  for (const text of ['자전거 공유', '심야 버스', '차 없는 일요일']) {
    await box.fill(text);
    await box.press('Enter');
  }
  await expect(page.getByText('아이디어 3개 추가됨')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ideaCards(page)).toHaveCount(3);
  // An idea with no text yet says so upright: Hangul has no italic, only a slant made up.
  await page.getByRole('button', { name: '아이디어 추가', exact: true }).click();
  const untitled = ideaCards(page).locator('.name-untitled');
  await expect(untitled).toHaveText('빈 아이디어');
  await expect(untitled).toHaveCSS('font-style', 'normal');
  await page.getByRole('button', { name: '선택 항목 삭제' }).click();
  await expect(ideaCards(page)).toHaveCount(3);
  await page.getByRole('button', { name: '타이머 시작' }).click();
  await page.getByRole('button', { name: '5분', exact: true }).click();
  await expect(page.getByRole('region', { name: '타이머' }).getByRole('timer')).toHaveText(
    /^[45]:\d\d$/,
  );
  // The room keeps its time on the other views too.
  for (const tab of ['파이프라인', '교류 활동', '지도', '캔버스']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('region', { name: '타이머' }).getByRole('timer')).toBeInViewport({
      ratio: 1,
    });
  }
  await ideaCards(page).first().click();
  await ideaCards(page)
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: '투표 시작' }).click();
  await page
    .getByRole('dialog', { name: '투표 시작' })
    .getByRole('button', { name: '투표 시작' })
    .click();
  await page
    .getByRole('region', { name: '투표' })
    .getByRole('button', { name: '자전거 공유에 스티커 추가' })
    .click();
  await screenshot(page, 'workshop-ko');
  await page
    .getByRole('region', { name: '투표' })
    .getByRole('button', { name: '투표 결과 공개' })
    .click();
  await page.getByRole('button', { name: '발표' }).click();
  const stage = page.getByRole('region', { name: '발표' });
  await expect(stage.getByRole('heading', { name: '전체 지도' })).toBeVisible();
  await expect(stage.getByText('1 / 1')).toBeVisible();
  await stage.getByRole('combobox', { name: '글자 크기' }).selectOption({ label: '아주 크게' });
  await page.waitForTimeout(100);
  expect(Math.min(...(await titleSizes(page)))).toBeGreaterThanOrEqual(24);
  await screenshot(page, 'workshop-present-ko');
});

test('the context menu adds here, converts and deletes', async ({ workbench: { page } }) => {
  await newStrategy(page, 'Right clicks');
  const pane = page.locator('.react-flow__pane');
  await pane.click({ button: 'right', position: { x: 300, y: 300 } });
  const menu = page.getByRole('menu', { name: 'Actions' });
  await menu.getByRole('menuitem', { name: 'Add idea' }).click();
  await expect(ideaCards(page)).toHaveCount(1);
  await ideaCards(page).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Convert to…' }).click();
  await menu.getByRole('menuitem', { name: 'Actor' }).click();
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(1);
  await pane.click({ button: 'right', position: { x: 600, y: 200 } });
  await menu.getByRole('menuitem', { name: 'Add here' }).click();
  await menu.getByRole('menuitem', { name: 'Goal' }).click();
  await expect(page.locator('.react-flow__node-goal')).toHaveCount(1);
  await page.locator('.react-flow__node-actor').click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
  await screenshot(page, 'workshop-context-menu-en');
  await menu.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(1);
  // Escape, or the keyboard moving on, closes it.
  await page.locator('.react-flow__node-actor').click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.locator('.react-flow__node-actor').click({ button: 'right' });
  await page.keyboard.press('Shift+Tab');
  await expect(menu).toBeHidden();

  // Opened near the window's foot, the menu and its list of kinds move up to show whole.
  const paneBox = (await pane.boundingBox())!;
  await pane.click({
    button: 'right',
    position: { x: 300, y: paneBox.height - 20 },
  });
  await menu.getByRole('menuitem', { name: 'Add here' }).click();
  for (const kind of ['Goal', 'Partner city', 'Network', 'Actor', 'Project'])
    await expect(menu.getByRole('menuitem', { name: kind, exact: true })).toBeInViewport({
      ratio: 1,
    });
  await menu.getByRole('menuitem', { name: 'Project', exact: true }).click();
  await expect(page.locator('.react-flow__node-project')).toHaveCount(1);
});

test('a running timer and vote leave the canvas controls in reach on a small screen', async ({
  workbench: { page },
}) => {
  await ideasOnALaptop(page, 'Small screen workshop', [
    { text: 'Night buses' },
    { text: 'Car-free Sundays' },
  ]);
  await page.keyboard.press('Escape');
  await ideaCards(page).filter({ hasText: 'Night buses' }).click();
  await ideaCards(page)
    .filter({ hasText: 'Car-free Sundays' })
    .click({ modifiers: ['Shift'] });
  // A panel left open, then a vote: the vote is what the room looks at now, so it shows whole.
  const controls = canvas(page);
  await controls.getByRole('button', { name: 'Views', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Views' })).toBeVisible();
  await page.getByRole('button', { name: 'Start vote' }).click();
  await page
    .getByRole('dialog', { name: 'Start vote' })
    .getByRole('button', { name: 'Start vote' })
    .click();
  await expect(page.getByRole('region', { name: 'Views' })).toBeHidden();
  await expectOnTop(page.getByRole('region', { name: 'Vote' }));
  // The options it asks about are in view, none under the panel.
  await expect.poll(() => ideasInSight(page)).toEqual(['Car-free Sundays', 'Night buses']);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page
    .getByRole('group', { name: 'Start timer' })
    .getByRole('button', { name: '5 minutes', exact: true })
    .click();
  await expect(page.getByRole('region', { name: 'Timer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vote' })).toBeVisible();

  // A trial click fails when something else would take the press.
  for (const control of [
    controls.getByRole('button', { name: 'Fit view' }),
    controls.getByRole('combobox', { name: 'Layout style' }),
    controls.getByRole('button', { name: 'Auto layout' }),
    controls.getByRole('button', { name: 'Filters' }),
    controls.getByRole('button', { name: 'Views', exact: true }),
  ])
    await control.click({ trial: true, timeout: 2000 });
  // The panels the tools open lie over the vote: a facilitator filters while the room votes.
  await controls.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('region', { name: 'Filters' });
  await expectOnTop(filters);
  // The idea box and the timer lie over an open panel in turn.
  await ideaCards(page).filter({ hasText: 'Night buses' }).focus();
  await page.keyboard.press('n');
  const ideaBox = page.getByRole('textbox', { name: 'New idea' });
  await expect(ideaBox).toBeFocused();
  await expect(filters).toBeVisible();
  await expectOnTop(page.getByRole('group', { name: 'New idea' }));
  await expectOnTop(page.getByRole('region', { name: 'Timer' }));
  await ideaBox.press('Escape');
  await controls.getByRole('button', { name: 'Filters' }).click();
  await controls.getByRole('button', { name: 'Views', exact: true }).click();
  await expectOnTop(page.getByRole('region', { name: 'Views' }));
  await controls.getByRole('button', { name: 'Views', exact: true }).click();
  for (const region of ['Timer', 'Vote']) {
    const box = (await page.getByRole('region', { name: region }).boundingBox())!;
    expect(box.y + box.height, region).toBeLessThanOrEqual(768);
  }
  await screenshot(page, 'workshop-timer-and-vote-1366');
});

test('ideas typed one after another land where the room sees them, clear of the idea box', async ({
  workbench: { page },
}) => {
  await ideasOnALaptop(
    page,
    'Ideas in sight',
    Array.from({ length: 12 }, (_, i) => ({ text: `Idea ${i + 1}`, under: i % 4 === 3 })),
  );
  await expect(ideaCards(page)).toHaveCount(12);
  const composer = (await page.getByRole('group', { name: 'New idea' }).boundingBox())!;
  for (const card of await ideaCards(page).all()) {
    await expect(card).toBeInViewport({ ratio: 1 });
    const box = (await card.boundingBox())!;
    const overlaps =
      box.x < composer.x + composer.width &&
      composer.x < box.x + box.width &&
      box.y < composer.y + composer.height &&
      composer.y < box.y + box.height;
    expect(overlaps, (await card.textContent()) ?? '').toBe(false);
  }
});

test('ideas added over a full map move the view only as far as each new card needs', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  await viewAtRest(page);
  const view = () =>
    page.locator('.react-flow__viewport').evaluate((element) => {
      const { m41, m42 } = new DOMMatrixReadOnly(getComputedStyle(element).transform);
      return { x: m41, y: m42 };
    });
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 300 } });
  await page.keyboard.press('n');
  const moves: number[] = [];
  for (const text of ['Night buses', 'School streets', 'Youth exchange']) {
    const before = await view();
    await typeIdeas(page, [{ text }]);
    await viewAtRest(page);
    const after = await view();
    moves.push(Math.hypot(after.x - before.x, after.y - before.y));
    // Each one lands where the room sees it, above the idea box.
    const card = await ideaCards(page).filter({ hasText: text }).boundingBox();
    const box = await page.getByRole('textbox', { name: 'New idea' }).boundingBox();
    expect(card!.y + card!.height).toBeLessThanOrEqual(box!.y);
    expect(card!.x).toBeGreaterThanOrEqual(0);
  }
  // Centred on each new idea, the map the room was reading jumped some 500 pixels away.
  for (const moved of moves) expect(moved).toBeLessThan(260);
});

test('a timer started on the sample on a laptop’s screen leaves its vision in sight', async ({
  workbench: { page },
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  const vision = page
    .locator('.react-flow__node')
    .filter({ hasText: 'Seoul, Global Sharing City' });
  await expect(vision).toBeVisible();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.getByRole('button', { name: '3 minutes', exact: true }).click();
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer.getByRole('timer')).toHaveText('3:00');
  const box = (await timer.boundingBox())!;
  const card = (await vision.boundingBox())!;
  // Its controls under the clock keep it narrow: it ends left of the vision.
  expect(box.x + box.width).toBeLessThan(card.x);
  await expect(timer.getByRole('button', { name: 'Stop' })).toBeInViewport({ ratio: 1 });
});
