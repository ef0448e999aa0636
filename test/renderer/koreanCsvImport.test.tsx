import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../shared/exchange/csvImport';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { PartnerCityData } from '../../shared/model/fields';
import type { Language, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import { CsvImportDialog } from '../../renderer/components/editor/CsvImportDialog';
import type { Gazetteer } from '../../renderer/places/gazetteer';
import { GazetteerProvider } from '../../renderer/places/GazetteerContext';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

const sheet = (headers: string[], rows: string[][]): CsvTable => ({
  encoding: 'utf-8',
  delimiter: ',',
  headers,
  rows,
});

/** A gazetteer that knows no city: the cities added stay where the import puts them. */
const noPlaces: Gazetteer = {
  prepare: () => {},
  searchNow: () => [],
  search: async () => [],
  find: async (queries) => queries.map(() => null),
};

/** A strategy open in `language` with one partner city: Hanoi, 하노이 in Korean, placed. */
async function openWithHanoi(language: Language) {
  const test = await makeTestStore({ seed: false, language });
  const id = (await test.state().createStrategy('Plan'))!;
  await test.state().openStrategy(id);
  const made = createNode('partnerCity', 'hanoi', { x: 0, y: 0 });
  const hanoi = {
    ...made,
    data: {
      ...made.data,
      name: 'Hanoi',
      nameKo: '하노이',
      country: 'VN',
      latitude: 21.03,
      longitude: 105.85,
    },
  } as StrategyNode;
  test.state().commit({ ...EMPTY_CHANGE, putNodes: [hanoi] });
  await test.whenSaved();
  const city = (id: string) => test.state().nodes.find((n) => n.id === id)!.data as PartnerCityData;
  return { ...test, city };
}

function showDialog(test: Awaited<ReturnType<typeof makeTestStore>>, table: CsvTable) {
  return render(
    <StoreContext.Provider value={test.store}>
      <GazetteerProvider gazetteer={noPlaces}>
        <CsvImportDialog fileName="자매도시.csv" table={table} onClose={() => {}} />
      </GazetteerProvider>
    </StoreContext.Provider>,
  );
}

const register = sheet(
  ['연번', '도시명', '국가', '관계', '체결일', '비고'],
  [
    ['1', '하노이', '베트남', '자매결연', '1996.5.27', '교통 협력'],
    ['2', '후쿠오카', '일본', '우호협력', '2007년', '신규 교류'],
    ['3', '다낭', '베트남', '친구', '2015', ''],
  ],
);

describe('a Korean register of partner cities, imported', () => {
  it('fills the Korean names and keeps Hanoi’s English name', async () => {
    const test = await openWithHanoi('ko');
    showDialog(test, register);
    expect(screen.getByRole('combobox', { name: '“도시명” 열' })).toHaveValue('nameKo');
    expect(screen.getByRole('combobox', { name: '“체결일” 열' })).toHaveValue('since');
    expect(screen.getByRole('list', { name: '문제가 있는 행' })).toHaveTextContent(
      '4행: 관계 “친구”는 다음 중 하나가 아님: 자매도시, 우호도시, 양해각서(MOU), 없음, 미확인',
    );
    await userEvent.click(screen.getByRole('button', { name: '가져오기 확인' }));
    expect(test.city('hanoi')).toMatchObject({
      name: 'Hanoi',
      nameKo: '하노이',
      relation: 'sister',
      since: 1996,
    });
    const added = test.state().nodes.filter((n) => n.id !== 'hanoi');
    expect(added.map((n) => n.data)).toEqual([
      expect.objectContaining({
        name: '',
        nameKo: '후쿠오카',
        relation: 'friendship',
        since: 2007,
      }),
    ]);
  });

  it('names, in English, the values a relation may take', async () => {
    const test = await openWithHanoi('en');
    showDialog(test, register);
    expect(screen.getByRole('list', { name: 'Rows with problems' })).toHaveTextContent(
      'Row 4: Relation “친구” is not one of: Sister city, Friendship city, MOU, None, Unknown',
    );
  });
});

describe('a Korean exchange log, imported', () => {
  const headers = ['교류도시', '일자', '교류유형', '참석자', '주제', '후속조치'];
  const rows = [
    ['Hanoi', '2024-05-02', '해외 방문', '시장', '철도', '예'],
    ['Hanoi', '2024-06-10', '포럼·회의', '국제협력과', '상수도', 'X'],
    ['Hanoi', '2024-07-01', '대표단 교류', '부시장', '교통', '아니오'],
  ];

  it('records each exchange as the kind its row names', async () => {
    const test = await openWithHanoi('en');
    showDialog(test, sheet(headers, rows));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: 'Column “교류유형”' })).toHaveValue('kind');
    expect(within(dialog).queryByRole('note')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    const log = test.city('hanoi').exchanges ?? [];
    expect(log.map((e) => [e.kind, e.followUp])).toEqual([
      ['visitOut', true],
      ['forum', false],
      ['delegation', false],
    ]);
  });

  it('says before Confirm, in either language, that no column gives the kind', async () => {
    const withoutKind = sheet(
      headers.filter((h) => h !== '교류유형'),
      rows.map((row) => row.filter((_, i) => i !== 2)),
    );
    const english = await openWithHanoi('en');
    const shown = showDialog(english, withoutKind);
    expect(screen.getByRole('note')).toHaveTextContent(
      'No column is read as the kind: every exchange will be recorded as Other.',
    );
    shown.unmount();
    const korean = await openWithHanoi('ko');
    showDialog(korean, withoutKind);
    expect(screen.getByRole('note')).toHaveTextContent(
      '종류로 읽는 열이 없어 모든 교류가 “기타”로 기록됩니다.',
    );
  });
});
