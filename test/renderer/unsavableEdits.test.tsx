import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../renderer/i18n';
import { translator } from '../../shared/i18n/translate';
import type { FundingLine } from '../../shared/pipeline/types';
import { makeTestStore, renderApp } from './testStore';

type TestStore = Awaited<ReturnType<typeof makeTestStore>>;

const noticeText = (test: TestStore, language: 'en' | 'ko' = 'en') =>
  formatMessage(translator(language), test.state().notice!);

/** Funding lines past what a strategy file holds (a hundred to a project). */
const fundingLines = (count: number): FundingLine[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `funding-${i}`,
    source: 'cityOdaFund',
    funder: '',
    amountKrw: null,
    sharePercent: null,
  }));

describe('an edit that would leave what the app cannot open again', () => {
  it('is refused whole with the record and field named, and nothing is written', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    const project = test.state().nodes.find((n) => n.type === 'project')!;
    const name = (project.data as { title: string }).title;
    test.state().setFundingLines(project.id, fundingLines(100));
    await test.whenSaved();
    const saved = await test.db.loadStrategy('sample');
    const undoSteps = test.state().past.length;

    test.state().setFundingLines(project.id, fundingLines(101));
    await test.whenSaved();
    expect(noticeText(test)).toBe(
      `Not changed: the node “${name}”, field “Funding lines” would then hold what the app cannot save and open again. Shorten or remove some of it, then try again.`,
    );
    expect(noticeText(test, 'ko')).toContain('“재원 내역” 항목에 앱이 저장했다가 다시 열 수 없는');
    const node = test.state().nodes.find((n) => n.id === project.id)!;
    expect((node.data as { funding: unknown[] }).funding).toHaveLength(100);
    expect(test.state().past).toHaveLength(undoSteps);
    expect(await test.db.loadStrategy('sample')).toEqual(saved);
    // What is stored stays exportable.
    expect(await test.state().damageIn('sample')).toBeNull();
  });

  it('is refused only for what it adds: a fault the strategy was opened with stays editable around', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    const city = test.state().nodes.find((n) => n.type === 'partnerCity')!;
    // Opened as stored by an older app or another program: a status no choice has, and a vote
    // result whose option label is longer than a result holds now.
    const vote = {
      id: 'v-old',
      round: 1,
      question: 'Which first?',
      dotsPerPerson: 3,
      date: '2018-01-01',
      options: [{ nodeId: city.id, label: 'x'.repeat(1200), total: 2 }],
    };
    test.store.setState({
      nodes: test
        .state()
        .nodes.map((n) =>
          n.id === city.id
            ? ({ ...n, data: { ...n.data, status: 'x' } } as unknown as typeof n)
            : n,
        ),
      openMeta: { ...test.state().openMeta!, votes: [vote] },
    });

    test.state().updateNodeField(city.id, 'notes', 'Met in March');
    expect(test.state().notice).toBeNull();
    expect(
      (test.state().nodes.find((n) => n.id === city.id)!.data as { notes: string }).notes,
    ).toBe('Met in March');
    test.state().setAsOf('2019-12-31');
    expect(test.state().openMeta!.asOf).toBe('2019-12-31');
    expect(test.state().notice).toBeNull();

    // A fault of its own is still refused, on the same records.
    test.state().updateNodeField(city.id, 'notes', 'Met \u202ein March');
    expect(noticeText(test)).toMatch(/^Not changed: the node “.*”, field “Notes”/);
    expect(test.state().commitMeta({ title: 'Plan \u202e2030' })).toBe(false);
    expect(test.state().openMeta!.title).not.toContain('\u202e');
  });

  it('leaves a vote open when its result cannot be kept, rather than saying it was', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    test.state().selectAllNodes();
    expect(test.state().startVote('Which first?', 3)).toBe(true);
    // A question no result could hold, as no dialog lets through.
    test.store.setState({ vote: { ...test.state().vote!, question: 'Which \u202efirst?' } });
    test.state().endVote();
    expect(test.state().vote).not.toBeNull();
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'editUnsavable' });
    expect(test.state().openMeta!.votes ?? []).toEqual([]);
    expect(test.state().startVote('Which \u202efirst?', 3)).toBe(false);
  });

  it('keeps the pipeline settings dialog open, with what was typed, when its gates are refused', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    test.state().setEditorView('pipeline');
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Pipeline settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Pipeline settings' });
    const label = screen.getByRole('textbox', { name: 'Item 1 of Discovery (English)' });
    await user.clear(label);
    // A right-to-left override, pasted with a name: it would turn what follows around.
    await user.click(label);
    await user.paste('Partner \u202eagreed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(dialog).toBeInTheDocument();
    expect(label).toHaveValue('Partner \u202eagreed');
    // Said inside the dialog: the notice bar is under its backdrop, out of the keyboard's reach.
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /^Not changed: the strategy’s own field “Pipeline settings”/,
    );
    // Said once: the notice bar under the backdrop leaves it to the dialog, until it closes.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(test.state().openMeta!.pipeline.gates.discovery[0]!.label).not.toContain('\u202e');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Not changed: the strategy’s own field “Pipeline settings”/,
    );
  });
});
