import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { LiveControls } from '../../renderer/live/LiveControls';
import type { LiveInfo } from '../../renderer/live/liveSlice';
import { makeTestStore, renderApp } from './testStore';

/** A host's session as the store holds it while the server connection is up. */
const hosting: LiveInfo = {
  strategyId: 'sample',
  role: 'facilitator',
  status: 'connected',
  joinCode: 'ABC234',
  joinUrl: 'http://192.168.0.5:4300/#/join',
  participants: [],
  peers: [],
  canUndo: false,
  canRedo: false,
  following: null,
  panelOpen: false,
  ended: null,
  sharing: null,
};

describe('the live session’s status in the toolbar', () => {
  it('tells the host how much of a large strategy is sent, in either language, and the connection’s state when it is cut off', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    act(() => test.store.setState({ live: { ...hosting, sharing: 0.426 } }));
    renderApp(test.store, <LiveControls />);
    expect(screen.getByRole('status')).toHaveTextContent('Live: sending the strategy… 42%');

    act(() => test.state().setLanguage('ko'));
    expect(screen.getByRole('status')).toHaveTextContent('라이브: 전략을 보내는 중… 42%');

    // Cut off meanwhile, the connection's state is what matters.
    act(() => test.store.setState({ live: { ...hosting, status: 'reconnecting', sharing: 0.5 } }));
    expect(screen.getByRole('status')).toHaveTextContent('라이브: 다시 연결하는 중…');

    act(() => test.store.setState({ live: { ...hosting, sharing: null } }));
    expect(screen.getByRole('status')).toHaveTextContent('라이브: 연결됨');
  });
});
