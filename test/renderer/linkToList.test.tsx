import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { makeTestStore, renderApp } from './testStore';

const ULAANBAATAR = 'city-SC-14';

/** The Korean sample's inspector on Ulaanbaatar, its "Link to…" field where the walk found it. */
async function linkingFromUlaanbaatar() {
  const test = await makeTestStore({ language: 'ko' });
  await test.state().openStrategy('sample');
  renderApp(test.store, <Inspector />);
  act(() => test.state().selectOnly(ULAANBAATAR));
  const inspector = screen.getByRole('region', { name: '속성' });
  const combobox = within(inspector).getByRole('combobox', { name: '연결 대상…' });
  return { test, inspector, combobox, user: userEvent.setup() };
}

/** Lays the field out at a height in the window, jsdom placing everything at its top. */
function placeAt(element: Element, top: number, height = 30) {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 1000, y: top, width: 300, height }),
  );
}

/** The elements asked to come into view, in order. */
function scrolledIntoView() {
  const scrolled: Element[] = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
    scrolled.push(this);
  });
  return scrolled;
}

afterEach(() => vi.restoreAllMocks());

describe('the “Link to…” list', () => {
  it('opens above the field when the window has no room below it, no taller than the room there', async () => {
    const { inspector, combobox, user } = await linkingFromUlaanbaatar();
    // 1366×768, the inspector scrolled to its foot: the field ends 4 pixels above the window's.
    expect(window.innerHeight).toBe(768);
    placeAt(combobox, 734);
    await user.click(combobox);
    await user.keyboard('아시아');
    const list = within(inspector).getByRole('listbox', { name: '연결할 수 있는 노드' });
    expect(list).toBeVisible();
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(0);
    expect(list).toHaveClass('opens-up');
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(734);
  });

  it('counts the inspector’s edge as the foot of the room, where it ends above the window’s', async () => {
    const { inspector, combobox, user } = await linkingFromUlaanbaatar();
    // The inspector scrolls, and so hides what lies past its foot, 100 pixels above the window's.
    inspector.style.overflowY = 'auto';
    placeAt(inspector, 60, 608);
    placeAt(combobox, 630);
    await user.click(combobox);
    await user.keyboard('아시아');
    const list = within(inspector).getByRole('listbox', { name: '연결할 수 있는 노드' });
    expect(list).toHaveClass('opens-up');
    // From the inspector's top to the field's, less the gap kept.
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(630 - 60);
  });

  it('opens below the field when there is room, and fits what is left of the window', async () => {
    const { inspector, combobox, user } = await linkingFromUlaanbaatar();
    placeAt(combobox, 600);
    await user.click(combobox);
    await user.keyboard('아시아');
    const list = within(inspector).getByRole('listbox', { name: '연결할 수 있는 노드' });
    expect(list).not.toHaveClass('opens-up');
    // 768 − 630, less the gap kept at the window's foot.
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(768 - 630);
  });

  it('brings the field into sight as it opens, and keeps the option the arrow keys are on in sight', async () => {
    const { inspector, combobox, user } = await linkingFromUlaanbaatar();
    await user.click(combobox);
    const scrolled = scrolledIntoView();
    await user.keyboard('아');
    expect(scrolled[0]).toBe(combobox);

    await user.keyboard('시아');
    const list = within(inspector).getByRole('listbox', { name: '연결할 수 있는 노드' });
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    scrolled.length = 0;
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(scrolled).toContain(options[1]);
    expect(Element.prototype.scrollIntoView).toHaveBeenLastCalledWith({ block: 'nearest' });
  });
});
