import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { strategyMetaSchema } from '../../shared/format/strategyFile';
import { claimIdeas, writePrivateRound, writeResult } from '../../shared/live/workshopDoc';
import { endVote, MAX_VOTE_RESULTS } from '../../shared/workshop/vote';
import { makeTestStore, renderApp } from './testStore';

const hostile = { origin: 'hostile peer' };

/** A blank strategy open, its workshop shared through a document a peer also writes to. */
async function sharedWorkshop() {
  const test = await makeTestStore({ seed: false });
  const id = (await test.state().createStrategy('Workshop'))!;
  await test.state().openStrategy(id);
  const doc = new Y.Doc();
  test.state().attachLiveWorkshop(doc, 'person-aaaa', () => {});
  return { ...test, id, doc };
}

function voteResult(round: number) {
  const vote = {
    round,
    question: `Round ${round}`,
    dotsPerPerson: 1,
    options: [{ nodeId: 'n1', label: 'Night buses' }],
    tallies: { n1: 1 },
    revealed: true,
  };
  return endVote(vote, `vote-${round}`, '2026-12-02');
}

describe('a live workshop with a hostile peer', () => {
  it('keeps no more vote results than a strategy holds, and says the rest were ignored', async () => {
    const { state, db, id, doc, whenSaved } = await sharedWorkshop();
    doc.transact(() => {
      for (let round = 1; round <= MAX_VOTE_RESULTS + 20; round++)
        writeResult(doc, voteResult(round), hostile);
    }, hostile);
    expect(state().openMeta!.votes).toHaveLength(MAX_VOTE_RESULTS);
    expect(state().notice).toMatchObject({ tone: 'error', key: 'liveRefusedData' });
    await whenSaved();
    const saved = (await db.loadStrategy(id))!;
    expect(saved.votes).toHaveLength(MAX_VOTE_RESULTS);
    expect(strategyMetaSchema.safeParse(saved).success).toBe(true);
  });

  it('says when a peer writes workshop data that breaks the rules', async () => {
    const { state, doc } = await sharedWorkshop();
    expect(state().notice).toBeNull();
    doc.getMap('workshop').set('owner:someone', { participantId: 12, round: '' });
    expect(state().notice).toMatchObject({ tone: 'error', key: 'liveRefusedData' });
  });

  it('hides only ideas: a goal a peer claims as theirs in a private round stays readable', async () => {
    const test = await sharedWorkshop();
    const goal = test.state().addNode('goal', { x: 0, y: 0 })!;
    test.state().updateNodeField(goal, 'title', 'Carbon neutral by 2050');
    renderApp(test.store);
    const canvas = await screen.findByRole('region', { name: 'Strategy canvas' });
    await within(canvas).findByText('Carbon neutral by 2050');
    act(() => {
      writePrivateRound(test.doc, 'round-1', hostile);
      claimIdeas(test.doc, [goal], { participantId: 'person-bbbb', round: 'round-1' }, hostile);
    });
    expect(test.state().liveWorkshop!.hiddenIdeas).toEqual([goal]);
    act(() => test.state().selectOnly(goal));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    await waitFor(() =>
      expect(within(inspector).getByRole('textbox', { name: 'Title' })).toHaveValue(
        'Carbon neutral by 2050',
      ),
    );
    // The style sheet that blanks others' ideas matches no part of the goal's card.
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const blanking = rules.find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule &&
        rule.style.visibility === 'hidden' &&
        rule.selectorText.includes(goal),
    )!;
    expect(blanking).toBeDefined();
    const name = within(canvas).getByText('Carbon neutral by 2050').closest('.node-name')!;
    expect(name.matches(blanking.selectorText)).toBe(false);
  });
});
