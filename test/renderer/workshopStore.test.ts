import { describe, expect, it } from 'vitest';
import { isShown } from '../../shared/map/filters';
import { selectMapFilter, selectShownGraph } from '../../renderer/store/shownGraph';
import { makeTestStore } from './testStore';

async function emptyStrategy() {
  const test = await makeTestStore({ seed: false });
  const id = (await test.state().createStrategy('Workshop'))!;
  await test.state().openStrategy(id);
  return { ...test, id };
}

describe('workshop in the store', () => {
  it('adds typed ideas one undo step each, Tab ones linked under the current idea', async () => {
    const { state, db, id, whenSaved } = await emptyStrategy();
    state().openIdeaComposer();
    const first = state().addComposedIdea('Bike share', 'Mina', false)!;
    const child = state().addComposedIdea('Ask KOICA', '', true)!;
    expect(state().addComposedIdea('   ', '', false)).toBeNull();
    expect(state().ideaComposer).toEqual({ currentId: first, added: 2 });
    expect(state().edges.map((e) => [e.source, e.data?.kind, e.target])).toEqual([
      [child, 'relatesTo', first],
    ]);
    state().undo();
    expect(state().nodes.map((n) => n.id)).toEqual([first]);
    expect(state().edges).toEqual([]);
    state().redo();
    await whenSaved();
    expect((await db.loadStrategy(id))!.nodes.map((n) => n.kind)).toEqual(['idea', 'idea']);
    state().closeIdeaComposer();
    expect(state().ideaComposer).toBeNull();
  });

  it('shows the ideas typed on a map filtered to goals, and puts a card added at a spot there, hidden cards or not', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    // The sample opens on its goals: every other kind is filtered out.
    expect(isShown(selectMapFilter(state()), 'kind', 'idea')).toBe(false);
    const shownIds = () => new Set(selectShownGraph(state()).nodes.map((n) => n.id));
    state().openIdeaComposer();
    const idea = state().addComposedIdea('Twin-city youth forum', '', false)!;
    state().closeIdeaComposer();
    expect(state().nodes.find((n) => n.id === idea)!.selected).toBeFalsy();
    expect(shownIds().has(idea)).toBe(true);
    expect(isShown(selectMapFilter(state()), 'kind', 'partnerCity')).toBe(false);

    // Where a hidden card lies, a card asked for there goes there, not past every hidden one.
    const hidden = state().nodes.find((n) => !shownIds().has(n.id))!;
    const added = state().addNode('partnerCity', hidden.position)!;
    const placed = state().nodes.find((n) => n.id === added)!.position;
    expect(Math.hypot(placed.x - hidden.position.x, placed.y - hidden.position.y)).toBeLessThan(1);
  });

  it('shows ideas on the map once one is added from the sidebar, so the room sees everyone’s', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    expect(isShown(selectMapFilter(state()), 'kind', 'idea')).toBe(false);
    state().addNode('idea');
    // Shown by the filter, stored with the strategy (and shared in a live session), not only
    // kept in sight on this screen: another person's idea shows too.
    expect(isShown(selectMapFilter(state()), 'kind', 'idea')).toBe(true);
    expect(isShown(selectMapFilter(state()), 'kind', 'partnerCity')).toBe(false);
  });

  it('shows the ideas typed under a focus, which would otherwise hide them', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    const goal = state().nodes.find((n) => n.type === 'goal')!;
    state().selectOnly(goal.id);
    state().focusOnSelection();
    state().openIdeaComposer();
    const idea = state().addComposedIdea('Sister-city sports exchange', '', false)!;
    state().closeIdeaComposer();
    expect(selectShownGraph(state()).nodes.map((n) => n.id)).toContain(idea);
  });

  it('shows the cards added before a presentation again once it ends', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    // The sample opens on its goals: a partner city is shown only because it was just added.
    const city = state().addNode('partnerCity')!;
    const shownIds = () => selectShownGraph(state()).nodes.map((n) => n.id);
    const before = shownIds();
    // Its slides are its saved views, each with filters of its own.
    state().startPresentation(1);
    state().stopPresentation();
    expect(state().nodes.find((n) => n.id === city)!.selected).toBeFalsy();
    expect(shownIds()).toEqual(before);
  });

  it('converts an idea as one undo step and says which relationships could not stay', async () => {
    const { state } = await emptyStrategy();
    const project = state().addNode('project')!;
    state().selectOnly(project);
    state().openIdeaComposer();
    const idea = state().addComposedIdea('Metro line', '', true)!;
    state().convertIdea(idea, 'project');
    expect(state().nodes.find((n) => n.id === idea)).toMatchObject({
      type: 'project',
      data: { title: 'Metro line' },
    });
    expect(state().edges).toEqual([]);
    expect(state().notice).toMatchObject({
      key: 'convertedIdeaDropped',
      values: { count: 1, list: 'Untitled project' },
    });
    state().undo();
    expect(state().nodes.find((n) => n.id === idea)?.type).toBe('idea');
    expect(state().edges).toHaveLength(1);
  });

  it('keeps an ended vote in the strategy, undoably, and numbers the rounds', async () => {
    const { state, db, id, whenSaved } = await emptyStrategy();
    const a = state().addNode('idea')!;
    const b = state().addNode('idea')!;
    state().updateNodeField(a, 'text', 'Night buses');
    state().updateNodeField(b, 'text', 'School streets');
    state().selectAllNodes();
    expect(state().startVote('What first?', 3)).toBe(true);
    state().changeTally(b, 1);
    state().changeTally(b, 1);
    state().changeTally(a, 1);
    state().revealVotes();
    state().endVote();
    expect(state().vote).toBeNull();
    await whenSaved();
    const stored = (await db.loadStrategy(id))!.votes!;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      round: 1,
      question: 'What first?',
      dotsPerPerson: 3,
      date: '2026-03-01',
      options: [
        { nodeId: a, label: 'Night buses', total: 1 },
        { nodeId: b, label: 'School streets', total: 2 },
      ],
    });
    state().selectAllNodes();
    state().startVote('Again?', 2);
    expect(state().vote?.round).toBe(2);
    state().cancelVote();
    state().undo();
    expect(state().openMeta?.votes).toEqual([]);
    state().addNode('idea');
    state().selectOnly(a);
    state().deleteSelection();
    state().selectOnly(b);
    // One card alone is no choice: the vote does not start, and the notice says why.
    expect(state().startVote('Q', 1)).toBe(false);
    expect(state().notice).toMatchObject({ key: 'voteNeedsSelection' });
    state().selectAllNodes();
    state().startVote('Q', 1);
    expect(state().vote?.round).toBe(1);
    // Answered, the notice goes: left up, it would contradict the vote under way.
    expect(state().notice).toBeNull();
  });

  it('times a round from the store’s clock', async () => {
    const { state } = await emptyStrategy();
    state().startTimer(3);
    expect(state().timer).toMatchObject({ durationMs: 180_000, usedMs: 0 });
    state().pauseTimer();
    expect(state().timer?.runningSince).toBeNull();
    state().addTimerMinute();
    expect(state().timer?.durationMs).toBe(240_000);
    state().stopTimer();
    expect(state().timer).toBeNull();
  });
});
