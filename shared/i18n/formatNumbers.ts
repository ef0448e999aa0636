import type { Language } from '../model/graph';

/**
 * Amounts in KRW the way each audience reads them: Korean officers in 억원 (100 million),
 * English readers in millions or billions of KRW.
 */
export function formatKrw(amount: number | null, language: Language): string {
  if (amount === null) return '—';
  if (language === 'ko') {
    if (amount >= 1e8)
      return `${(amount / 1e8).toLocaleString('ko-KR', { maximumFractionDigits: 1 })}억원`;
    return `${amount.toLocaleString('ko-KR')}원`;
  }
  if (amount >= 1e9)
    return `KRW ${(amount / 1e9).toLocaleString('en-GB', { maximumFractionDigits: 1 })} bn`;
  if (amount >= 1e6)
    return `KRW ${(amount / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} m`;
  return `KRW ${amount.toLocaleString('en-GB')}`;
}

export function formatPercent(ratio: number | null, language: Language): string {
  if (ratio === null) return '—';
  return `${(ratio * 100).toLocaleString(language === 'ko' ? 'ko-KR' : 'en-GB', { maximumFractionDigits: 0 })}%`;
}

/** A count with the reader's thousands separators. */
export function formatCount(count: number, language: Language): string {
  return count.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-GB');
}
