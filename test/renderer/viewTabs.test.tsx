import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestStore, renderApp } from './testStore';

describe('the view tabs', () => {
  it('are one stop for the keyboard, and the arrows, Home and End switch views', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    const tabs = within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);

    tabs[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(test.state().editorView).toBe('pipeline');
    expect(screen.getByRole('tab', { name: 'Pipeline' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Pipeline' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(test.state().editorView).toBe('map');
    await user.keyboard('{ArrowRight}');
    expect(test.state().editorView).toBe('canvas');
    await user.keyboard('{ArrowLeft}');
    expect(test.state().editorView).toBe('map');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Canvas' })).toHaveFocus();

    // Tab leaves the row from the tab shown, past the others.
    await user.keyboard('{ArrowRight}');
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).not.toBe('tab');
    await user.tab({ shift: true });
    expect(screen.getByRole('tab', { name: 'Pipeline' })).toHaveFocus();
  });
});
