import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isShown, SHOW_EVERYTHING, withValueShown } from '../../shared/map/filters';
import type { CanvasView } from '../../renderer/store/types';
import { selectShownGraph } from '../../renderer/store/shownGraph';
import { makeTestStore, renderApp } from './testStore';

const ULAANBAATAR = 'city-SC-14';

async function openSample() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  return test;
}

function fakeCanvas(): CanvasView {
  return {
    fit: vi.fn(),
    showOpening: vi.fn(),
    centreOn: vi.fn(),
    wouldShowAny: () => true,
    keepInView: vi.fn(),
    shows: () => true,
    visibleArea: () => ({ left: 0, top: 0, right: 900, bottom: 700 }),
    coveredAreas: () => [],
    centre: () => ({ x: 450, y: 350, zoom: 0.8 }),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    settled: () => Promise.resolve(),
  };
}

const shownIds = (state: Parameters<typeof selectShownGraph>[0]) =>
  selectShownGraph(state).nodes.map((n) => n.id);

function clearSelection(state: () => Parameters<typeof selectShownGraph>[0]) {
  state().onNodesChange(
    state()
      .nodes.filter((n) => n.selected)
      .map((n) => ({ type: 'select' as const, id: n.id, selected: false })),
  );
}

describe('focus', () => {
  it('shows the selected node and its neighbours at the chosen depth, until cleared', async () => {
    const { state } = await openSample();
    // The sample opens on its goal tree, which hides partner cities.
    const goals = state().nodes.filter((n) => n.type === 'goal');
    expect(shownIds(state())).toEqual(goals.map((n) => n.id));
    state().selectOnly(ULAANBAATAR);
    state().focusOnSelection();
    // Focusing on a node those filters hide shows its surroundings whole.
    expect(state().openMeta!.filters).toEqual(SHOW_EVERYTHING);
    const relationships = state().edges.filter(
      (e) => e.source === ULAANBAATAR || e.target === ULAANBAATAR,
    );
    expect(shownIds(state())).toHaveLength(relationships.length + 1);
    expect(selectShownGraph(state()).edges.length).toBeGreaterThanOrEqual(relationships.length);
    state().setFocusDepth(2);
    expect(state().mapFocus).toEqual({ nodeId: ULAANBAATAR, depth: 2 });
    expect(shownIds(state()).length).toBeGreaterThan(relationships.length + 1);
    state().clearFocus();
    expect(selectShownGraph(state()).nodes).toBe(state().nodes);
  });

  it('shows a far-flung focus gathered, held still, without moving anything in the strategy', async () => {
    const { state } = await openSample();
    const placeOf = (id: string) => state().nodes.find((n) => n.id === id)!.position;
    state().selectOnly(ULAANBAATAR);
    state().focusOnSelection();
    const shown = selectShownGraph(state());
    expect(shown.gathered).toBe(true);
    // Its neighbours are drawn round it, not where the strategy has them, and cannot be dragged.
    const neighbour = shown.nodes.find((n) => n.id !== ULAANBAATAR)!;
    expect(neighbour.position).not.toEqual(placeOf(neighbour.id));
    expect(shown.nodes.every((n) => n.draggable === false)).toBe(true);
    // Nor moved by the arrow keys' action: the place it would write was never the node's.
    const before = placeOf(ULAANBAATAR);
    state().moveSelection(10, 0);
    expect(placeOf(ULAANBAATAR)).toEqual(before);
    state().clearFocus();
    state().moveSelection(10, 0);
    expect(placeOf(ULAANBAATAR)).toEqual({ x: before.x + 10, y: before.y });
  });

  it('keeps a node found outside the filters selected while the depth is chosen', async () => {
    const { state } = await openSample();
    state().selectOnly(ULAANBAATAR);
    state().setFocusDepth(2);
    expect(state().nodes.find((n) => n.id === ULAANBAATAR)!.selected).toBe(true);
    state().focusOnSelection();
    expect(state().mapFocus).toEqual({ nodeId: ULAANBAATAR, depth: 2 });
  });

  it('needs exactly one selected node, and leaves nothing hidden selected', async () => {
    const { state } = await openSample();
    state().focusOnSelection();
    expect(state().mapFocus).toBeNull();
    state().selectOnly(ULAANBAATAR);
    state().focusOnSelection();
    state().selectAllNodes();
    expect(state().nodes.filter((n) => n.selected)).toHaveLength(shownIds(state()).length);
    state().setMapFilter(withValueShown(SHOW_EVERYTHING, 'kind', 'project', false));
    expect(
      state()
        .nodes.filter((n) => n.selected)
        .every((n) => n.type !== 'project'),
    ).toBe(true);
  });
});

