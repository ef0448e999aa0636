import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StrategyDetailsDialog } from '../../renderer/components/editor/StrategyDetailsDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { selectAsOf } from '../../renderer/store/activitySelectors';
import { pressEnter, pressEnterEndingSyllable } from './composingKeys';
import { makeTestStore } from './testStore';

async function openDialog(language: 'en' | 'ko' = 'en') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  let closed = 0;
  render(
    <StoreContext.Provider value={test.store}>
      <StrategyDetailsDialog onClose={() => (closed += 1)} />
    </StoreContext.Provider>,
  );
  const dialog = screen.getByRole('dialog', {
    name: language === 'ko' ? '전략 정보' : 'Strategy details',
  });
  return { ...test, dialog, closed: () => closed, user: userEvent.setup() };
}

describe('Strategy details', () => {
  it('in Korean, puts the Korean one of each pair first, and opens at the Korean title', async () => {
    const { dialog } = await openDialog('ko');
    const names = within(dialog)
      .getAllByRole('textbox')
      .map((field) => (field as HTMLInputElement).labels?.[0]?.textContent);
    const before = (first: string, second: string) =>
      expect(names.indexOf(first)).toBeLessThan(names.indexOf(second));
    before('국문 제목', '영문 제목');
    before('부서(국문)', '부서(영문)');
    before('문서 구분(국문)', '문서 구분(영문)');
    expect(within(dialog).getByRole('textbox', { name: '국문 제목' })).toHaveFocus();
    // What is printed where is said under the first of the pair.
    expect(
      within(dialog).getByRole('textbox', { name: '문서 구분(국문)' }),
    ).toHaveAccessibleDescription(/표지와 모든 쪽에 인쇄/);
    expect(
      within(dialog).getByRole('textbox', { name: '문서 구분(영문)' }),
    ).not.toHaveAccessibleDescription();
  });

  it('in Korean, saves once, with the whole word, on the Enter after the one ending a syllable', async () => {
    const { dialog, user, state, closed } = await openDialog('ko');
    const department = within(dialog).getByRole('textbox', { name: '부서(국문)' });
    await user.clear(department);
    await user.type(department, '글로벌도시정책관');

    pressEnterEndingSyllable(department);
    expect(closed()).toBe(0);
    expect(state().past).toHaveLength(0);

    pressEnter(department);
    expect(closed()).toBe(1);
    expect(state().openMeta?.details?.departmentKo).toBe('글로벌도시정책관');
    expect(state().past).toHaveLength(1);
  });

  it('refuses a year that is not one, says why, and saves nothing', async () => {
    const { dialog, user, state, closed } = await openDialog();
    const before = state().openMeta;
    const department = within(dialog).getByRole('textbox', { name: 'Department' });
    await user.clear(department);
    await user.type(department, 'Global Cooperation Bureau');
    const last = within(dialog).getByRole('textbox', { name: 'Last year of the plan' });
    await user.clear(last);
    await user.type(last, '20x6');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(last).toHaveAccessibleDescription('Enter a year between 1800 and 2100.');
    expect(last).toBeInvalid();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Nothing was saved');
    expect(state().openMeta).toBe(before);
    expect(state().past).toHaveLength(0);
    expect(closed()).toBe(0);
  });

  it('refuses a plan that ends before it starts', async () => {
    const { dialog, user, state } = await openDialog();
    const first = within(dialog).getByRole('textbox', { name: 'First year of the plan' });
    await user.clear(first);
    await user.type(first, '2030');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      within(dialog).getByRole('textbox', { name: 'Last year of the plan' }),
    ).toHaveAccessibleDescription('The plan’s last year comes before its first year.');
    expect(state().openMeta?.details?.planFirstYear).toBe(2019);
  });

  it('keeps what was typed, and says why inside the dialog, when the save is refused', async () => {
    const { dialog, user, state, store, closed } = await openDialog();
    const department = within(dialog).getByRole('textbox', { name: 'Department' });
    await user.clear(department);
    await user.type(department, 'Global Cooperation Bureau');
    // Another window takes the strategy over while the dialog is open.
    store.setState({ readOnly: true });
    await user.type(department, '{Enter}');

    expect(closed()).toBe(0);
    expect(department).toHaveValue('Global Cooperation Bureau');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'This window only shows the strategy: it is being edited in another window.',
    );
    expect(state().openMeta!.details?.department).toBe('International Relations Division');
  });

  it('saves every field as one step that one undo takes back', async () => {
    const { dialog, user, state, db, closed } = await openDialog();
    const fill = async (name: string, text: string) => {
      const input = within(dialog).getByRole('textbox', { name });
      await user.clear(input);
      await user.type(input, text);
    };
    await fill('Title in Korean', '서울 도시외교 전략');
    await fill('Department', 'Global Cooperation Bureau');
    await fill('Department (Korean)', '국제협력국');
    await fill('First year of the plan', '2023');
    await fill('Last year of the plan', '2026');
    await fill('Version', '2.1');
    await fill('Document date', '2026-03-15');
    await fill('Classification', 'For internal review');
    await fill('Classification (Korean)', '내부 검토용');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(closed()).toBe(1);
    const meta = state().openMeta!;
    expect(meta.titleKo).toBe('서울 도시외교 전략');
    expect(meta.details).toEqual({
      department: 'Global Cooperation Bureau',
      departmentKo: '국제협력국',
      planFirstYear: 2023,
      planLastYear: 2026,
      documentVersion: '2.1',
      documentDate: '2026-03-15',
      classification: 'For internal review',
      classificationKo: '내부 검토용',
    });
    expect(meta.home?.name).toBe('Seoul');
    expect(state().past).toHaveLength(1);
    expect(await state().flushSaves()).toBe(true);
    expect((await db.loadStrategy('sample'))!.details?.department).toBe(
      'Global Cooperation Bureau',
    );

    state().undo();
    expect(state().openMeta!.titleKo).toBe('서울시 도시외교 2018');
    expect(state().openMeta!.details?.department).toBe('International Relations Division');
    expect(state().openMeta!.details?.departmentKo).toBe('국제관계과');
    expect(state().openMeta!.details?.planFirstYear).toBe(2019);
    expect(await state().flushSaves()).toBe(true);
    expect((await db.loadStrategy('sample'))!.details?.department).toBe(
      'International Relations Division',
    );
  });
});

describe('the as-of day in Strategy details', () => {
  it('changes the day activity is read as of, with the rest of the details, undoably', async () => {
    const { dialog, user, state, closed } = await openDialog();
    const asOf = within(dialog).getByRole('textbox', { name: 'Activity read as of' });
    expect(asOf).toHaveValue('2018-12-31');
    await user.clear(asOf);
    await user.type(asOf, '2019-02-30');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(asOf).toBeInvalid();
    expect(asOf).toHaveAccessibleDescription(/^There is no such day in the calendar/);
    expect(state().openMeta!.asOf).toBe('2018-12-31');
    expect(state().past).toHaveLength(0);

    await user.clear(asOf);
    await user.type(asOf, '2019-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(closed()).toBe(1);
    expect(state().openMeta!.asOf).toBe('2019-12-31');
    state().undo();
    expect(state().openMeta!.asOf).toBe('2018-12-31');
  });

  it('reads an empty day as today, and a form saved unchanged changes nothing', async () => {
    const { dialog, user, state } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(state().past).toHaveLength(0);
    const asOf = within(dialog).getByRole('textbox', { name: 'Activity read as of' });
    await user.clear(asOf);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(state().openMeta!.asOf ?? '').toBe('');
    expect(selectAsOf(state())).toBe(state().today());
    expect(state().past).toHaveLength(1);
  });
});
