import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { HomeCity } from '../../shared/model/strategyDetails';
import type { Place } from '../../shared/places/place';
import { App } from '../../renderer/App';
import { HomeCityField } from '../../renderer/components/places/HomeCityField';
import { createMemoryGazetteer } from '../../renderer/places/memoryGazetteer';
import { GazetteerProvider } from '../../renderer/places/GazetteerContext';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

const city = (id: number, name: string, nameKo: string, country: string, population: number) => ({
  id,
  name,
  nameKo,
  country,
  population,
  latitude: id,
  longitude: id * 2,
});
const PLACES: Place[] = [
  { ...city(1, 'Busan', '부산', 'KR', 3_678_555), latitude: 35.10168, longitude: 129.03004 },
  city(2, 'Busan', '', 'PH', 2_000),
  city(3, 'Busanjin', '', 'KR', 400_000),
  city(4, 'Paris', '파리', 'FR', 2_138_551),
  city(5, 'Paris', '', 'US', 25_171),
  city(6, 'Hanoi', '하노이', 'VN', 1_431_270),
];
const gazetteer = createMemoryGazetteer(PLACES);

async function openBlankStrategy() {
  const test = await makeTestStore();
  await test.state().createStrategy('Blank');
  await test.state().openStrategy('strategy-1');
  render(
    <StoreContext.Provider value={test.store}>
      <GazetteerProvider gazetteer={gazetteer}>
        <App />
      </GazetteerProvider>
    </StoreContext.Provider>,
  );
  return test;
}

