import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_SETTING_FIELDS,
  FUNDING_LINE_FIELDS,
  MEASURE_FIELDS,
  NODE_FIELDS,
  parseFieldInput,
  type FieldDef,
} from '../../shared/model/fields';

const field = (kind: keyof typeof NODE_FIELDS, key: string): FieldDef =>
  (NODE_FIELDS[kind] as readonly FieldDef[]).find((f) => f.key === key)!;

describe('parseFieldInput', () => {
  it('takes an empty name in either language, since a name in the other one will do, and trims text', () => {
    expect(parseFieldInput(field('partnerCity', 'name'), '   ')).toEqual({ ok: true, value: '' });
    expect(parseFieldInput(field('goal', 'title'), '')).toEqual({ ok: true, value: '' });
    expect(parseFieldInput(field('partnerCity', 'name'), '  Hanoi ')).toEqual({
      ok: true,
      value: 'Hanoi',
    });
  });

  it('offers "Not set" for choices with no true default, and keeps the stage required', () => {
    for (const [kind, key] of [
      ['goal', 'level'],
      ['partnerCity', 'relation'],
      ['partnerCity', 'status'],
      ['network', 'role'],
      ['actor', 'actorType'],
      ['project', 'domain'],
      ['project', 'fundingSource'],
    ] as const)
      expect(parseFieldInput(field(kind, key), ''), `${kind}.${key}`).toEqual({
        ok: true,
        value: '',
      });
    expect(parseFieldInput(field('project', 'stage'), '')).toEqual({ ok: false, error: 'option' });
  });

  it('takes a country by code or by English or Korean name and stores its code', () => {
    const country = field('partnerCity', 'country');
    expect(parseFieldInput(country, 'Japan')).toEqual({ ok: true, value: 'JP' });
    expect(parseFieldInput(country, '일본')).toEqual({ ok: true, value: 'JP' });
    expect(parseFieldInput(country, 'jp')).toEqual({ ok: true, value: 'JP' });
    expect(parseFieldInput(country, '')).toEqual({ ok: true, value: '' });
    expect(parseFieldInput(country, 'Atlantis')).toEqual({ ok: false, error: 'country' });
    expect(parseFieldInput(field('project', 'country'), '베트남')).toEqual({
      ok: true,
      value: 'VN',
    });
  });

  it('takes years between 1800 and 2100 and an empty year as none', () => {
    const since = field('partnerCity', 'since');
    expect(parseFieldInput(since, '1968')).toEqual({ ok: true, value: 1968 });
    expect(parseFieldInput(since, '')).toEqual({ ok: true, value: null });
    expect(parseFieldInput(since, '19a8')).toEqual({ ok: false, error: 'year' });
    expect(parseFieldInput(since, '1799')).toEqual({ ok: false, error: 'year' });
    expect(parseFieldInput(since, '2020.5')).toEqual({ ok: false, error: 'year' });
  });

  it('takes a year written with 년, and a whole day as its year, as registers keep agreements', () => {
    const since = field('partnerCity', 'since');
    for (const [typed, year] of [
      ['2007년', 2007],
      ['2007 년', 2007],
      ['2007년도', 2007],
      ['２００７년', 2007],
      ['1996.5.27', 1996],
      ['1996. 5. 27.', 1996],
      ['2010-11-15', 2010],
      ['2010/11/15', 2010],
      ['2010년 11월 15일', 2010],
      // Month or day first, as an English or European sheet writes a day.
      ['5/27/1996', 1996],
      ['27.5.1996', 1996],
    ] as const)
      expect(parseFieldInput(since, typed), typed).toEqual({ ok: true, value: year });
    // Still a year of the field's range, and a day the calendar has.
    for (const typed of ['1799년', '2101-01-01', '1996.2.30', '2010-13-01', '13/13/1996'])
      expect(parseFieldInput(since, typed), typed).toEqual({ ok: false, error: 'year' });
  });

  it('reads amounts with thousands separators and refuses negative ones', () => {
    const budget = field('project', 'budgetKrw');
    expect(parseFieldInput(budget, '13,500,000,000')).toEqual({ ok: true, value: 13_500_000_000 });
    expect(parseFieldInput(budget, '135억')).toEqual({ ok: true, value: 13_500_000_000 });
    expect(parseFieldInput(budget, '13.5bn')).toEqual({ ok: true, value: 13_500_000_000 });
    expect(parseFieldInput(budget, '-5')).toEqual({ ok: false, error: 'money' });
    expect(parseFieldInput(budget, 'a lot')).toEqual({ ok: false, error: 'money' });
    expect(parseFieldInput(budget, '')).toEqual({ ok: true, value: null });
  });

  it('takes amounts in won only whole, and measures with their fractions', () => {
    const budget = field('project', 'budgetKrw');
    expect(parseFieldInput(budget, '0.5')).toEqual({ ok: false, error: 'wholeWon' });
    expect(parseFieldInput(budget, '1,200.50')).toEqual({ ok: false, error: 'wholeWon' });
    expect(parseFieldInput(budget, '1.25억')).toEqual({ ok: true, value: 125_000_000 });
    expect(parseFieldInput(budget, '1.2bn')).toEqual({ ok: true, value: 1_200_000_000 });
    // A scale does not round a fraction of a won away.
    expect(parseFieldInput(budget, '1.2345k')).toEqual({ ok: false, error: 'wholeWon' });
    expect(parseFieldInput(budget, '1.0000005m')).toEqual({ ok: false, error: 'wholeWon' });
    const fee = field('network', 'membershipFeeKrw');
    expect(parseFieldInput(fee, '12.5')).toEqual({ ok: false, error: 'wholeWon' });
    const amount = FUNDING_LINE_FIELDS.find((f) => f.key === 'amountKrw')!;
    expect(parseFieldInput(amount, '3.3')).toEqual({ ok: false, error: 'wholeWon' });
    const target = MEASURE_FIELDS.find((f) => f.key === 'targetValue')!;
    expect(parseFieldInput(target, '12.5')).toEqual({ ok: true, value: 12.5 });
  });

  it("takes a setting's count only whole and in its range, and never empty", () => {
    const years = ACTIVITY_SETTING_FIELDS.recentYears;
    expect(parseFieldInput(years, ' 5 ')).toEqual({ ok: true, value: 5 });
    expect(parseFieldInput(years, '50')).toEqual({ ok: true, value: 50 });
    for (const typed of ['0', '51', '2.5', '', 'five'])
      expect(parseFieldInput(years, typed)).toEqual({ ok: false, error: 'count' });
  });

  it('reads full-width digits, as a Korean input method may type them, as digits', () => {
    expect(parseFieldInput(field('partnerCity', 'since'), '１９９０')).toEqual({
      ok: true,
      value: 1990,
    });
    expect(parseFieldInput(field('partnerCity', 'lastContact'), '２０１８．７．１')).toEqual({
      ok: true,
      value: '2018-07-01',
    });
    expect(parseFieldInput(field('project', 'budgetKrw'), '１２억 ５천만')).toEqual({
      ok: true,
      value: 1_250_000_000,
    });
    // Names keep the characters they were typed in.
    expect(parseFieldInput(field('partnerCity', 'name'), 'Ｓｅｏｕｌ')).toEqual({
      ok: true,
      value: 'Ｓｅｏｕｌ',
    });
  });

  it('accepts only real calendar dates', () => {
    const lastContact = field('partnerCity', 'lastContact');
    expect(parseFieldInput(lastContact, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseFieldInput(lastContact, '2023-02-29')).toEqual({ ok: false, error: 'noSuchDate' });
    expect(parseFieldInput(lastContact, 'yesterday')).toEqual({ ok: false, error: 'date' });
  });

  it('accepts only listed options', () => {
    expect(parseFieldInput(field('project', 'stage'), 'award')).toEqual({
      ok: true,
      value: 'award',
    });
    expect(parseFieldInput(field('project', 'stage'), 'built')).toEqual({
      ok: false,
      error: 'option',
    });
  });

  it('refuses a huge paste instead of cutting it', () => {
    expect(parseFieldInput(field('actor', 'notes'), 'x'.repeat(5001))).toEqual({
      ok: false,
      error: 'tooLong',
    });
  });
});
