import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestStore, renderApp } from './testStore';

async function openSamplePipeline() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  test.state().setEditorView('pipeline');
  renderApp(test.store);
  return test;
}

describe('pipeline view', () => {
  it('changes the stall threshold and a gate checklist for the strategy', async () => {
    const test = await openSamplePipeline();
    const user = userEvent.setup();
    const gaps = screen.getByRole('region', { name: 'Follow-through gaps' });
    expect(within(gaps).getByText('Stalled projects').parentElement).toHaveTextContent('56');

    await user.click(screen.getByRole('button', { name: 'Pipeline settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Pipeline settings' });
    // Each stage's two columns of items say which language is which.
    const discovery = within(dialog).getByRole('group', { name: 'Gate to leave Discovery' });
    expect(discovery.querySelector('.gate-item-heads')).toHaveTextContent('EnglishKorean');
    const days = within(dialog).getByRole('textbox', { name: 'Stalled after (days)' });
    await user.clear(days);
    await user.type(days, 'soon');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter a whole number of days');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(days);
    await user.type(days, '9000');
    await user.click(within(dialog).getByRole('button', { name: 'Add item to Discovery' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Item 3 of Discovery (English)' }),
      'Mayor briefed',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(gaps).getByText('Stalled projects').parentElement).toHaveTextContent('0');
    const saved = (await test.db.loadStrategy('sample'))!.pipeline;
    expect(saved.stalledAfterDays).toBe(9000);
    expect(saved.gates.discovery.map((item) => item.label)).toContain('Mayor briefed');
  });

  it('says a project’s time in its stage in years once it runs to years, and no budget it lacks', async () => {
    await openSamplePipeline();
    const board = screen.getByRole('region', { name: 'Pipeline board' });
    const card = within(board).getAllByRole('button', {
      name: /^Consulting on building a transport card system/,
    })[0]!;
    // In consulting for years, with no budget recorded.
    expect(card).toHaveTextContent(/\d years in stage/);
    expect(card).not.toHaveTextContent(/days in stage|—/);
  });

  it('puts each gate item’s Korean wording first when the app is in Korean', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    test.state().setEditorView('pipeline');
    renderApp(test.store);
    await userEvent.setup().click(screen.getByRole('button', { name: '파이프라인 설정' }));
    const dialog = screen.getByRole('dialog', { name: '파이프라인 설정' });
    const discovery = within(dialog).getByRole('group', { name: /^기회 발굴/ });
    expect(discovery.querySelector('.gate-item-heads')).toHaveTextContent('한국어영어');
    const [first, second] = within(discovery).getAllByRole('textbox');
    expect(first).toHaveAccessibleName('기회 발굴 항목 1 (한국어)');
    expect(second).toHaveAccessibleName('기회 발굴 항목 1 (영어)');
  });

  it('edits a project’s gate checklist and funding lines in the inspector', async () => {
    const test = await openSamplePipeline();
    const user = userEvent.setup();
    const consulting = screen.getByRole('region', { name: 'Consulting' });
    await user.click(
      within(consulting).getByRole('button', {
        name: /Consulting on building a transport card system/,
      }),
    );
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    // The inspector says the time in stage as the card does.
    const inStage = within(consulting).getAllByRole('button', {
      name: /^Consulting on building a transport card system/,
    })[0]!;
    const years = /\d+ years in stage/.exec(inStage.textContent ?? '')![0];
    expect(inspector.querySelector('.days-in-stage')).toHaveTextContent(years);
    const taskForce = within(inspector).getByRole('checkbox', {
      name: 'Consulting task force formed',
    });
    await user.click(taskForce);
    expect(taskForce).toBeChecked();

    await user.click(within(inspector).getByRole('button', { name: 'Add funding line' }));
    const line = within(inspector).getByRole('group', { name: 'Funding line 1' });
    await user.type(within(line).getByRole('textbox', { name: 'Amount (KRW)' }), '300000000');
    await user.click(within(inspector).getByRole('button', { name: 'Add funding line' }));
    const second = within(inspector).getByRole('group', { name: 'Funding line 2' });
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Source' }), 'MDB');
    await user.type(within(second).getByRole('textbox', { name: 'Amount (KRW)' }), '900000000');
    await user.type(within(second).getByRole('textbox', { name: 'Share (%)' }), '120');
    // The error shows while "120" stays in the input; the last valid entry, 12, is what is kept.
    expect(within(second).getByRole('alert')).toHaveTextContent('Enter a share from 0 to 100.');
    expect(within(inspector).getByText('City’s own share: 25.0%')).toBeInTheDocument();

    await test.whenSaved();
    const saved = (await test.db.loadStrategy('sample'))!.nodes.find(
      (n) => n.id === 'project-TR-06',
    )!;
    expect(saved.data).toMatchObject({
      gateChecks: expect.arrayContaining(['consulting-taskforce']),
      funding: [
        expect.objectContaining({ source: 'cityOdaFund', amountKrw: 300000000 }),
        expect.objectContaining({ source: 'mdb', amountKrw: 900000000, sharePercent: 12 }),
      ],
    });
  });
});