describe('filters', () => {
  it('are stored with the strategy, without an undo step, and come back when it reopens', async () => {
    const { state, db, whenSaved } = await openSample();
    const projectsOnly = ['goal', 'partnerCity', 'network', 'actor'].reduce(
      (filter, kind) => withValueShown(filter, 'kind', kind, false),
      SHOW_EVERYTHING,
    );
    const awarded = ['discovery', 'consulting', 'feasibility', 'feedback'].reduce(
      (filter, stage) => withValueShown(filter, 'stage', stage, false),
      projectsOnly,
    );
    state().setMapFilter(awarded);
    expect(shownIds(state())).toHaveLength(13);
    expect(state().past).toHaveLength(0);
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.filters).toEqual(awarded);
    await state().closeStrategy();
    await state().openStrategy('sample');
    expect(state().openMeta!.filters).toEqual(awarded);
    expect(shownIds(state())).toHaveLength(13);
  });

  it('keep cards the user adds in sight until the filter or focus changes', async () => {
    const { state } = await openSample();
    // The sample opens on its goal tree: partner cities and networks are hidden.
    const opening = state().openMeta!.filters;
    const city = state().addNode('partnerCity')!;
    const network = state().addNode('network')!;
    clearSelection(state);
    expect(shownIds(state())).toEqual(expect.arrayContaining([city, network]));
    // Also after a paste, and an undo takes a card away from the map as from the strategy.
    state().selectOnly(city);
    state().copySelection();
    state().paste();
    const copy = selectShownGraph(state()).nodes.find((n) => n.selected)!.id;
    clearSelection(state);
    expect(shownIds(state())).toEqual(expect.arrayContaining([city, network, copy]));
    state().undo();
    expect(shownIds(state())).not.toContain(copy);
    // Filtered again, the map shows what the filter lets through.
    state().setMapFilter(SHOW_EVERYTHING);
    state().setMapFilter(opening);
    expect(shownIds(state())).not.toContain(city);
    expect(shownIds(state())).not.toContain(network);
  });

  it('keep the cards added before in sight when an idea added after them shows ideas', async () => {
    const { state } = await openSample();
    // The sample opens on its goal tree: only goals are shown.
    expect(isShown(state().openMeta!.filters, 'kind', 'idea')).toBe(false);
    const added = (['partnerCity', 'network', 'actor', 'project'] as const).map((kind) =>
      state().addNode(kind)!,
    );
    const shownBefore = shownIds(state()).length;
    const idea = state().addNode('idea')!;
    clearSelection(state);
    expect(isShown(state().openMeta!.filters, 'kind', 'idea')).toBe(true);
    expect(shownIds(state())).toEqual(expect.arrayContaining([...added, idea]));
    expect(shownIds(state()).length).toBeGreaterThan(shownBefore);
  });

  it('keep an idea added under a focus in sight once it is no longer selected', async () => {
    const { state } = await openSample();
    state().setMapFilter(SHOW_EVERYTHING);
    state().selectOnly(ULAANBAATAR);
    state().focusOnSelection();
    // Added with nothing selected, the idea is joined to nothing the focus shows.
    clearSelection(state);
    const idea = state().addNode('idea')!;
    clearSelection(state);
    expect(shownIds(state())).toContain(idea);
  });

  it('reads a strategy stored before map settings as showing everything with no views', async () => {
    const { state, db } = await makeTestStore();
    const stored = (await db.strategies.get('sample'))!;
    const { views: _views, filters: _filters, ...older } = stored;
    await db.strategies.put(older as typeof stored);
    await state().openStrategy('sample');
    expect(state().openMeta).toMatchObject({ views: [], filters: SHOW_EVERYTHING });
    expect(selectShownGraph(state()).nodes).toBe(state().nodes);
  });
});

