import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatKrw,
  formatPercent,
  formatTimeAgo,
  formatTimeInStage,
} from '../../shared/i18n/formatNumbers';
import { translator } from '../../shared/i18n/translate';

describe('amounts, shares and counts as each audience reads them', () => {
  it('gives Korean readers 억원 above a hundred million, and 원 below', () => {
    expect(formatKrw(1_250_000_000, 'ko')).toBe('12.5억원');
    expect(formatKrw(300_000_000, 'ko')).toBe('3억원');
    expect(formatKrw(45_000_000, 'ko')).toBe('45,000,000원');
  });

  it('gives English readers billions, millions or KRW with separators', () => {
    expect(formatKrw(1_250_000_000, 'en')).toBe('KRW 1.3 bn');
    expect(formatKrw(45_600_000, 'en')).toBe('KRW 45.6 m');
    expect(formatKrw(950_000, 'en')).toBe('KRW 950,000');
    expect(formatKrw(null, 'en')).toBe('—');
  });

  it('keeps the language of each call when both are used in turn', () => {
    expect([formatKrw(5e8, 'ko'), formatKrw(5e8, 'en'), formatKrw(5e8, 'ko')]).toEqual([
      '5억원',
      'KRW 500 m',
      '5억원',
    ]);
  });

  it('rounds shares to whole percents and separates thousands in counts', () => {
    expect(formatPercent(0.426, 'en')).toBe('43%');
    expect(formatPercent(null, 'ko')).toBe('—');
    expect(formatCount(12_345, 'ko')).toBe('12,345');
    expect(formatCount(12_345, 'en')).toBe('12,345');
  });

  it('says how long ago in days, then months, then years, in each language', () => {
    expect(formatTimeAgo(0, 'en')).toBe('today');
    expect(formatTimeAgo(1, 'ko')).toBe('어제');
    expect(formatTimeAgo(45, 'en')).toBe('45 days ago');
    expect(formatTimeAgo(213, 'en')).toBe('7 months ago');
    expect(formatTimeAgo(669, 'ko')).toBe('22개월 전');
    expect(formatTimeAgo(729, 'ko')).toBe('23개월 전');
    expect(formatTimeAgo(731, 'en')).toBe('2 years ago');
    expect(formatTimeAgo(18_445, 'en')).toBe('50 years ago');
    expect(formatTimeAgo(18_445, 'ko')).toBe('50년 전');
  });

  it('says a project’s time in its stage in the same units', () => {
    expect(formatTimeInStage(12, translator('en'))).toBe('12 days in stage');
    expect(formatTimeInStage(150, translator('en'))).toBe('5 months in stage');
    expect(formatTimeInStage(4747, translator('en'))).toBe('12 years in stage');
    expect(formatTimeInStage(4747, translator('ko'))).toBe('현 단계 12년째');
    // Moved today: not "0 days in stage".
    expect(formatTimeInStage(0, translator('en'))).toBe('Entered this stage today');
    expect(formatTimeInStage(0, translator('ko'))).toBe('오늘 현 단계 진입');
    expect(formatTimeInStage(1, translator('en'))).toBe('1 day in stage');
  });
});
