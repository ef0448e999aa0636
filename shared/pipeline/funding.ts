import type { ProjectData } from '../model/fields';
import type { FundingLine, FundingSource } from './types';

/**
 * The funding lines that count for a project: its own lines, or, where it has none, its main
 * funding source with the whole budget.
 */
export function effectiveFunding(project: ProjectData): FundingLine[] {
  if (project.funding.length > 0) return project.funding;
  if (project.fundingSource === '') return [];
  return [
    {
      id: 'main',
      source: project.fundingSource,
      funder: '',
      amountKrw: project.budgetKrw,
      sharePercent: 100,
    },
  ];
}

/** Amount in KRW per source, largest first. Lines given only as a share take it of the budget. */
export function fundingMix(project: ProjectData): { source: FundingSource; amountKrw: number }[] {
  const totals = new Map<FundingSource, number>();
  for (const line of effectiveFunding(project)) {
    const amount =
      line.amountKrw ??
      (line.sharePercent !== null && project.budgetKrw !== null
        ? (project.budgetKrw * line.sharePercent) / 100
        : 0);
    totals.set(line.source, (totals.get(line.source) ?? 0) + amount);
  }
  return [...totals]
    .map(([source, amountKrw]) => ({ source, amountKrw }))
    .sort((a, b) => b.amountKrw - a.amountKrw);
}

/** The city's own share (its ODA fund) of everything funded, in percent; null when nothing is. */
export function citySharePercent(project: ProjectData): number | null {
  const mix = fundingMix(project);
  const total = mix.reduce((sum, line) => sum + line.amountKrw, 0);
  if (total === 0) return null;
  const own = mix.find((line) => line.source === 'cityOdaFund')?.amountKrw ?? 0;
  return (own / total) * 100;
}
