import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestStore, openBlankStrategy, renderApp } from './testStore';

const canvas = () => screen.getByRole('region', { name: 'Strategy canvas' });
const inspector = () => screen.getByRole('region', { name: 'Inspector' });
const card = (text: string) =>
  within(canvas())
    .getByText(text, { selector: '.node-name' })
    .closest<HTMLElement>('.react-flow__node')!;

/** Adds a node from the palette and types its name where the cursor lands. */
async function addNamed(user: ReturnType<typeof userEvent.setup>, button: string, name: string) {
  await user.click(screen.getByRole('button', { name: button }));
  await waitFor(() =>
    expect(document.activeElement).toHaveAttribute(
      'data-field',
      expect.stringMatching(/^(title|name)$/),
    ),
  );
  await user.keyboard(name);
  expect(await within(canvas()).findByText(name)).toBeInTheDocument();
}

describe('fast entry', () => {
  it('says what to do first on an empty strategy, until it has a node', async () => {
    await openBlankStrategy();
    const hint = within(canvas()).getByText('Nothing on the map yet').parentElement!;
    expect(hint).toHaveTextContent('Start with the vision: Add goal, on the left.');
    const user = userEvent.setup();
    // The partner activity table says why it has no rows, and how to get some.
    await user.click(screen.getByRole('tab', { name: 'Partner activity' }));
    const table = await screen.findByRole('table', { name: 'Partners ranked by activity' });
    expect(within(table).getByRole('cell')).toHaveTextContent(
      'No partner cities or networks yet. Add them on the canvas',
    );
    await user.click(screen.getByRole('tab', { name: 'Canvas' }));
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(within(canvas()).queryByText('Nothing on the map yet')).toBeNull();
  });

  it('puts the cursor in a new node’s name field, with the placeholder name selected', async () => {
    await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    expect(within(inspector()).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Global hub city',
    );
  });

  it('joins a node added next to the selected one, and one undo takes both away', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    await addNamed(user, 'Add goal', 'Smart transport');
    // The join is said, for a line that may be out of sight or not seen at all.
    expect(
      screen.getByText(
        'The new card is linked to “Global hub city”: subgoal of. Undo takes both away.',
      ),
    ).toBeInTheDocument();
    await addNamed(user, 'Add project', 'Hanoi metro');
    expect(screen.getByText(/linked to “Smart transport”: serves goal/)).toBeInTheDocument();
    const kinds = () => test.state().edges.map((e) => e.data?.kind);
    expect(kinds()).toEqual(['subgoalOf', 'servesGoal']);
    const [subgoal, serves] = test.state().edges;
    const idOf = (name: string) =>
      test.state().nodes.find((n) => (n.data as { title?: string }).title === name)!.id;
    expect(subgoal).toMatchObject({
      source: idOf('Smart transport'),
      target: idOf('Global hub city'),
    });
    expect(serves).toMatchObject({ source: idOf('Hanoi metro'), target: idOf('Smart transport') });

    // Two kinds fit an actor and a project: none is guessed.
    await user.click(screen.getByRole('button', { name: 'Add actor' }));
    expect(test.state().edges).toHaveLength(2);
    expect(screen.queryByText(/linked to “Smart transport”/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/The new card is beside “Hanoi metro”, not linked to it: more than one/),
    ).toBeInTheDocument();

    // Undo the actor, the project's name, then the project and its edge in one step.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().edges).toHaveLength(1);
    expect(within(canvas()).queryByText(/New project|Hanoi metro/)).not.toBeInTheDocument();
  });

  it('takes down the last card’s join as a card is added with nothing selected', async () => {
    const test = await openBlankStrategy();
    test.state().addNode('goal');
    test.state().addNode('goal');
    expect(test.state().notice).toMatchObject({ key: 'addedLinked' });
    act(() => test.state().selectOnly(''));
    act(() => void test.state().addNode('network'));
    expect(test.state().notice).toBeNull();
  });

  it('renames a card in place: Enter on the card, Enter keeps, Escape drops', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add partner city', 'Busan');
    act(() => card('Busan').focus());
    await user.keyboard('{Enter}');
    const field = within(canvas()).getByRole('textbox', { name: 'Name on card' });
    expect(field).toHaveFocus();
    await user.keyboard('Pusan{Escape}');
    expect(within(canvas()).queryByRole('textbox', { name: 'Name on card' })).toBeNull();
    expect(card('Busan')).toHaveFocus();

    fireEvent.doubleClick(card('Busan'));
    await user.keyboard('Busan Metropolitan City{Enter}');
    expect(await within(canvas()).findByText('Busan Metropolitan City')).toBeInTheDocument();
    expect(test.state().nodes[0]!.data).toMatchObject({ name: 'Busan Metropolitan City' });
  });

  it('renames into the Korean name when the UI is in Korean', async () => {
    const test = await openBlankStrategy('ko');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '교류도시 추가' }));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-field', 'nameKo'));
    await user.keyboard('부산');
    const region = screen.getByRole('region', { name: '전략 캔버스' });
    fireEvent.doubleClick(within(region).getByText('부산'));
    await user.keyboard('부산광역시{Enter}');
    const data = test.state().nodes[0]!.data as { name: string; nameKo: string };
    expect(data.nameKo).toBe('부산광역시');
    expect(data.name).not.toContain('부산');
  });
});

