import type { MessageText } from './messageText';
import type { documentEn } from './documentEn';

/** Korean texts of the printed tables' totals and of the Word copy of the plan. */
export const documentKo: Record<keyof typeof documentEn, MessageText> = {
  tableTotal: '합계',
  totalPartners: '교류도시 {count}곳',
  totalNetworks: '네트워크 {count}개',
  totalProjects: '사업 {count}건',
  totalBudgetUnknown: '예산 미정 {count}건',
  exportWord: 'Word 내보내기',
};
