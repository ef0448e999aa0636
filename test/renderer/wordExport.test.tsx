import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReportExportDialog } from '../../renderer/components/editor/ReportExportDialog';
import { runCommand } from '../../renderer/components/useMenuCommands';
import { StoreContext } from '../../renderer/store/StoreContext';
import { DEFAULT_REPORT_SECTIONS } from '../../shared/report/reportData';
import { makeTestStore } from './testStore';

describe('Export Word', () => {
  it('opens from the desktop menu as from its button', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    expect(state().wordDialogOpen).toBe(false);
    runCommand(state(), 'exportWord');
    expect(state().wordDialogOpen).toBe(true);
    expect(state().pdfDialogOpen).toBe(false);
  });

  it('exports the chapters chosen in its dialog, with notes when asked', async () => {
    const { store, state } = await makeTestStore();
    await state().openStrategy('sample');
    const exportWord = vi.fn(async () => {});
    const exportPdf = vi.fn(async () => {});
    store.setState({ exportWord, exportPdf });
    const closed = vi.fn();
    render(
      <StoreContext.Provider value={store}>
        <ReportExportDialog format="word" onClose={closed} />
      </StoreContext.Provider>,
    );
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog', { name: 'Export the plan as Word' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Summary' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Workshop results' }));
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Add a notes field to each section' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(closed).toHaveBeenCalled();
    expect(exportPdf).not.toHaveBeenCalled();
    expect(exportWord).toHaveBeenCalledWith({
      sections: [...DEFAULT_REPORT_SECTIONS.filter((s) => s !== 'summary'), 'workshop'],
      notes: true,
    });
  });
});