describe('relationships in the inspector', () => {
  it('heads a goal’s ties by which way they read: its parent goal, then its subgoals', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    renderApp(test.store);
    act(() => test.state().selectOnly('goal-direction-2'));
    const section = within(screen.getByRole('region', { name: '속성' })).getByRole('region', {
      name: '관계',
    });
    const headings = within(section)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['관계', '기여 주체', '상위 목표', '하위 목표']);
    expect(within(section).getAllByRole('heading', { name: '상위 목표' })).toHaveLength(1);
  });

  it('tells apart related projects of the same name by their place', async () => {
    const test = await makeTestStore({ language: 'en' });
    await test.state().openStrategy('sample');
    renderApp(test.store);
    act(() => test.state().selectOnly('goal-task-3'));
    const section = within(inspector()).getByRole('region', { name: 'Relationships' });
    const integrity = /^Pre-consulting for building an integrity/;
    const places = within(section)
      .getAllByRole('button', { name: integrity })
      .map((button) => button.querySelector('.relationship-place')?.textContent);
    expect(places.sort()).toEqual([
      'Da Nang, Vietnam',
      'Jordan',
      'Kampala, Uganda',
      'Thailand',
      'Ukraine',
    ]);
    // Named once, a project needs no place.
    const once = within(section).getByRole('button', {
      name: 'Build a bus payment system',
    });
    expect(once.querySelector('.relationship-place')).toBeNull();
    expect(
      within(section).getByRole('button', {
        name: /^Remove relationship: serves goal — Pre-consulting .* \(Kampala, Uganda\)$/,
      }),
    ).toBeInTheDocument();
  });

  it('lists, visits and removes a node’s relationships, and names the edges', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    await addNamed(user, 'Add partner city', 'Busan');
    expect(
      within(canvas()).getByRole('group', { name: 'Busan — serves goal — Global hub city' }),
    ).toBeInTheDocument();

    const section = within(inspector()).getByRole('region', { name: 'Relationships' });
    expect(within(section).getByRole('heading', { name: 'serves goal' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Global hub city' }));
    expect(within(inspector()).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Global hub city',
    );
    expect(inspector()).toHaveFocus();

    const goalRelationships = within(inspector()).getByRole('region', { name: 'Relationships' });
    // Seen from the goal, the relationship reads the other way.
    expect(
      within(goalRelationships).getByRole('heading', { name: 'served by' }),
    ).toBeInTheDocument();
    expect(within(goalRelationships).queryByRole('heading', { name: 'serves goal' })).toBeNull();
    await user.click(
      within(goalRelationships).getByRole('button', {
        name: 'Remove relationship: serves goal — Busan',
      }),
    );
    expect(test.state().edges).toHaveLength(0);
    expect(within(goalRelationships).getByText('No relationships yet.')).toBeInTheDocument();
    expect(goalRelationships).toHaveFocus();
  });

  it('links by keyboard through “Link to…”, asking for the relationship when several fit', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add project', 'Hanoi metro');
    // Added with the project selected; a new actor fits it two ways, so nothing is guessed.
    await addNamed(user, 'Add actor', 'KOICA');
    expect(test.state().edges).toHaveLength(0);

    const combobox = within(inspector()).getByRole('combobox', { name: 'Link to…' });
    await user.click(combobox);
    await user.keyboard('hanoi');
    const list = within(inspector()).getByRole('listbox');
    expect(within(list).getByRole('option', { name: /Hanoi metro/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    const relationship = within(inspector()).getByRole('combobox', { name: 'Relationship' });
    expect(relationship).toHaveFocus();
    expect(
      within(relationship)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Hanoi metro — funded by — KOICA', 'Hanoi metro — implemented by — KOICA']);
    await user.selectOptions(relationship, 'Hanoi metro — implemented by — KOICA');
    await user.click(within(inspector()).getByRole('button', { name: 'Link' }));
    expect(test.state().edges.map((e) => e.data?.kind)).toEqual(['implementedBy']);
    const section = within(inspector()).getByRole('region', { name: 'Relationships' });
    expect(within(section).getByRole('button', { name: 'Hanoi metro' })).toBeInTheDocument();
    expect(
      within(canvas()).getByRole('group', { name: 'Hanoi metro — implemented by — KOICA' }),
    ).toBeInTheDocument();
  });

  it('names relationships and edges in Korean', async () => {
    await openBlankStrategy('ko');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '목표 추가' }));
    await user.keyboard('세계 도시');
    await user.click(screen.getByRole('button', { name: '교류도시 추가' }));
    await user.keyboard('부산');
    const region = screen.getByRole('region', { name: '전략 캔버스' });
    expect(
      within(region).getByRole('group', { name: '부산 — 목표 기여 — 세계 도시' }),
    ).toBeVisible();
    const panel = screen.getByRole('region', { name: '속성' });
    const section = within(panel).getByRole('region', { name: '관계' });
    expect(
      within(section).getByRole('button', { name: '관계 삭제: 목표 기여 — 세계 도시' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: '연결 대상…' })).toBeInTheDocument();
  });
});

