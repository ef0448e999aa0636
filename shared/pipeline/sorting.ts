import { daysInStage } from './history';
import type { ProjectContext } from './projects';

export const SORT_KEYS = ['title', 'daysInStage', 'budget', 'startYear'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Longest-waiting, largest and newest first; titles alphabetically. Unknown values go last. */
export function sortProjects(
  projects: readonly ProjectContext[],
  key: SortKey,
  today: string,
): ProjectContext[] {
  const value = (p: ProjectContext): number | null => {
    switch (key) {
      case 'daysInStage':
        return daysInStage(p.data, today);
      case 'budget':
        return p.data.budgetKrw;
      case 'startYear':
        return p.data.startYear;
      case 'title':
        return null;
    }
  };
  if (key === 'title')
    return [...projects].sort((a, b) => a.data.title.localeCompare(b.data.title));
  return [...projects].sort((a, b) => {
    const [va, vb] = [value(a), value(b)];
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return vb - va;
  });
}
