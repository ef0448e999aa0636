import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../shared/exchange/csvImport';
import { MAX_EXCHANGES } from '../../shared/format/activitySchema';
import { MAX_NODES } from '../../shared/format/strategyFile';
import { CsvImportDialog } from '../../renderer/components/editor/CsvImportDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { openWithFourCards, type OpenAtLimit } from './atFileLimit';

const sheet = (headers: string[], rows: string[][]): CsvTable => ({
  encoding: 'utf-8',
  delimiter: ',',
  headers,
  rows,
});

function showDialog(test: OpenAtLimit, table: CsvTable) {
  return render(
    <StoreContext.Provider value={test.store}>
      <CsvImportDialog fileName="표.csv" table={table} onClose={() => {}} />
    </StoreContext.Provider>,
  );
}

describe('an import preview in Korean, past a limit', () => {
  it('says so of cards in Korean and keeps Confirm, named as ever, disabled', async () => {
    const test = await openWithFourCards(0, 'ko');
    test.fillNodesTo(MAX_NODES);
    showDialog(test, sheet(['사업명'], [['지하철']]));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '이 행들은 가져올 수 없습니다. 전략 하나에는 카드를 최대 50,000개까지 둘 수 있는데, 가져오면 이를 넘습니다.',
    );
    expect(screen.getByRole('button', { name: '가져오기 확인' })).toBeDisabled();
  });

  it('says so of an exchange log in Korean, and not while the rows still fit', async () => {
    const test = await openWithFourCards(MAX_EXCHANGES - 1, 'ko');
    const rows = (...topics: string[]) =>
      sheet(
        ['교류 대상', '날짜', '주제'],
        topics.map((topic) => ['Hanoi', '2024-05-02', topic]),
      );
    const fitting = showDialog(test, rows('철도'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: '가져오기 확인' })).toBeEnabled();
    fitting.unmount();
    showDialog(test, rows('철도', '상수도'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '이 행들은 가져올 수 없습니다. 교류 대상 하나의 교류 기록은 최대 2,000건까지인데, 가져오면 이를 넘는 곳이 생깁니다.',
    );
    expect(screen.getByRole('button', { name: '가져오기 확인' })).toBeDisabled();
  });
});