describe('keyboard and focus', () => {
  it('moves selected cards with the arrow keys, one undo step per press', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    const start = test.state().nodes[0]!.position;
    act(() => card('Global hub city').focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect(test.state().nodes[0]!.position).toEqual({ x: start.x + 20, y: start.y + 50 });
    await user.keyboard('{Control>}z{/Control}');
    expect(test.state().nodes[0]!.position).toEqual({ x: start.x + 20, y: start.y });
    expect(card('Global hub city')).toHaveFocus();
  });

  it('leaves arrow keys and Delete to text fields', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Hub');
    const start = test.state().nodes[0]!.position;
    await user.keyboard('{ArrowLeft}{Backspace}');
    expect(test.state().nodes[0]!.position).toEqual(start);
    expect(within(inspector()).getByRole('textbox', { name: 'Title' })).toHaveValue('Hb');
  });

  it('selects all, copies, pastes and duplicates nodes with the edges among them', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    await addNamed(user, 'Add partner city', 'Busan');
    act(() => card('Busan').focus());
    await user.keyboard('{Control>}a{/Control}');
    expect(test.state().nodes.every((n) => n.selected)).toBe(true);
    await user.keyboard('{Control>}c{/Control}{Control>}v{/Control}');
    expect(test.state().nodes).toHaveLength(4);
    expect(test.state().edges).toHaveLength(2);
    const pasted = test.state().nodes.slice(2);
    expect(pasted.every((n) => n.selected)).toBe(true);
    expect(
      test
        .state()
        .nodes.slice(0, 2)
        .some((n) => n.selected),
    ).toBe(false);
    await user.keyboard('{Control>}d{/Control}');
    expect(test.state().nodes).toHaveLength(6);
    expect(new Set(test.state().nodes.map((n) => n.id)).size).toBe(6);
    await user.keyboard('{Control>}z{/Control}');
    expect(test.state().nodes).toHaveLength(4);

    // The clipboard outlives the strategy it was copied from.
    await act(() => test.state().createStrategy('Other'));
    await act(() => test.state().openStrategy('strategy-2'));
    act(() => screen.getByRole('application', { name: 'Strategy canvas' }).focus());
    await user.keyboard('{Control>}v{/Control}');
    expect(test.state().nodes).toHaveLength(2);
    expect(test.state().edges).toHaveLength(1);
  });

  it('sends focus to the canvas after a delete and leaves it there on undo and redo', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await addNamed(user, 'Add goal', 'Global hub city');
    act(() => card('Global hub city').focus());
    await user.keyboard('{Delete}');
    const application = screen.getByRole('application', { name: 'Strategy canvas' });
    expect(application).toHaveFocus();
    expect(test.state().nodes).toHaveLength(0);
    await user.keyboard('{Control>}z{/Control}');
    expect(await within(canvas()).findByText('Global hub city')).toBeInTheDocument();
    expect(application).toHaveFocus();
    await user.keyboard('{Control>}y{/Control}');
    expect(test.state().nodes).toHaveLength(0);
    expect(application).toHaveFocus();
  });

  it('starts the editor with a link that skips to the inspector', async () => {
    await openBlankStrategy();
    const user = userEvent.setup();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to inspector' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(inspector()).toHaveFocus();
  });

  it('gives React Flow’s hints in the UI language', async () => {
    await openBlankStrategy('ko');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '목표 추가' }));
    const region = screen.getByRole('region', { name: '전략 캔버스' });
    const described = region.querySelector('.react-flow__node')!.getAttribute('aria-describedby')!;
    expect(document.getElementById(described)).toHaveTextContent(/방향키로 선택한 카드를 옮기며/);
  });
});
