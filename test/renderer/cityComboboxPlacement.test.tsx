import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HomeCity } from '../../shared/model/strategyDetails';
import type { Place } from '../../shared/places/place';
import { HomeCityField } from '../../renderer/components/places/HomeCityField';
import { createMemoryGazetteer } from '../../renderer/places/memoryGazetteer';
import { GazetteerProvider } from '../../renderer/places/GazetteerContext';

const PLACES: Place[] = [
  { id: 4, name: 'Paris', nameKo: '파리', country: 'FR', population: 2_138_551 },
  { id: 5, name: 'Paris', nameKo: '', country: 'US', population: 25_171 },
].map((place) => ({ ...place, latitude: place.id, longitude: place.id * 2 }));
const gazetteer = createMemoryGazetteer(PLACES);

/** The Strategy details dialog's home city, in a body that scrolls as the dialog's does. */
function HomeCityInDialog() {
  const [home, setHome] = useState<HomeCity | null>(null);
  return (
    <GazetteerProvider gazetteer={gazetteer}>
      <div data-testid="dialog-body">
        <HomeCityField value={home} language="en" onChange={setHome} />
      </div>
    </GazetteerProvider>
  );
}

/** Lays an element out at a height in the window, jsdom placing everything at its top. */
function placeAt(element: Element, top: number, height = 30) {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 400, y: top, width: 300, height }),
  );
}

/** The home city field with the list of the cities typed, its box laid out at `top`. */
async function typedAt(top: number, before?: () => void) {
  render(<HomeCityInDialog />);
  before?.();
  const combobox = screen.getByRole('combobox', { name: 'Home city' });
  // What the list opens against: the field, with the hint under it while there is one.
  placeAt(combobox.parentElement!, top);
  await userEvent.setup().type(combobox, 'pari');
  const list = screen.getByRole('listbox', { name: 'City suggestions' });
  expect(list).toBeVisible();
  expect(within(list).getAllByRole('option')).toHaveLength(2);
  return list;
}

afterEach(() => vi.restoreAllMocks());

describe('the city list', () => {
  it('opens above the field at the window’s foot, no taller than the room there', async () => {
    // 1366×768: the field ends 4 pixels above the window's foot.
    expect(window.innerHeight).toBe(768);
    const list = await typedAt(734);
    expect(list).toHaveClass('city-suggestions', 'opens-up');
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(734);
  });

  it('counts the scrolling dialog body’s top as the top of the room above', async () => {
    const list = await typedAt(734, () => {
      const body = screen.getByTestId('dialog-body');
      body.style.overflowY = 'auto';
      placeAt(body, 600, 168);
    });
    expect(list).toHaveClass('opens-up');
    // From the body's top to the field's, less the gap kept.
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(734 - 600);
  });

  it('opens below the field when there is room, and fits what is left of the window', async () => {
    const list = await typedAt(600);
    expect(list).toHaveClass('city-suggestions');
    expect(list).not.toHaveClass('opens-up');
    // 768 − 630, less the gap kept at the window's foot.
    expect(parseFloat(list.style.maxHeight)).toBeLessThanOrEqual(768 - 630);
  });

  it('keeps the option the arrow keys are on in sight', async () => {
    const list = await typedAt(600);
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    await userEvent.setup().keyboard('{ArrowDown}{ArrowDown}');
    const second = within(list).getAllByRole('option')[1]!;
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(scrolled.at(-1)).toBe(second);
  });
});
