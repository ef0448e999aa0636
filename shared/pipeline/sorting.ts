import { LOCALES } from '../i18n/locales';
import type { Language } from '../model/graph';
import { displayName } from '../model/nodes';
import { daysInStage } from './history';
import type { ProjectContext } from './projects';

export const SORT_KEYS = ['title', 'daysInStage', 'budget', 'startYear'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Longest-waiting, largest and newest first; titles alphabetically, as the cards show them in
 * the UI language and in its order. Unknown values go last.
 */
export function sortProjects(
  projects: readonly ProjectContext[],
  key: SortKey,
  today: string,
  language: Language,
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
  if (key === 'title') {
    const collator = new Intl.Collator(LOCALES[language]);
    return projects
      .map((project) => ({
        project,
        title: displayName({ kind: 'project', data: project.data }, language),
      }))
      .sort((a, b) => collator.compare(a.title, b.title))
      .map(({ project }) => project);
  }
  return [...projects].sort((a, b) => {
    const [va, vb] = [value(a), value(b)];
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return vb - va;
  });
}
