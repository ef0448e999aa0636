import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestStore, openBlankStrategy, renderApp, renderOnCanvas } from './testStore';

const TRANSPORT_CARD = /^Consulting on building a transport card system/;

describe('the keyboard after moving a project on the board', () => {
  // jsdom has no scrollIntoView: the app does without it there, and here it is watched.
  const scrolled = vi.fn();
  beforeEach(() => {
    scrolled.mockClear();
    Element.prototype.scrollIntoView = scrolled;
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  /** The sample's pipeline board. */
  async function openBoard() {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    test.state().setEditorView('pipeline');
    renderApp(test.store);
    return { test, user: userEvent.setup() };
  }

  /** The sample's pipeline, with the transport card project chosen from its card by keyboard. */
  async function chooseTransportCard() {
    const { user } = await openBoard();
    cardIn('Consulting').focus();
    await user.keyboard('{Enter}');
    return user;
  }

  /** What a drag carries between columns; jsdom makes no DataTransfer of its own. */
  const dataTransfer = () => {
    const data = new Map<string, string>();
    return {
      get types() {
        return [...data.keys()];
      },
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      effectAllowed: 'all',
    };
  };

  const cardIn = (column: string) =>
    within(screen.getByRole('region', { name: column })).getByRole('button', {
      name: TRANSPORT_CARD,
    });

  it('puts it on the card in its new column after a move past the gate, in view', async () => {
    const user = await chooseTransportCard();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Move to next stage');
    const askForReason = async () => {
      await user.keyboard('{Enter}');
      return screen.getByRole('dialog', { name: 'Move on with unchecked gate items?' });
    };

    // Called off, the move leaves the keyboard where it was.
    await user.click(within(await askForReason()).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toHaveAccessibleName('Move to next stage');
    expect(cardIn('Consulting')).toBeInTheDocument();

    // Pressed with no reason, it says one is needed, and the keyboard goes to it.
    const dialog = await askForReason();
    await user.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
    expect(reason).toHaveFocus();
    expect(reason).toBeInvalid();
    await user.keyboard('Ministry asked');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Move anyway');
    await user.keyboard('{Enter}');
    const moved = cardIn('Feasibility study (F/S)');
    expect(moved).toHaveFocus();
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
    expect(scrolled.mock.contexts).toEqual([moved.closest('li')]);
  });

  it('puts it on a card dropped in another column, in view', async () => {
    await chooseTransportCard();
    const card = cardIn('Consulting').closest('li')!;
    const dragged = dataTransfer();
    fireEvent.dragStart(card, { dataTransfer: dragged });
    fireEvent.drop(screen.getByRole('region', { name: 'Discovery' }), { dataTransfer: dragged });
    const moved = cardIn('Discovery');
    expect(moved).toHaveFocus();
    expect(scrolled.mock.contexts).toEqual([moved.closest('li')]);
  });

  it('puts it on the card after a move that needs no reason, and not after one made elsewhere', async () => {
    const user = await chooseTransportCard();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Move to previous stage');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cardIn('Discovery')).toHaveFocus();

    // The inspector's stage moves the card too; the keyboard stays on the stage it is using.
    scrolled.mockClear();
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const stage = within(inspector).getByRole('combobox', { name: 'Stage' });
    await user.selectOptions(stage, 'Consulting');
    expect(cardIn('Consulting')).toBeInTheDocument();
    expect(stage).toHaveFocus();
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('follows the card back to its old column on undo, and forward again on redo', async () => {
    const user = await chooseTransportCard();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Move to previous stage');
    await user.keyboard('{Enter}');
    expect(cardIn('Discovery')).toHaveFocus();

    await user.keyboard('{Control>}z{/Control}');
    expect(cardIn('Consulting')).toHaveFocus();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cardIn('Discovery')).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    expect(cardIn('Consulting')).toHaveFocus();
    await user.keyboard('{Control>}y{/Control}');
    expect(cardIn('Discovery')).toHaveFocus();
  });

  it('puts it on the card of a project found with the search box, in view', async () => {
    const { user } = await openBoard();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'transport card system');
    await user.keyboard('{Enter}');
    const found = cardIn('Consulting');
    expect(found).toHaveFocus();
    expect(scrolled.mock.contexts).toEqual([found.closest('li')]);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('');
  });

  it('clears the board’s filters that hide the project found, and says so', async () => {
    const { user } = await openBoard();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Africa');
    const consulting = screen.getByRole('region', { name: 'Consulting' });
    expect(within(consulting).queryByRole('button', { name: TRANSPORT_CARD })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'transport card system');
    await user.keyboard('{Enter}');
    expect(cardIn('Consulting')).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('');
    expect(screen.getByText(/^The board’s filters hid/)).toHaveTextContent(
      'The board’s filters hid “Consulting on building a transport card system',
    );
  });
});

describe('the keyboard after opening a strategy from the library', () => {
  const flow = () => document.querySelector<HTMLElement>('.strategy-flow');

  it('goes to the canvas after Open, pressed with the keyboard', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    const row = screen.getByRole('listitem', { name: 'Seoul city diplomacy 2018' });
    within(row).getByRole('button', { name: 'Open' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Strategy canvas' });
    await waitFor(() => expect(flow()).toHaveFocus());
    // Tab goes on from there, to the cards, not from the top of the page.
    await user.tab();
    expect(document.activeElement).toHaveClass('react-flow__node');
  });

  it('goes to a new strategy’s canvas, and to the view’s tab where it opens on another view', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'New strategy' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(flow()).toHaveFocus());

    await user.click(screen.getByRole('tab', { name: 'Pipeline' }));
    await user.click(screen.getByRole('button', { name: 'Back to library' }));
    const row = await screen.findByRole('listitem', { name: 'Seoul city diplomacy 2018' });
    await user.click(within(row).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Pipeline' })).toHaveFocus());
  });

  it('is left alone when a strategy is opened otherwise, as at start', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    await act(() => test.state().openStrategy('sample'));
    await screen.findByRole('region', { name: 'Strategy canvas' });
    expect(document.body).toHaveFocus();
  });
});

describe('the keyboard after a stage move asked from the inspector', () => {
  it('goes back to the Stage, not to the card that had it before the stage was picked', async () => {
    await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add project' }));
    await user.keyboard('Hanoi metro');
    const card = within(screen.getByRole('region', { name: 'Strategy canvas' }))
      .getByText('Hanoi metro', { selector: '.node-name' })
      .closest<HTMLElement>('.react-flow__node')!;
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const stage = within(inspector).getByRole('combobox', { name: 'Stage' });
    // Picked with the mouse where that leaves the keyboard on the card (Safari, say): only the
    // change reaches the Stage.
    const pickFeasibility = () => {
      card.focus();
      fireEvent.change(stage, { target: { value: 'feasibility' } });
      return screen.getByRole('dialog', { name: 'Move on with unchecked gate items?' });
    };

    expect(within(pickFeasibility()).getByRole('textbox', { name: /^Reason/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stage).toHaveFocus();
    expect(stage).toHaveValue('discovery');

    await user.click(within(pickFeasibility()).getByRole('button', { name: 'Cancel' }));
    expect(stage).toHaveFocus();

    const dialog = pickFeasibility();
    await user.keyboard('Partner asked');
    await user.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stage).toHaveFocus();
    expect(stage).toHaveValue('feasibility');
  });
});

describe('the keyboard after finding a node', () => {
  async function openSampleCanvas() {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    await renderOnCanvas(test);
    return {
      test,
      user: userEvent.setup(),
      search: screen.getByRole('textbox', { name: 'Search' }),
    };
  }

  const tokyo = (test: Awaited<ReturnType<typeof makeTestStore>>) =>
    test.state().nodes.find((node) => (node.data as { name?: string }).name === 'Tokyo')!;

  it('puts it on the card found', async () => {
    const { test, user, search } = await openSampleCanvas();
    await user.type(search, '도쿄');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/Tokyo/);
    await user.keyboard('{Enter}');
    const id = tokyo(test).id;
    expect(
      test
        .state()
        .nodes.filter((node) => node.selected)
        .map((node) => node.id),
    ).toEqual([id]);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-id', id));
    expect(document.activeElement).toHaveClass('react-flow__node');
  });

  it('keeps it in the search box when no card of the node found is drawn', async () => {
    const { test, user, search } = await openSampleCanvas();
    // The pipeline board draws no card of a city.
    act(() => test.state().setEditorView('pipeline'));
    await user.type(search, '도쿄');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(
      test
        .state()
        .nodes.filter((node) => node.selected)
        .map((node) => node.id),
    ).toEqual([tokyo(test).id]);
    expect(search).toHaveFocus();
  });
});

describe('the keyboard after starting a timer', () => {
  async function openTimerMenu() {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Start timer' }).focus();
    await user.keyboard('{Enter}');
    return { test, user, menu: screen.getByRole('group', { name: 'Start timer' }) };
  }

  it('puts it back on the timer’s button after a length is chosen', async () => {
    const { test, user, menu } = await openTimerMenu();
    within(menu).getByRole('button', { name: '3 minutes' }).focus();
    await user.keyboard('{Enter}');
    expect(test.state().timer).not.toBeNull();
    expect(screen.queryByRole('group', { name: 'Start timer' })).toBeNull();
    const restart = screen.getByRole('button', { name: 'Restart timer' });
    expect(restart).toHaveFocus();
    expect(restart).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts it back on the timer’s button after a custom length is typed', async () => {
    const { test, user, menu } = await openTimerMenu();
    await user.type(within(menu).getByRole('spinbutton', { name: /Custom time/ }), '7{Enter}');
    expect(test.state().timer).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Restart timer' })).toHaveFocus();
  });
});

describe('the keyboard in the filter panel', () => {
  async function openFilters() {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    const tools = screen.getByRole('group', { name: 'Focus, filters and views' });
    const toggle = within(tools).getByRole('button', { name: 'Filters' });
    toggle.focus();
    await user.keyboard('{Enter}');
    return { user, toggle, panel: screen.getByRole('region', { name: 'Filters' }) };
  }

  it('stays in the panel after “Show everything”, and Escape still closes it', async () => {
    const { user, toggle, panel } = await openFilters();
    const everything = within(panel).getByRole('button', { name: 'Show everything' });
    everything.focus();
    await user.keyboard('{Enter}');
    expect(everything).toBeDisabled();
    expect(panel).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('goes to the other button of a group’s pair after “Hide all” or “Show all”', async () => {
    const { user, panel } = await openFilters();
    const kinds = within(panel).getByRole('group', { name: 'Node kinds' });
    const hideAll = within(kinds).getByRole('button', { name: 'Hide all: Node kinds' });
    const showAll = within(kinds).getByRole('button', { name: 'Show all: Node kinds' });
    hideAll.focus();
    await user.keyboard('{Enter}');
    expect(hideAll).toBeDisabled();
    expect(showAll).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(showAll).toBeDisabled();
    expect(hideAll).toHaveFocus();
  });
});

describe('the keyboard after an exchange’s promise becomes a project', () => {
  it('stays on the exchange, which names the project and goes to it', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    test.state().putExchange('city-SC-14', {
      id: 'promise',
      kind: 'delegation',
      date: '2018-04-02',
      who: 'Transport bureau',
      topic: 'Bus card system upgrade',
      followUp: true,
      projectId: '',
    });
    test.state().selectOnly('city-SC-14');
    renderApp(test.store);
    const user = userEvent.setup();
    const log = await screen.findByRole('region', { name: 'Exchanges' });
    const promise = within(log)
      .getAllByRole('listitem')
      .find((item) => item.textContent!.includes('Bus card system upgrade'))!;

    await user.click(
      within(promise).getByRole('button', { name: 'Create project from this exchange' }),
    );
    expect(promise).toHaveFocus();
    expect(promise).toHaveTextContent('Led to Bus card system upgrade');

    await user.click(
      within(promise).getByRole('button', { name: 'Go to project Bus card system upgrade' }),
    );
    expect(screen.getByRole('region', { name: 'Inspector' })).toHaveFocus();
    const selected = test.state().nodes.filter((node) => node.selected);
    expect(selected.map((node) => node.type)).toEqual(['project']);
    expect(selected[0]!.data).toMatchObject({ title: 'Bus card system upgrade' });
    expect(test.state().editorView).toBe('canvas');
  });
});

describe('the “Create project” buttons of a partner’s promises', () => {
  it('are named alike, and described by their exchange’s date and topic as the row shows them', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    const promises = [
      { id: 'bus', date: '2018-04-02', who: 'Transport bureau', topic: 'Bus card system upgrade' },
      { id: 'water', date: '2019-09-10', who: '', topic: 'Water meters' },
      { id: 'bare', date: '2020-01-15', who: '', topic: '' },
    ];
    for (const promise of promises)
      test.state().putExchange('city-SC-14', {
        ...promise,
        kind: 'delegation',
        followUp: true,
        projectId: '',
      });
    test.state().selectOnly('city-SC-14');
    renderApp(test.store);
    const log = await screen.findByRole('region', { name: 'Exchanges' });

    // Newest first, as the log lists them.
    const creates = within(log).getAllByRole('button', {
      name: 'Create project from this exchange',
    });
    expect(creates).toHaveLength(3);
    expect(creates[0]).toHaveAccessibleDescription('2020-01-15 · Delegation');
    expect(creates[1]).toHaveAccessibleDescription('2019-09-10 · Delegation Water meters');
    expect(creates[2]).toHaveAccessibleDescription(
      '2018-04-02 · Delegation Transport bureau — Bus card system upgrade',
    );
  });
});

describe('the keyboard after adding a measure', () => {
  /** The sample's goal measured by its export projects, in the inspector of the whole app. */
  async function openMeasures(language: 'en' | 'ko') {
    const test = await makeTestStore({ language });
    await test.state().openStrategy('sample');
    test.state().selectOnly('goal-task-3');
    renderApp(test.store);
    const measures = await screen.findByRole('region', {
      name: language === 'ko' ? '성과지표' : 'Measures',
    });
    return { test, measures, user: userEvent.setup() };
  }

  it('goes to the new measure’s name when “Add measure” is clicked', async () => {
    const { measures, user } = await openMeasures('en');
    await user.click(within(measures).getByRole('button', { name: 'Add measure' }));
    const measure = within(measures).getByRole('group', { name: 'Untitled measure' });
    expect(within(measure).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Tourism MOUs');
    expect(within(measures).getByRole('group', { name: 'Tourism MOUs' })).toBe(measure);
  });

  it('goes to the new measure’s Korean name, shown first, when “Add measure” is pressed in Korean', async () => {
    const { measures, user } = await openMeasures('ko');
    within(measures).getByRole('button', { name: '지표 추가' }).focus();
    await user.keyboard('{Enter}');
    const measure = within(measures).getByRole('group', { name: '이름 없는 지표' });
    expect(within(measure).getByRole('textbox', { name: '한국어 이름' })).toHaveFocus();
  });
});

describe('the keyboard after adding an actual', () => {
  it('goes on to the next year’s entry, and a year already recorded is said to be replaced', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    test.state().selectOnly('goal-task-3');
    renderApp(test.store);
    const user = userEvent.setup();
    const measures = await screen.findByRole('region', { name: 'Measures' });
    await user.click(within(measures).getByRole('button', { name: 'Add measure' }));
    const measure = within(measures).getByRole('group', { name: 'Untitled measure' });
    const year = within(measure).getByRole('textbox', { name: 'Year' });
    const value = within(measure).getByRole('textbox', { name: 'Value' });
    const add = within(measure).getByRole('button', { name: 'Add actual' });

    await user.type(year, '2018');
    await user.type(value, '2100');
    await user.click(add);
    expect(year).toHaveFocus();
    expect(measure).toHaveTextContent('2018: 2,100');

    await user.type(year, '2018');
    await user.type(value, '3000');
    expect(add).toHaveAccessibleDescription(
      'Adding replaces the actual already recorded for 2018 (2,100).',
    );
    await user.click(add);
    expect(measure).toHaveTextContent('2018: 3,000');
    expect(add).not.toHaveAccessibleDescription(/replaces/);
  });
});

describe('the keyboard after converting an idea', () => {
  it('goes to the inspector, now on the card the idea became', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    const id = test.state().addNode('idea')!;
    test.state().updateNodeField(id, 'text', 'Youth exchange with Hanoi');
    renderApp(test.store);
    const user = userEvent.setup();
    const inspector = await screen.findByRole('region', { name: 'Inspector' });
    await user.selectOptions(
      within(inspector).getByRole('combobox', { name: 'Convert to…' }),
      'actor',
    );
    await user.click(within(inspector).getByRole('button', { name: 'Convert' }));
    expect(test.state().nodes.find((node) => node.id === id)!.type).toBe('actor');
    expect(inspector).toHaveFocus();
    await user.tab();
    expect(inspector).toContainElement(document.activeElement as HTMLElement);
  });
});
