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
  exportWordTitle: '계획서를 Word로 내보내기',
  wordContentsNote:
    '쪽 번호는 Word가 파일을 열 때 채웁니다. 필드를 업데이트할지 물으면 허용하거나 “목차 업데이트”를 누르세요.',
};
