import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../../shared/model/amounts';

describe('amounts as officers type them', () => {
  it('reads numbers with or without thousands separators', () => {
    expect(parseAmount('1,200,000,000')).toBe(1_200_000_000);
    expect(parseAmount('1200000000')).toBe(1_200_000_000);
    expect(parseAmount(' 0 ')).toBe(0);
    expect(parseAmount('1,200.5')).toBe(1200.5);
    expect(parseAmount('.5')).toBe(0.5);
  });

  it('reads Korean units: 만, 억 and 조, counted with 십, 백 and 천', () => {
    expect(parseAmount('12억')).toBe(1_200_000_000);
    expect(parseAmount('12억 5천만')).toBe(1_250_000_000);
    expect(parseAmount('12억5천만원')).toBe(1_250_000_000);
    expect(parseAmount('3조')).toBe(3_000_000_000_000);
    expect(parseAmount('3조 2,000억')).toBe(3_200_000_000_000);
    expect(parseAmount('5만')).toBe(50_000);
    expect(parseAmount('천만원')).toBe(10_000_000);
    expect(parseAmount('1.5억')).toBe(150_000_000);
    expect(parseAmount('2억 3백만')).toBe(203_000_000);
    expect(parseAmount('7,829억')).toBe(782_900_000_000);
    expect(parseAmount('5억 원')).toBe(500_000_000);
    expect(parseAmount('억')).toBe(100_000_000);
  });

  it('reads English scales, spelled out or short, in any case', () => {
    expect(parseAmount('1.2bn')).toBe(1_200_000_000);
    expect(parseAmount('1.2 billion')).toBe(1_200_000_000);
    expect(parseAmount('300 M')).toBe(300_000_000);
    expect(parseAmount('5 million')).toBe(5_000_000);
    expect(parseAmount('2.5k')).toBe(2_500);
    expect(parseAmount('1.1 tn')).toBe(1_100_000_000_000);
    expect(parseAmount('0.1bn')).toBe(100_000_000);
  });

  it('takes a currency mark before or after, in either language', () => {
    expect(parseAmount('₩1,200')).toBe(1200);
    expect(parseAmount('￦1,200')).toBe(1200);
    expect(parseAmount('KRW 5m')).toBe(5_000_000);
    expect(parseAmount('krw5m')).toBe(5_000_000);
    expect(parseAmount('5,000 KRW')).toBe(5000);
    expect(parseAmount('1,200원')).toBe(1200);
    expect(parseAmount('KRW 12억원')).toBe(1_200_000_000);
    expect(parseAmount('１２억')).toBe(1_200_000_000);
  });

  it('refuses what is not an amount', () => {
    for (const text of [
      '',
      '  ',
      'abc',
      '1,2',
      '12,34,567',
      '1.2.3',
      '-5',
      '5 apples',
      '1e9',
      '$5m',
      '억억',
      '5만 3억',
      '3백 5천',
      '12 34',
      'KRW',
      '원',
    ])
      expect(parseAmount(text), text).toBeNull();
  });

  it('writes amounts back with thousands separators, as they may be typed again', () => {
    expect(formatAmount(1_200_000_000)).toBe('1,200,000,000');
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(1200.5)).toBe('1,200.5');
    expect(parseAmount(formatAmount(13_500_000_000))).toBe(13_500_000_000);
  });
});
