import type { ProjectData } from '../model/fields';
import { sumBudgets } from '../pipeline/analysis';

export interface BudgetTotal {
  count: number;
  /** The sum of the budgets that are known; null when none is. */
  budgetKrw: number | null;
  /** Rows whose budget is not known, so a reader sees the sum is a floor. */
  withoutBudget: number;
}

/** Count and summed budget of projects, as the plan's totals rows show them. */
export function projectTotals(
  rows: readonly { data: Pick<ProjectData, 'budgetKrw'> }[],
): BudgetTotal {
  const budgets = rows.map(({ data }) => data.budgetKrw);
  return {
    count: rows.length,
    budgetKrw: sumBudgets(budgets),
    withoutBudget: budgets.filter((budget) => budget === null).length,
  };
}

/** Column sums of a table of counts. */
export function sumColumns<K extends string>(
  rows: readonly Record<K, number>[],
  keys: readonly K[],
): Record<K, number> {
  const sums = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) for (const key of keys) sums[key] += row[key];
  return sums;
}
