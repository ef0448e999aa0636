import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ActivityView } from '../../renderer/components/activity/ActivityView';
import { makeTestStore, renderApp } from './testStore';

const MILAN = 'city-FC-04';

async function activityOfSample(language: 'en' | 'ko') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  renderApp(test.store, <ActivityView />);
  const logVisit = (id: string, date: string) =>
    act(() => {
      test.state().putExchange(MILAN, {
        id,
        kind: 'visitOut',
        date,
        who: '',
        topic: 'Fashion week follow-up',
        followUp: false,
        projectId: '',
      });
    });
  return { test, logVisit };
}

describe('exchanges dated after the as-of date', () => {
  it('are said to count nowhere, with what to change, in Korean', async () => {
    const { logVisit } = await activityOfSample('ko');
    expect(screen.queryByText(/어디에도 세지 않았습니다/)).toBeNull();
    logVisit('later-1', '2024-05-01');
    expect(
      screen.getByText(
        '2018-12-31 이후 날짜의 교류 1건은 어디에도 세지 않았습니다. 세려면 ‘기준일’을 바꾸세요.',
      ),
    ).toBeVisible();
  });

  it('are counted in the note, one or more, in English', async () => {
    const { logVisit } = await activityOfSample('en');
    logVisit('later-1', '2024-05-01');
    expect(
      screen.getByText(
        '1 exchange is dated after 2018-12-31 and counted nowhere: change “As of” to count it.',
      ),
    ).toBeVisible();
    logVisit('later-2', '2019-01-01');
    // One up to the as-of date is counted as before, and not in the note.
    logVisit('within', '2018-12-31');
    expect(
      screen.getByText(
        '2 exchanges are dated after 2018-12-31 and counted nowhere: change “As of” to count them.',
      ),
    ).toBeVisible();
  });
});
