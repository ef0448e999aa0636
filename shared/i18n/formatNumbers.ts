import type { Language } from '../model/graph';
import { LOCALES } from './locales';
import type { Translate } from './translate';

/**
 * One formatter per locale and number of decimals, made once: `toLocaleString` with a locale
 * builds a new one on every call, a cost that lists and the inspector pay on every render.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, language: Language, decimals?: number): string {
  const key = `${language}:${decimals ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options = decimals === undefined ? {} : { maximumFractionDigits: decimals };
    formatter = new Intl.NumberFormat(LOCALES[language], options);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Amounts in KRW the way each audience reads them: Korean officers in 억원 (100 million),
 * English readers in millions or billions of KRW.
 */
export function formatKrw(amount: number | null, language: Language): string {
  if (amount === null) return '—';
  if (language === 'ko') {
    if (amount >= 1e8) return `${formatNumber(amount / 1e8, 'ko', 1)}억원`;
    return `${formatNumber(amount, 'ko')}원`;
  }
  if (amount >= 1e9) return `KRW ${formatNumber(amount / 1e9, 'en', 1)} bn`;
  if (amount >= 1e6) return `KRW ${formatNumber(amount / 1e6, 'en', 1)} m`;
  return `KRW ${formatNumber(amount, 'en')}`;
}

export function formatPercent(ratio: number | null, language: Language): string {
  if (ratio === null) return '—';
  return `${formatNumber(ratio * 100, language, 0)}%`;
}

const compactFormatters = new Map<Language, Intl.NumberFormat>();

/**
 * A value in four characters or so, for a chart's axis: 250K and 1.2M in English, 25만 and 1.2억
 * in Korean, as each reader says large numbers.
 */
export function formatCompact(value: number, language: Language): string {
  let formatter = compactFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      notation: 'compact',
      maximumSignificantDigits: 2,
    });
    compactFormatters.set(language, formatter);
  }
  return formatter.format(value);
}

/** A count or a measured value with the reader's thousands separators. */
export function formatCount(count: number, language: Language): string {
  return formatNumber(count, language);
}

const relativeFormatters = new Map<Language, Intl.RelativeTimeFormat>();

const DAYS_A_YEAR = 365.2425;
const DAYS_A_MONTH = DAYS_A_YEAR / 12;

/**
 * A span of `days` in the unit a reader thinks in: days up to two months, months up to two
 * years, whole years beyond ("50 years", not "18,445 days").
 */
export function spanOf(days: number): { unit: 'day' | 'month' | 'year'; count: number } {
  if (days < 60) return { unit: 'day', count: days };
  // Rounded, but never up to 24: the step after "23 months" is "2 years".
  if (days < 2 * DAYS_A_YEAR)
    return { unit: 'month', count: Math.min(23, Math.round(days / DAYS_A_MONTH)) };
  return { unit: 'year', count: Math.floor(days / DAYS_A_YEAR) };
}

const IN_STAGE = { day: 'daysInStage', month: 'monthsInStage', year: 'yearsInStage' } as const;

/** A project's time in its stage in the unit of spanOf: "7 years in stage", not "2,556 days". */
export function formatTimeInStage(days: number, t: Translate): string {
  // "0 days in stage", "현 단계 0일째": a project moved today is said to be so.
  if (days === 0) return t('enteredStageToday');
  const { unit, count } = spanOf(days);
  return t(IN_STAGE[unit], { count });
}

/** How long ago something happened, `days` before today, in the unit of spanOf. */
export function formatTimeAgo(days: number, language: Language): string {
  let formatter = relativeFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
    relativeFormatters.set(language, formatter);
  }
  const { unit, count } = spanOf(days);
  return formatter.format(-count, unit);
}