describe('city picker', () => {
  it('suggests cities as a partner city is named and fills it in from the one chosen', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const name = within(inspector).getByRole('combobox', { name: 'Name' });
    await user.type(name, 'Busan');

    const list = await within(inspector).findByRole('listbox', { name: 'City suggestions' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(3));
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Busan, South Korea, population 3,678,555',
      'Busan, Philippines, population 2,000',
      'Busanjin, South Korea, population 400,000',
    ]);
    // Typed and not chosen, the name is kept as typed and nothing else is set.
    expect(test.state().nodes[0]!.data).toMatchObject({ name: 'Busan', country: '' });

    await user.keyboard('{ArrowDown}');
    expect(name).toHaveAttribute(
      'aria-activedescendant',
      within(list).getAllByRole('option')[0]!.id,
    );
    await user.keyboard('{Enter}');
    expect(within(inspector).queryByRole('listbox')).not.toBeInTheDocument();
    expect(test.state().nodes[0]!.data).toMatchObject({
      name: 'Busan',
      nameKo: '부산',
      country: 'KR',
      region: 'eastAsia',
      latitude: 35.10168,
      longitude: 129.03004,
    });
    expect(within(inspector).getByRole('combobox', { name: 'Country' })).toHaveValue('South Korea');
    expect(within(inspector).getByRole('textbox', { name: 'Latitude' })).toHaveValue('35.10168');

    // One choice, one step back: the name as typed, nothing placed.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().nodes[0]!.data).toMatchObject({
      name: 'Busan',
      nameKo: '',
      country: '',
      latitude: null,
      longitude: null,
    });
  });

  it('finds a city typed in Hangul and closes the list on Escape, keeping what was typed', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const name = within(inspector).getByRole('combobox', { name: 'Name' });
    await user.type(name, '하노');
    const list = await within(inspector).findByRole('listbox', { name: 'City suggestions' });
    expect(
      await within(list).findByRole('option', { name: 'Hanoi, Vietnam, population 1,431,270' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(inspector).queryByRole('listbox')).not.toBeInTheDocument();
    expect(name).toHaveValue('하노');
    expect(test.state().nodes).toHaveLength(1);

    await user.clear(name);
    await user.type(name, 'Atlantis');
    expect(await within(inspector).findByText('No city matches “Atlantis”.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('suggests cities by their Korean names in the Korean name field, placing the city in one step', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const koreanName = within(inspector).getByRole('combobox', { name: 'Korean name' });
    await user.type(koreanName, '부산');

    const list = await within(inspector).findByRole('listbox', { name: 'City suggestions' });
    // The city known by that Korean name first, then those whose names sound so.
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        '부산, South Korea, population 3,678,555',
        'Busan, Philippines, population 2,000',
        'Busanjin, South Korea, population 400,000',
      ]),
    );
    expect(test.state().nodes[0]!.data).toMatchObject({ nameKo: '부산', country: '' });

    await user.keyboard('{ArrowDown}{Enter}');
    expect(within(inspector).queryByRole('listbox')).not.toBeInTheDocument();
    expect(test.state().nodes[0]!.data).toMatchObject({
      name: 'Busan',
      nameKo: '부산',
      country: 'KR',
      region: 'eastAsia',
      latitude: 35.10168,
      longitude: 129.03004,
    });
    expect(within(inspector).getByRole('combobox', { name: 'Name' })).toHaveValue('Busan');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().nodes[0]!.data).toMatchObject({
      nameKo: '부산',
      country: '',
      latitude: null,
      longitude: null,
    });
    expect(within(inspector).getByRole('combobox', { name: 'Name' })).toHaveValue('');
  });

  it('ties a project to the partner city chosen as its city, in one undoable step', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    const partnerId = test.state().addNode('partnerCity', { x: 0, y: 0 })!;
    test.state().updateNodeField(partnerId, 'name', 'Busan');
    test.state().updateNodeField(partnerId, 'country', 'KR');
    const projectId = test.state().addNode('project', { x: 600, y: 0 })!;
    expect(test.state().edges).toHaveLength(0);

    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const cityField = await within(inspector).findByRole('combobox', { name: 'City' });
    await user.click(cityField);
    await user.keyboard('{ArrowDown}');
    const list = await within(inspector).findByRole('listbox', { name: 'City suggestions' });
    await user.click(
      within(list).getByRole('option', { name: 'Busan, South Korea (partner city)' }),
    );
    expect(test.state().nodes.find((n) => n.id === projectId)!.data).toMatchObject({
      city: 'Busan',
      country: 'KR',
    });
    expect(test.state().edges.map((e) => [e.data?.kind, e.source, e.target])).toEqual([
      ['locatedIn', projectId, partnerId],
    ]);
    await waitFor(() =>
      expect(within(inspector).getByRole('region', { name: 'Relationships' })).toHaveTextContent(
        'Busan',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().edges).toHaveLength(0);
    expect(test.state().nodes.find((n) => n.id === projectId)!.data).toMatchObject({
      city: '',
      country: '',
    });
  });

  it('ties a project to the partner city that is the world city chosen', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    const partnerId = test.state().addNode('partnerCity', { x: 0, y: 0 })!;
    test.state().updateNodeField(partnerId, 'name', 'Paris');
    test.state().updateNodeField(partnerId, 'country', 'FR');
    const projectId = test.state().addNode('project', { x: 600, y: 0 })!;
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    await user.type(await within(inspector).findByRole('combobox', { name: 'City' }), 'Paris');
    const list = await within(inspector).findByRole('listbox', { name: 'City suggestions' });
    await user.click(
      await within(list).findByRole('option', { name: 'Paris, United States, population 25,171' }),
    );
    // Another Paris: not the partner city, so no tie.
    expect(test.state().edges).toHaveLength(0);
    await user.clear(within(inspector).getByRole('combobox', { name: 'City' }));
    await user.type(within(inspector).getByRole('combobox', { name: 'City' }), 'Paris');
    await user.click(
      await within(inspector).findByRole('option', {
        name: 'Paris, France, population 2,138,551',
      }),
    );
    expect(test.state().edges.map((e) => [e.data?.kind, e.source, e.target])).toEqual([
      ['locatedIn', projectId, partnerId],
    ]);
  });
});

describe('home city field', () => {
  function HomeCityHarness({ onChange }: { onChange(home: HomeCity | null): void }) {
    const [home, setHome] = useState<HomeCity | null>(null);
    return (
      <GazetteerProvider gazetteer={gazetteer}>
        <HomeCityField
          value={home}
          language="en"
          onChange={(next) => {
            setHome(next);
            onChange(next);
          }}
        />
      </GazetteerProvider>
    );
  }

  it('is chosen from the world’s cities with its country and coordinates, and cleared', async () => {
    const changes: (HomeCity | null)[] = [];
    render(<HomeCityHarness onChange={(home) => changes.push(home)} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Home city' }), 'pari');
    await user.click(
      await screen.findByRole('option', { name: 'Paris, France, population 2,138,551' }),
    );
    expect(changes.at(-1)).toEqual({
      name: 'Paris',
      nameKo: '파리',
      country: 'FR',
      latitude: 4,
      longitude: 8,
    });
    expect(screen.getByRole('combobox', { name: 'Home city' })).toHaveValue('Paris');
    expect(screen.getByText('France · 4, 8')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear home city' }));
    expect(changes.at(-1)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Home city' })).toHaveValue('');
  });
});
