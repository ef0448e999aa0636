import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import type { SaveFileRequest } from '../../shared/host/bridge';
import { fakeBridge, makeTestStore, renderApp } from './testStore';

/** The sample open, with a host that saves every file under the name it suggests. */
async function sampleSavingAll(language: 'en' | 'ko') {
  const saveFile = vi.fn(async (request: SaveFileRequest) => ({
    status: 'saved' as const,
    name: request.suggestedName,
  }));
  const test = await makeTestStore({ bridge: fakeBridge({ saveFile }), language });
  await test.state().openStrategy('sample');
  renderApp(test.store, <NoticeBar />);
  const savedNames = () => saveFile.mock.calls.map(([request]) => request.suggestedName);
  return { test, savedNames };
}

describe('the word on an export of several files', () => {
  it('names every file the CSV export saved, not only the last', async () => {
    const { test, savedNames } = await sampleSavingAll('en');
    await act(() => test.state().exportCsv());
    const names = savedNames();
    // The partner cities, the projects, the exchange log and the measures.
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Saved ${names.length} files: ${names.map((name) => `“${name}”`).join(', ')}.`,
    );
  });

  it('names them in Korean too', async () => {
    const { test, savedNames } = await sampleSavingAll('ko');
    await act(() => test.state().exportCsv());
    const names = savedNames();
    expect(screen.getByRole('status')).toHaveTextContent(
      `파일 ${names.length}개를 저장했습니다: ${names.map((name) => `“${name}”`).join(', ')}.`,
    );
  });

  it('names one file as before', async () => {
    const { test, savedNames } = await sampleSavingAll('en');
    await act(() => test.state().exportGraphml());
    expect(screen.getByRole('status')).toHaveTextContent(`Saved “${savedNames()[0]}”.`);
  });
});
