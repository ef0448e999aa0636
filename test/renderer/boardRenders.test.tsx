import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { StoreContext } from '../../renderer/store/StoreContext';
import { serializeStrategy } from '../../shared/format/strategyFile';
import * as numbers from '../../shared/i18n/formatNumbers';
import { generateStrategy } from '../bench/generateStrategy';
import { fakeBridge, makeTestStore } from './testStore';

// Every project card formats its budget once per render, so counting calls counts card renders.
vi.mock('../../shared/i18n/formatNumbers', async (original) => {
  const actual = await original<typeof numbers>();
  return { ...actual, formatKrw: vi.fn(actual.formatKrw) };
});

describe('pipeline board with many projects', () => {
  it('re-renders only the moved card, not the other thousand', async () => {
    const strategy = generateStrategy(2700, 5);
    const projects = strategy.nodes.filter((n) => n.kind === 'project');
    expect(projects.length).toBeGreaterThan(1000);
    const bridge = fakeBridge({
      openFile: vi.fn(async () => ({
        status: 'opened' as const,
        name: 'big.json',
        content: serializeStrategy({ ...strategy, id: 'x' }, strategy.createdAt),
      })),
    });
    const test = await makeTestStore({ bridge, seed: false });
    await test.state().importStrategyFile();
    test.state().setEditorView('pipeline');
    render(
      <StoreContext.Provider value={test.store}>
        <App />
      </StoreContext.Provider>,
    );
    const board = screen.getByRole('region', { name: 'Pipeline board' });
    const moving = projects.find((p) => p.kind === 'project' && p.data.stage === 'award')!;
    const feedbackBefore = within(board)
      .getByRole('region', { name: 'Feedback' })
      .querySelectorAll('.project-card').length;

    const formatKrw = vi.mocked(numbers.formatKrw);
    formatKrw.mockClear();
    act(() => test.state().requestStageChange(moving.id, 'feedback'));
    act(() => test.state().confirmStageMove('bench'));

    expect(
      within(board).getByRole('region', { name: 'Feedback' }).querySelectorAll('.project-card'),
    ).toHaveLength(feedbackBefore + 1);
    // The moved card, the five column headers and the summary panel; nothing near the card count.
    expect(formatKrw.mock.calls.length).toBeLessThan(40);
  });
});
