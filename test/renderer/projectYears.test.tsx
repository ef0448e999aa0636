import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planImport, type CsvTable } from '../../shared/exchange/csvImport';
import { crossFieldError } from '../../shared/model/fields';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { CsvImportDialog } from '../../renderer/components/editor/CsvImportDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';
import { node } from '../shared/fixtures';

const projects = (headers: string[], rows: string[][]): CsvTable => ({
  encoding: 'utf-8',
  delimiter: ',',
  headers,
  rows,
});

const project = (title: string, startYear: number | null, endYear: number | null) => {
  const made = node('project', title, title);
  return { ...made, data: { ...made.data, startYear, endYear } } as typeof made;
};

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
    const id = test.state().addNode('project')!;
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

  it('are held to the rule in a CSV row updating a project, against the years it keeps', () => {
    const graph = {
      nodes: [project('Metro line', 2025, null), project('Bus depot', null, 2028)],
      edges: [],
    };
    const plan = planImport(
      projects(
        ['Title', 'Start year', 'End year'],
        [
          ['Metro line', '', '2020'],
          ['Bus depot', '2030', ''],
          // Both years given replace both: the project's own start does not count.
          ['metro line', '2018', '2020'],
        ],
      ),
      'project',
      ['title', 'startYear', 'endYear'],
      graph,
    );
    expect(plan.problems).toEqual([
      {
        row: 2,
        problems: [{ code: 'badValue', field: 'endYear', value: '2020', error: 'yearOrder' }],
      },
      {
        row: 3,
        problems: [{ code: 'badValue', field: 'startYear', value: '2030', error: 'yearOrder' }],
      },
    ]);
    expect(plan.updates).toEqual([
      { row: 4, id: 'Metro line', patch: { title: 'metro line', startYear: 2018, endYear: 2020 } },
    ]);
  });

  it('are listed in one line with the others of their row, each sentence running into the next', async () => {
    const test = await makeTestStore({ seed: false });
    await test.state().openStrategy((await test.state().createStrategy('Plan'))!);
    render(
      <StoreContext.Provider value={test.store}>
        <CsvImportDialog
          fileName="projects.csv"
          table={projects(['Title', 'Start year', 'End year'], [['Tram', '20x8', 'soon']])}
          onClose={() => {}}
        />
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('list', { name: 'Rows with problems' })).toHaveTextContent(
      'Row 2: Start year “20x8”: Enter a year between 1800 and 2100; End year “soon”: Enter a year between 1800 and 2100.',
    );
  });

  it('are shown as the row’s problem in the CSV dialog, and the project is left as it is', async () => {
    const test = await makeTestStore({ seed: false });
    await test.state().openStrategy((await test.state().createStrategy('Plan'))!);
    const id = test.state().addNode('project')!;
    test.state().updateNodeField(id, 'title', 'Metro line');
    test.state().updateNodeField(id, 'startYear', 2025);
    render(
      <StoreContext.Provider value={test.store}>
        <CsvImportDialog
          fileName="projects.csv"
          table={projects(['Title', 'End year'], [['Metro line', '2020']])}
          onClose={() => {}}
        />
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('list', { name: 'Rows with problems' })).toHaveTextContent(
      'Row 2: End year “2020”: The end year comes before the start year.',
    );
    expect(screen.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
    expect(test.state().nodes.find((n) => n.id === id)!.data).toMatchObject({
      startYear: 2025,
      endYear: null,
    });
  });
});