describe('saved views', () => {
  it('saves the viewport, focus and filters; renames, reorders and deletes them, each undoable', async () => {
    const { state, db, whenSaved } = await openSample();
    state().setViewport(fakeCanvas());
    const shipped = state().openMeta!.views.length;
    state().selectOnly(ULAANBAATAR);
    state().focusOnSelection();
    const noNetworks = withValueShown(SHOW_EVERYTHING, 'kind', 'network', false);
    state().setMapFilter(noNetworks);
    state().saveView('Mongolia');
    const saved = state().openMeta!.views.at(-1)!;
    expect(saved).toMatchObject({
      name: 'Mongolia',
      nameKo: '',
      viewport: { x: 450, y: 350, zoom: 0.8 },
      focus: { nodeId: ULAANBAATAR, depth: 1 },
      filters: noNetworks,
    });
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.views).toHaveLength(shipped + 1);

    state().renameView(saved.id, 'Ulaanbaatar and ties');
    state().moveView(saved.id, -1);
    expect(state().openMeta!.views.at(-2)!.name).toBe('Ulaanbaatar and ties');
    state().deleteView(saved.id);
    expect(state().openMeta!.views).toHaveLength(shipped);

    state().undo();
    expect(state().openMeta!.views.at(-2)!.id).toBe(saved.id);
    state().undo();
    expect(state().openMeta!.views.at(-1)!.name).toBe('Ulaanbaatar and ties');
    state().undo();
    expect(state().openMeta!.views.at(-1)!.name).toBe('Mongolia');
    state().undo();
    expect(state().openMeta!.views).toHaveLength(shipped);
    state().redo();
    expect(state().openMeta!.views.at(-1)!.name).toBe('Mongolia');
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.views.at(-1)!.name).toBe('Mongolia');
  });

  it('restores a view: its filters and focus, and the canvas moved or fitted', async () => {
    const { state } = await openSample();
    const canvas = fakeCanvas();
    state().setViewport(canvas);
    const [goalTree, , , ulaanbaatar] = state().openMeta!.views;
    // The sample's goal tree keeps no place: it is shown as a strategy opens, on its goals.
    state().restoreView(goalTree!.id);
    expect(shownIds(state())).toHaveLength(16);
    expect(canvas.showOpening).toHaveBeenCalledTimes(1);
    state().restoreView(ulaanbaatar!.id);
    expect(state().mapFocus).toEqual({ nodeId: ULAANBAATAR, depth: 1 });
    expect(state().openMeta!.filters).toEqual(SHOW_EVERYTHING);
    expect(canvas.fit).toHaveBeenCalledWith(null, 0);
    // A view saved here goes back to its place, unless its cards have all moved out of it:
    // then it is fitted, as this one has a focus.
    state().saveView('Here');
    const here = state().openMeta!.views.at(-1)!;
    state().restoreView(here.id);
    expect(canvas.centreOn).toHaveBeenCalledWith(here.viewport, here.viewport!.zoom, 0);
    canvas.wouldShowAny = () => false;
    state().restoreView(here.id);
    expect(canvas.fit).toHaveBeenCalledTimes(2);
  });

  it('names a view saved in Korean in Korean', async () => {
    const { state } = await openSample();
    state().setLanguage('ko');
    state().saveView('몽골');
    expect(state().openMeta!.views.at(-1)).toMatchObject({ name: '', nameKo: '몽골' });
  });
});

