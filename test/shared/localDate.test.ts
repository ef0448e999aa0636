import { describe, expect, inject, it } from 'vitest';
import type { ProjectData } from '../../shared/model/fields';
import { localIsoDate } from '../../shared/model/localDate';
import { createNode } from '../../shared/model/nodes';
import { daysInStage, isoDate, recordStageChange } from '../../shared/pipeline/history';

// Runs in the 'node' project (UTC) and in 'node-seoul' (Asia/Seoul, UTC+9).
const timeZone = inject('timeZone');
const inSeoul = timeZone === 'Asia/Seoul';

/** 2026-03-02 07:30 in Seoul: still 2026-03-01 in UTC. */
const SEOUL_MORNING = new Date('2026-03-01T22:30:00.000Z');

describe('local dates', () => {
  it('runs in the time zone its project sets', () => {
    const offset = new Date(2026, 0, 1, 8, 0).getTimezoneOffset();
    expect(offset).toBe(inSeoul ? -540 : 0);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(inSeoul ? 'Asia/Seoul' : 'UTC');
  });

  it('names the calendar day of the local clock, early morning and late evening alike', () => {
    expect(localIsoDate(new Date(2026, 2, 2, 7, 30))).toBe('2026-03-02');
    expect(localIsoDate(new Date(2026, 2, 2, 0, 0))).toBe('2026-03-02');
    expect(localIsoDate(new Date(2026, 2, 2, 23, 59, 59))).toBe('2026-03-02');
    expect(localIsoDate(new Date(2025, 11, 31, 23, 0))).toBe('2025-12-31');
    expect(localIsoDate(new Date(2024, 1, 29, 12, 0))).toBe('2024-02-29');
  });

  it('dates a moment by the day where the user is', () => {
    expect(localIsoDate(SEOUL_MORNING)).toBe(inSeoul ? '2026-03-02' : '2026-03-01');
  });

  it('dates a stage move made in Seoul before 09:00 on that day, not the day before', () => {
    const project = createNode('project', 'p', { x: 0, y: 0 }).data as ProjectData;
    // The store's today() is isoDate(now()).
    const moved = recordStageChange(project, 'consulting', {
      date: isoDate(SEOUL_MORNING),
      note: '',
    });
    expect(moved.history.at(-1)!.date).toBe(inSeoul ? '2026-03-02' : '2026-03-01');
    if (inSeoul) expect(daysInStage(moved, isoDate(new Date(2026, 2, 3, 8, 0)))).toBe(1);
  });
});
