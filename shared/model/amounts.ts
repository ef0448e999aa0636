/**
 * Amounts as officers write them: with separators ("1,200,000,000"), in Korean units
 * ("12억 5천만", "3조"), with English scales ("1.2bn", "300 M", "5 million") and with or without a
 * currency ("₩1,200", "KRW 5m", "5억원"). All are read as KRW.
 */

/** A currency mark before or after the number; the amount is in KRW either way. */
const CURRENCY = /^(?:₩|￦|krw|won)\s*|\s*(?:₩|￦|krw|won|원)$/i;

/** A number as typed: digits, with commas only between groups of three, and a decimal part. */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

const ENGLISH_SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

const ENGLISH = /^([\d.,]+)\s*([a-z]+)?$/;

/** Units inside a group of four digits, and the units that group them, as Korean counts. */
const SMALL_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const LARGE_UNITS: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };

const KOREAN_TOKEN = /\d[\d,]*(?:\.\d+)?|\.\d+|[십백천만억조]/gy;

function numberOf(text: string): number | null {
  return NUMBER.test(text) ? Number(text.replace(/,/g, '')) : null;
}

/**
 * A scaled amount as typed, rid of the float arithmetic's noise: 1.2bn is 1,200,000,000, and
 * 1.2345k stays 1,234.5, for a field in won to refuse.
 */
function scaled(value: number, scale: number): number {
  if (scale === 1) return value;
  const exact = value * scale;
  const whole = Math.round(exact);
  // More than float noise off a whole number: a fraction of a won typed (1.2345k), kept as such.
  return Math.abs(exact - whole) > Math.abs(exact) * Number.EPSILON * 8 ? exact : whole;
}

function parseEnglish(text: string): number | null {
  const match = ENGLISH.exec(text.toLowerCase());
  if (!match) return null;
  const value = numberOf(match[1]!);
  const scale = match[2] === undefined ? 1 : ENGLISH_SCALES[match[2]];
  return value === null || scale === undefined ? null : scaled(value, scale);
}

/**
 * Korean counting: 조, 억 and 만 close groups, largest first, and 천, 백 and 십 count within a
 * group, largest first. A unit with no number before it counts one (천만 = 10,000,000).
 */
function parseKorean(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  const tokens: string[] = [];
  KOREAN_TOKEN.lastIndex = 0;
  while (KOREAN_TOKEN.lastIndex < compact.length) {
    const start = KOREAN_TOKEN.lastIndex;
    const match = KOREAN_TOKEN.exec(compact);
    if (!match || match.index !== start) return null;
    tokens.push(match[0]);
  }
  let total = 0;
  let group = 0;
  let pending: number | null = null;
  let lastLarge = Infinity;
  let lastSmall = Infinity;
  let hadUnit = false;
  for (const token of tokens) {
    const small = SMALL_UNITS[token];
    const large = LARGE_UNITS[token];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      group += scaled(pending ?? 1, small);
      lastSmall = small;
      pending = null;
      hadUnit = true;
    } else if (large !== undefined) {
      if (large >= lastLarge) return null;
      const count = group + (pending ?? 0);
      total += scaled(count === 0 && pending === null ? 1 : count, large);
      lastLarge = large;
      lastSmall = Infinity;
      group = 0;
      pending = null;
      hadUnit = true;
    } else {
      if (pending !== null) return null;
      pending = numberOf(token);
      if (pending === null) return null;
    }
  }
  if (!hadUnit) return null;
  return total + group + (pending ?? 0);
}

/**
 * The amount a text stands for, or null when it is not an amount. Blank text is not an amount
 * either: whether a field may be left empty is the field's to say.
 */
export function parseAmount(text: string): number | null {
  let rest = text.normalize('NFKC').trim();
  // The mark may come before and after ("KRW 5억원"); each side is taken once.
  for (let i = 0; i < 2; i++) rest = rest.replace(CURRENCY, '').trim();
  if (rest === '') return null;
  if (/[십백천만억조]/.test(rest)) return parseKorean(rest);
  return parseEnglish(rest);
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** An amount with its thousands separated, as it is typed back: 1200000000 → "1,200,000,000". */
export function formatAmount(amount: number): string {
  return GROUPED.format(amount);
}
