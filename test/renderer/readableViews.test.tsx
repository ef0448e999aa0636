import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { makeTestStore, renderApp } from './testStore';

const ULAANBAATAR = 'city-SC-14';
const HANOI = 'city-SC-15';
const PARTNER_CITIES_VIEW = 'view-partner-cities';

/** The sample opened from the library, with its canvas drawn and ready for commands. */
async function openSampleOnScreen() {
  const test = await makeTestStore();
  renderApp(test.store);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('group', { name: 'Focus, filters and views' });
  await waitFor(() => expect(test.state().viewport).not.toBeNull());
  return { test, user };
}

const rowHeadingTexts = () =>
  [...document.querySelectorAll('.row-heading')].map((heading) => heading.textContent);

/** Whether the canvas shows any of the cards the map shows where it now looks. */
function showsAnyCard(test: Awaited<ReturnType<typeof makeTestStore>>): boolean {
  const view = test.state().viewport;
  const centre = view?.centre();
  return !!view && !!centre && view.wouldShowAny(centre);
}

describe('views and focus read on screen', () => {
  it('keeps the region headings of "Partner cities by region" after a city is added', async () => {
    const { test } = await openSampleOnScreen();
    act(() => test.state().restoreView(PARTNER_CITIES_VIEW));
    await waitFor(() => expect(rowHeadingTexts()).toContain('East Asia'));
    const before = rowHeadingTexts();
    // Added with Ulaanbaatar selected, the new city lands under it, in the East Asia block.
    act(() => test.state().selectOnly(ULAANBAATAR));
    let added = '';
    act(() => {
      added = test.state().addNode('partnerCity')!;
    });
    act(() => {
      test.state().updateNodeField(added, 'name', 'Hanoi');
      test.state().updateNodeField(added, 'country', 'VN');
    });
    act(() => test.state().restoreView(PARTNER_CITIES_VIEW));
    await waitFor(() => expect(rowHeadingTexts()).toEqual(before));
    expect(before).toEqual(expect.arrayContaining(['East Asia', 'Southeast Asia', 'Europe']));
  });

  it('reopens a strategy on its shown cards when it was left looking at none of them', async () => {
    const { test, user } = await openSampleOnScreen();
    act(() => test.state().restoreView(PARTNER_CITIES_VIEW));
    // A goal found by search is shown, selected, past the filter, and the view moves to it.
    const goal = test.state().nodes.find((node) => node.id === 'goal-direction-1')!;
    act(() => test.state().selectOnly(goal.id));
    act(() =>
      test
        .state()
        .viewport!.centreOn(
          { x: goal.position.x + NODE_WIDTH / 2, y: goal.position.y + NODE_HEIGHT / 2 },
          1,
          0,
        ),
    );
    await waitFor(() => expect(test.state().viewport!.centre()!.zoom).toBe(1));
    const { x, y } = test.state().viewport!.centre()!;
    const pane = document.querySelector<HTMLElement>('.react-flow')!;
    act(() =>
      test.state().rememberView({
        x: pane.offsetWidth / 2 - x,
        y: pane.offsetHeight / 2 - y,
        zoom: 1,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Back to library' }));
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    await screen.findByRole('group', { name: 'Focus, filters and views' });
    // The goal is no longer selected: only the partner cities show, and the view is on them.
    await waitFor(() => expect(test.state().viewport).not.toBeNull());
    await waitFor(() => expect(showsAnyCard(test)).toBe(true));
  });

  it('shows a focus on a city with one far neighbour gathered, both at full size', async () => {
    const { test, user } = await openSampleOnScreen();
    act(() => test.state().selectOnly(HANOI));
    await user.keyboard('f');
    await waitFor(() => expect(test.state().mapFocus).not.toBeNull());
    expect(screen.getByText(/Gathered round the focused card/)).toBeInTheDocument();
    await waitFor(() => expect(test.state().viewport!.centre()!.zoom).toBe(1));
  });
});
