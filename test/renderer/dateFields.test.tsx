import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActivitySettingsBar } from '../../renderer/components/activity/ActivitySettingsBar';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { selectActivitySettings } from '../../renderer/store/activitySelectors';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

const TAIPEI = 'city-SC-01';

async function showing(ui: React.ReactElement, language: 'en' | 'ko') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  render(<StoreContext.Provider value={test.store}>{ui}</StoreContext.Provider>);
  return { ...test, user: userEvent.setup() };
}

describe('a date field', () => {
  it('takes a day typed as Korean officers write it, keeps it as YYYY-MM-DD, and refuses a day that does not exist', async () => {
    const { user, state } = await showing(<Inspector />, 'ko');
    state().selectOnly(TAIPEI);
    const lastContact = await screen.findByRole('textbox', { name: '최근 교류일' });
    // Typed, not picked: the browser's picker would show the computer's order of day and month.
    expect(lastContact).toHaveAttribute('type', 'text');
    expect(lastContact).toHaveAttribute('placeholder', 'YYYY-MM-DD');

    await user.type(lastContact, '2018. 5. 10.');
    // Still being typed: "2018. 5. 1" was a day too, and nothing is kept until it is whole.
    const taipei = () =>
      state().nodes.find((n) => n.id === TAIPEI)!.data as { lastContact: string };
    expect(taipei().lastContact).toBe('');
    await user.tab();
    expect(taipei().lastContact).toBe('2018-05-10');
    expect(lastContact).toHaveValue('2018-05-10');
    expect(lastContact).toBeValid();

    await user.clear(lastContact);
    await user.type(lastContact, '2018. 2. 30.{Enter}');
    expect(lastContact).toBeInvalid();
    // Written as a day, it is not asked for in another form: the calendar has no such day.
    expect(lastContact).toHaveAccessibleDescription(
      '달력에 없는 날짜입니다. 월과 일을 확인하세요.',
    );
    // The partner city keeps the day it had.
    expect(taipei().lastContact).toBe('2018-05-10');

    // Emptied and left, the field holds no day.
    await user.clear(lastContact);
    await user.tab();
    expect(taipei().lastContact).toBe('');
    expect(lastContact).toBeValid();
  });

  it('sets the day activity is read as of, however it is written, and keeps the day when the text is no day', async () => {
    const { user, state } = await showing(<ActivitySettingsBar />, 'en');
    const asOf = screen.getByRole('textbox', { name: 'As of' });
    expect(asOf).toHaveValue('2018-12-31');
    await user.clear(asOf);
    await user.type(asOf, '2018/6/30{Enter}');
    expect(state().openMeta!.asOf).toBe('2018-06-30');
    expect(asOf).toHaveValue('2018-06-30');

    await user.clear(asOf);
    await user.type(asOf, 'last June');
    await user.tab();
    expect(within(asOf.parentElement!).getByRole('alert')).toHaveTextContent(
      'Enter a date as YYYY-MM-DD.',
    );
    expect(state().openMeta!.asOf).toBe('2018-06-30');
  });
});

describe("the partner activity's windows", () => {
  it('say what range they take when a year count is out of it, and keep the last one in range', async () => {
    const { user, state } = await showing(<ActivitySettingsBar />, 'en');
    const years = screen.getByRole('spinbutton', { name: 'Years counted as recent' });
    const recentYears = () => state().openMeta!.activity!.recentYears;
    await user.clear(years);
    await user.type(years, '7');
    expect(recentYears()).toBe(7);

    for (const typed of ['0', '-3']) {
      await user.clear(years);
      await user.type(years, typed);
      expect(years).toBeInvalid();
      expect(years).toHaveAccessibleDescription('Enter a whole number from 1 to 50.');
      expect(recentYears()).toBe(7);
    }
    // Emptied, the field is not zero years: it asks for a number, and the count stays.
    await user.clear(years);
    await user.tab();
    expect(years).toHaveAccessibleDescription('Enter a whole number from 1 to 50.');
    expect(recentYears()).toBe(7);
  });

  it('say so in Korean too, for the months before a promise lapses', async () => {
    const { user, state } = await showing(<ActivitySettingsBar />, 'ko');
    const months = screen.getByRole('spinbutton', { name: '후속 조치 없음으로 보는 개월 수' });
    const followThroughMonths = () => selectActivitySettings(state()).followThroughMonths;
    const before = followThroughMonths();
    await user.clear(months);
    await user.type(months, '0');
    expect(months).toHaveAccessibleDescription('1에서 120 사이의 정수를 입력하세요.');
    expect(followThroughMonths()).toBe(before);
  });
});
