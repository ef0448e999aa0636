import { describe, expect, it } from 'vitest';
import { joinedRuns } from '../../shared/report/joinedWords';

describe('words joined by a middle dot', () => {
  it('are one run, kept apart from the text around them', () => {
    expect(joinedRuns('성과는 정책 공유에 머물렀습니다. 조직·재정·인력을 검토해')).toEqual([
      { text: '성과는 정책 공유에 머물렀습니다. ', joined: false },
      { text: '조직·재정·인력을', joined: true },
      { text: ' 검토해', joined: false },
    ]);
  });

  it('leave a dot between spaces, and text without one, as they are', () => {
    expect(joinedRuns('Seoul · Busan')).toEqual([{ text: 'Seoul · Busan', joined: false }]);
    expect(joinedRuns('')).toEqual([]);
  });

  it('let a run too long for a narrow column break', () => {
    const long = Array.from({ length: 12 }, (_, i) => `항목${i}`).join('·');
    expect(joinedRuns(`${long} 끝`)).toEqual([{ text: `${long} 끝`, joined: false }]);
  });
});