describe('the map tools on screen', () => {
  async function openSampleOnScreen() {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const tools = await screen.findByRole('group', { name: 'Focus, filters and views' });
    return { test, user, tools };
  }

  it('filter by checkbox groups and count what is shown', async () => {
    const { user, tools } = await openSampleOnScreen();
    expect(within(tools).getByRole('status')).toHaveTextContent('Showing 16 of 156 nodes');
    await user.click(within(tools).getByRole('button', { name: 'Filters' }));
    const filters = screen.getByRole('region', { name: 'Filters' });
    const kinds = within(filters).getByRole('group', { name: 'Node kinds' });
    await user.click(within(kinds).getByRole('button', { name: 'Hide all: Node kinds' }));
    await user.click(within(kinds).getByRole('checkbox', { name: 'Project' }));
    const stages = within(filters).getByRole('group', { name: 'Project stage' });
    await user.click(within(stages).getByRole('button', { name: 'Hide all: Project stage' }));
    await user.click(within(stages).getByRole('checkbox', { name: 'Award' }));
    expect(within(tools).getByRole('status')).toHaveTextContent('Showing 13 of 156 nodes');
    expect(within(filters).getByRole('button', { name: 'Show everything' })).toBeEnabled();
  });

  it('focus with F and leave with Escape', async () => {
    const { test, user, tools } = await openSampleOnScreen();
    expect(within(tools).getByRole('button', { name: 'Focus' })).toBeDisabled();
    // Partner cities only, so the canvas jsdom redraws stays small.
    const citiesOnly = ['goal', 'network', 'actor', 'project'].reduce(
      (filter, kind) => withValueShown(filter, 'kind', kind, false),
      SHOW_EVERYTHING,
    );
    act(() => test.state().setMapFilter(citiesOnly));
    act(() => test.state().selectOnly(ULAANBAATAR));
    await user.keyboard('f');
    await waitFor(() => expect(test.state().mapFocus).not.toBeNull());
    expect(within(tools).getByRole('button', { name: 'Clear focus' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(test.state().mapFocus).toBeNull();
  });

  it('saves a view under a name asked for in a dialog, and lists it', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(await screen.findByRole('button', { name: 'Views' }));
    const panel = screen.getByRole('region', { name: 'Views' });
    const list = within(panel).getByRole('list', { name: 'Views' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Goal tree', 'Partner cities by region', 'Export pipeline by stage', 'Ulaanbaatar']);
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog', { name: 'Save view' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'View name' }),
      'Everything{Enter}',
    );
    const added = await within(list).findByRole('listitem', { name: 'Everything' });
    expect(within(added).getByRole('button', { name: 'Move down' })).toBeDisabled();
    // Heard one after another, each row's buttons say which view they act on.
    for (const name of ['Rename', 'Move up', 'Move down', 'Delete', 'Notes'])
      expect(within(added).getByRole('button', { name })).toHaveAccessibleDescription('Everything');
    await user.click(within(added).getByRole('button', { name: 'Move up' }));
    expect(within(list).getAllByRole('listitem').at(-2)).toHaveAccessibleName('Everything');
    await user.click(within(added).getByRole('button', { name: 'Delete' }));
    expect(within(list).queryByRole('listitem', { name: 'Everything' })).toBeNull();
  });
});

describe('a filtered map while cards move', () => {
  it('keeps showing the same edges without working them out again', async () => {
    const { state } = await openSample();
    // The goal tree the sample opens on hides partner cities: the shown edges are a selection.
    const before = selectShownGraph(state());
    expect(before.edges.length).toBeLessThan(state().edges.length);
    const goal = before.nodes[0]!;
    state().selectOnly(goal.id);
    state().moveSelection(40, 0);
    const after = selectShownGraph(state());
    expect(after.nodes.find((n) => n.id === goal.id)!.position.x).toBe(goal.position.x + 40);
    expect(after.edges).toBe(before.edges);
  });
});
