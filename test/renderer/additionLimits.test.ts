import { describe, expect, it } from 'vitest';
import { emptyMeasure } from '../../shared/activity/edits';
import type { Measure } from '../../shared/activity/types';
import { MAX_EXCHANGES, MAX_MEASURES } from '../../shared/format/activitySchema';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { MAX_EDGES, MAX_NODES } from '../../shared/format/strategyFile';
import { isShown, withValueShown } from '../../shared/map/filters';
import { connectionOptions } from '../../shared/model/edgeRules';
import { toStrategyNode } from '../../renderer/store/flow';
import { selectMapFilter } from '../../renderer/store/shownGraph';
import { openWithFourCards, type OpenAtLimit } from './atFileLimit';

const MAXIMUM = {
  nodes: '50,000',
  edges: '200,000',
  exchanges: '2,000',
  measures: '50',
} as const;

/** `add` changes nothing, in the window or stored, and the user is told which limit it met. */
async function expectRefused(
  test: OpenAtLimit,
  limit: keyof typeof MAXIMUM,
  add: () => unknown,
): Promise<unknown> {
  const before = test.state();
  const added = add();
  const after = test.state();
  expect(after.notice).toEqual({
    tone: 'error',
    key: `limitPassed.${limit}`,
    values: { maximum: MAXIMUM[limit] },
  });
  expect(after.nodes).toBe(before.nodes);
  expect(after.edges).toBe(before.edges);
  expect(after.past).toBe(before.past);
  expect(after.openMeta).toBe(before.openMeta);
  await test.whenSaved();
  const stored = await test.stored();
  expect(stored.nodes).toHaveLength(4);
  expect(stored.edges).toHaveLength(0);
  return added;
}

describe('adding one card at the limit of cards', () => {
  it('from the palette, a double-click or a key adds nothing, and says so', async () => {
    const test = await openWithFourCards();
    test.fillNodesTo(MAX_NODES);
    expect(await expectRefused(test, 'nodes', () => test.state().addNode('goal'))).toBeNull();
    const placed = await expectRefused(test, 'nodes', () =>
      test.state().addNode('project', { x: 5, y: 5 }),
    );
    expect(placed).toBeNull();
    // No name box waits for a card that is not there.
    expect(test.state().nameFocusRequest).toBeNull();
  });

  it('next to the selected card at the limit of relationships adds neither card nor link', async () => {
    const test = await openWithFourCards();
    test.fillEdgesTo(MAX_EDGES);
    test.state().selectOnly('vision');
    expect(await expectRefused(test, 'edges', () => test.state().addNode('project'))).toBeNull();
  });

  it('from an exchange, as a project, adds nothing and returns no project', async () => {
    const test = await openWithFourCards(1);
    test.fillNodesTo(MAX_NODES);
    const made = await expectRefused(test, 'nodes', () =>
      test.state().createProjectFromExchange('hanoi', 'x0'),
    );
    expect(made).toBeNull();
    expect(test.log()[0]!.projectId).toBe('');
  });
});

describe('undoing and redoing at the limit of cards', () => {
  // The fillers stand in for cards that came without this window's history: others' cards in
  // a live session that then ended for this copy, which keeps the steps taken during it.

  it('redoing an added card into a strategy filled since adds nothing, says so and stays', async () => {
    const test = await openWithFourCards();
    test.state().addNode('goal');
    test.state().undo();
    test.fillNodesTo(MAX_NODES);
    const future = test.state().future;
    await expectRefused(test, 'nodes', () => test.state().redo());
    expect(test.state().future).toBe(future);
  });

  it('undoing a deletion in a strategy filled since restores nothing, says so and stays', async () => {
    const test = await openWithFourCards();
    test.state().selectOnly('koica');
    test.state().deleteSelection();
    await test.whenSaved();
    test.fillNodesTo(MAX_NODES);
    const before = test.state();
    test.state().undo();
    expect(test.state().notice).toEqual({
      tone: 'error',
      key: 'limitPassed.nodes',
      values: { maximum: MAXIMUM.nodes },
    });
    expect(test.state().nodes).toBe(before.nodes);
    expect(test.state().past).toBe(before.past);
    expect(test.state().future).toBe(before.future);
    await test.whenSaved();
    expect((await test.stored()).nodes.map((node) => node.id)).not.toContain('koica');
  });
});

describe('adding an idea at the limit of cards', () => {
  it('keeps the composer and the filters as they were', async () => {
    const test = await openWithFourCards();
    const filter = selectMapFilter(test.state());
    test.state().setMapFilter(withValueShown(filter, 'kind', 'idea', false));
    test.fillNodesTo(MAX_NODES);
    test.state().openIdeaComposer();
    const composer = test.state().ideaComposer;
    const added = await expectRefused(test, 'nodes', () =>
      test.state().addComposedIdea('Bike share', 'Mina', false),
    );
    expect(added).toBeNull();
    expect(test.state().ideaComposer).toBe(composer);
    expect(isShown(selectMapFilter(test.state()), 'kind', 'idea')).toBe(false);
  });
});

describe('linking two cards at the limit of relationships', () => {
  it('by dragging, choosing among relationships or from the keyboard adds nothing', async () => {
    const test = await openWithFourCards();
    test.fillEdgesTo(MAX_EDGES);
    await expectRefused(test, 'edges', () => test.state().connect('vision', 'hanoi'));
    test.state().connect('metro', 'koica');
    const pending = test.state().pendingConnection!;
    await expectRefused(test, 'edges', () =>
      test.state().choosePendingConnection(pending.options[0]!),
    );
    const option = connectionOptions('project', 'goal')[0]!;
    await expectRefused(test, 'edges', () => test.state().link('metro', 'vision', option));
  });
});

describe('adding an exchange to a full log', () => {
  it('adds nothing and says so, while an exchange already in it can still be edited', async () => {
    const test = await openWithFourCards(MAX_EXCHANGES);
    const log = test.log();
    const exchange = { ...log[0]!, id: 'new', topic: 'Rail' };
    const put = await expectRefused(test, 'exchanges', () =>
      test.state().putExchange('hanoi', exchange),
    );
    expect(put).toBe(false);
    expect(test.log()).toBe(log);
    expect(test.state().putExchange('hanoi', { ...log[1]!, topic: 'Water' })).toBe(true);
    expect(test.log()).toHaveLength(MAX_EXCHANGES);
  });
});

describe('adding a measure to a goal with as many as a file holds', () => {
  it('adds nothing and says so, while a measure already there can still be edited', async () => {
    const test = await openWithFourCards();
    const measuresOf = (node: { data: unknown }) =>
      (node.data as { measures?: Measure[] }).measures ?? [];
    const goal = () => toStrategyNode(test.state().nodes.find((n) => n.id === 'vision')!);
    const full = Array.from({ length: MAX_MEASURES }, (_, i) => emptyMeasure(`m${i}`));
    const vision = goal();
    test.state().commit({
      ...EMPTY_CHANGE,
      putNodes: [{ ...vision, data: { ...vision.data, measures: full } } as typeof vision],
    });
    await test.whenSaved();
    const added = await expectRefused(test, 'measures', () => test.state().addMeasure('vision'));
    expect(added).toBeNull();
    const stored = (await test.stored()).nodes.find((n) => n.id === 'vision')!;
    expect(measuresOf(stored)).toHaveLength(MAX_MEASURES);
    test.state().putMeasure('vision', { ...full[0]!, name: 'Sister cities' });
    expect(measuresOf(goal())[0]!.name).toBe('Sister cities');
    expect(measuresOf(goal())).toHaveLength(MAX_MEASURES);
  });
});
