import type { MessageText } from './messageText';

/** English texts of the printed tables' totals and of the Word copy of the plan. */
export const documentEn = {
  tableTotal: 'Total',
  totalPartners: { one: '{count} partner city', other: '{count} partner cities' },
  totalNetworks: { one: '{count} network', other: '{count} networks' },
  totalProjects: { one: '{count} project', other: '{count} projects' },
  totalBudgetUnknown: { one: '{count} without a budget', other: '{count} without a budget' },
  exportWord: 'Export Word',
} satisfies Record<string, MessageText>;
