import type { MessageText } from './messageText';

/** English texts of the printed tables' totals and of the Word copy of the plan. */
export const documentEn = {
  tableTotal: 'Total',
  totalPartners: { one: '{count} partner city', other: '{count} partner cities' },
  totalNetworks: { one: '{count} network', other: '{count} networks' },
  totalProjects: { one: '{count} project', other: '{count} projects' },
  totalBudgetUnknown: { one: '{count} without a budget', other: '{count} without a budget' },
  exportWord: 'Export Word',
  exportWordTitle: 'Export the plan as Word',
  wordContentsNote:
    'Word fills in the page numbers when it opens the file: let it update the fields, or choose “Update table”.',
} satisfies Record<string, MessageText>;
