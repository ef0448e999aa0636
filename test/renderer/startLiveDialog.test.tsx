import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DesktopLiveApi } from '../../shared/host/bridge';
import { StartLiveDialog } from '../../renderer/live/StartLiveDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { fakeBridge, makeTestStore } from './testStore';

/** The desktop app's hosting, as main offers it, with a server that cannot listen. */
function desktopLive() {
  const refusal = new Error('listen EADDRINUSE: address already in use');
  return {
    addresses: vi.fn(async () => [
      { address: '127.0.0.1', family: 'IPv4' as const, internal: true, interfaceName: 'lo' },
      { address: '192.168.0.5', family: 'IPv4' as const, internal: false, interfaceName: 'eth0' },
    ]),
    start: vi.fn(async () => Promise.reject(refusal)),
  };
}

async function openDialog() {
  const live = desktopLive();
  const test = await makeTestStore({
    bridge: fakeBridge({ kind: 'desktop', live: live as unknown as DesktopLiveApi }),
  });
  await test.state().openStrategy('sample');
  render(
    <StoreContext.Provider value={test.store}>
      <StartLiveDialog onClose={() => {}} />
    </StoreContext.Provider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Start a live session' });
  const user = userEvent.setup();
  await user.type(within(dialog).getByRole('textbox', { name: 'Your name' }), 'Ahn');
  return { live, dialog, user };
}

describe('starting a live session from the desktop app', () => {
  it('listens on the address and the port the host chooses', async () => {
    const { live, dialog, user } = await openDialog();
    const address = within(dialog).getByRole('combobox', { name: 'Share on this address' });
    await waitFor(() => expect(within(address).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(address, '192.168.0.5');
    await user.type(within(dialog).getByRole('textbox', { name: /^Port/ }), '4400');
    await user.click(within(dialog).getByRole('button', { name: 'Start live session' }));
    expect(live.start).toHaveBeenCalledWith('192.168.0.5', 4400);
    // The port is taken: said so, and nothing is shared.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The live session could not start: Error: listen EADDRINUSE',
    );
  });

  it('takes any free port when none is typed, and refuses one that cannot be', async () => {
    const { live, dialog, user } = await openDialog();
    const port = within(dialog).getByRole('textbox', { name: /^Port/ });
    const start = within(dialog).getByRole('button', { name: 'Start live session' });
    for (const wrong of ['80', '70000', '44a']) {
      await user.clear(port);
      await user.type(port, wrong);
      expect(start).toBeDisabled();
      expect(dialog).toHaveTextContent('A port is a number from 1024 to 65535.');
    }
    await user.clear(port);
    await user.click(start);
    expect(live.start).toHaveBeenCalledWith('127.0.0.1', undefined);
  });
});
