import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../shared/exchange/csvImport';
import { crossFieldError } from '../../shared/model/fields';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

describe('a project’s years', () => {
  it('may not end before they start, in the inspector: the message says so and nothing is kept', async () => {
    const test = await makeTestStore({ language: 'en' });
    await test.state().openStrategy('sample');
    render(
      <StoreContext.Provider value={test.store}>
        <Inspector />
      </StoreContext.Provider>,
    );
    const user = userEvent.setup();
    const id = test.state().addNode('project');
    const years = () => test.state().nodes.find((n) => n.id === id)!.data;
    await user.type(await screen.findByRole('textbox', { name: 'Start year' }), '2020');
    const end = screen.getByRole('textbox', { name: 'End year' });
    await user.type(end, '2010');
    await user.tab();
    expect(end).toBeInvalid();
    expect(end).toHaveAccessibleDescription('The end year comes before the start year.');
    expect(years()).toMatchObject({ startYear: 2020, endYear: null });
    await user.clear(end);
    await user.type(end, '2024');
    expect(end).toBeValid();
    expect(years()).toMatchObject({ startYear: 2020, endYear: 2024 });
    // Nor by the store's action, whichever year is changed.
    test.state().updateNodeField(id, 'startYear', 2030);
    expect(years()).toMatchObject({ startYear: 2020, endYear: 2024 });
  });

  it('are held to the same rule in a CSV import', () => {
    expect(crossFieldError('project', { startYear: 2020 }, 'endYear', 2019)).toBe('yearOrder');
    expect(crossFieldError('project', { startYear: 2020 }, 'endYear', 2020)).toBeNull();
    expect(crossFieldError('partnerCity', { startYear: 2020 }, 'endYear', 2019)).toBeNull();
    const plan = planImport(
      {
        encoding: 'utf-8',
        delimiter: ',',
        headers: ['Title', 'Start year', 'End year'],
        rows: [
          ['Metro line', '2020', '2018'],
          ['Bus depot', '2018', '2020'],
        ],
      },
      'project',
      ['title', 'startYear', 'endYear'],
      { nodes: [], edges: [] },
    );
    expect(plan.problems).toEqual([
      {
        row: 2,
        problems: [{ code: 'badValue', field: 'endYear', value: '2018', error: 'yearOrder' }],
      },
    ]);
    expect(plan.additions.map((a) => a.data.title)).toEqual(['Bus depot']);
  });
});
