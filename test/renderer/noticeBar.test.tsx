import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeBar, PASSING_NOTICE_MS } from '../../renderer/components/NoticeBar';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

async function showBar() {
  const test = await makeTestStore();
  render(
    <StoreContext.Provider value={test.store}>
      <NoticeBar />
    </StoreContext.Provider>,
  );
  vi.useFakeTimers();
  return test;
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('the notice bar', () => {
  it('lets a confirmation go by itself, but not while it is pointed at', async () => {
    const test = await showBar();
    act(() =>
      test.state().showNotice({ tone: 'info', key: 'exported', values: { name: 'plan.csv' } }),
    );
    const bar = screen.getByRole('status');
    expect(bar).toHaveTextContent('plan.csv');
    fireEvent.pointerEnter(bar);
    await wait(PASSING_NOTICE_MS * 2);
    expect(screen.getByRole('status')).toHaveTextContent('plan.csv');
    fireEvent.pointerLeave(bar);
    await wait(PASSING_NOTICE_MS - 100);
    expect(screen.getByRole('status')).toHaveTextContent('plan.csv');
    await wait(200);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lets the word on an auto layout of what is shown go by itself too', async () => {
    const test = await showBar();
    act(() =>
      test.state().showNotice({
        tone: 'info',
        key: 'layoutOfShownNodes',
        values: {
          shown: { key: 'nodeCount', values: { count: 16 } },
          hidden: { key: 'nodeCount', values: { count: 1 } },
        },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'arranged the 16 nodes the filters show. The 1 node they hide kept',
    );
    await wait(PASSING_NOTICE_MS + 100);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps a problem, and what changed without the user, until dismissed', async () => {
    const test = await showBar();
    act(() => test.state().showNotice({ tone: 'error', key: 'exportFailed' }));
    await wait(PASSING_NOTICE_MS * 3);
    expect(screen.getByRole('alert')).toBeVisible();
    act(() => test.state().showNotice({ tone: 'info', key: 'editingMovedElsewhere' }));
    await wait(PASSING_NOTICE_MS * 3);
    expect(screen.getByRole('status')).toHaveTextContent('another window');
  });

  it('holds a confirmation that replaces one being pointed at', async () => {
    const test = await showBar();
    act(() => test.state().showNotice({ tone: 'info', key: 'voteKept' }));
    fireEvent.pointerEnter(screen.getByRole('status'));
    act(() =>
      test.state().showNotice({ tone: 'info', key: 'pdfSaved', values: { name: 'a.pdf' } }),
    );
    await wait(PASSING_NOTICE_MS * 2);
    expect(screen.getByRole('status')).toHaveTextContent('a.pdf');
  });

  it('times each confirmation afresh, even one shown under the pointer that dismissed the last', async () => {
    const test = await showBar();
    act(() => test.state().showNotice({ tone: 'info', key: 'voteKept' }));
    fireEvent.pointerEnter(screen.getByRole('status'));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    act(() =>
      test.state().showNotice({ tone: 'info', key: 'pdfSaved', values: { name: 'a.pdf' } }),
    );
    await wait(PASSING_NOTICE_MS + 100);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
