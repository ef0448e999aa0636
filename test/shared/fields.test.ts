import { describe, expect, it } from 'vitest';
import { NODE_FIELDS, parseFieldInput, type FieldDef } from '../../shared/model/fields';

const field = (kind: keyof typeof NODE_FIELDS, key: string): FieldDef =>
  (NODE_FIELDS[kind] as readonly FieldDef[]).find((f) => f.key === key)!;

describe('parseFieldInput', () => {
  it('refuses an empty required name and trims text', () => {
    expect(parseFieldInput(field('partnerCity', 'name'), '   ')).toEqual({
      ok: false,
      error: 'required',
    });
    expect(parseFieldInput(field('partnerCity', 'name'), '  Hanoi ')).toEqual({
      ok: true,
      value: 'Hanoi',
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

  it('reads amounts with thousands separators and refuses negative ones', () => {
    const budget = field('project', 'budgetKrw');
    expect(parseFieldInput(budget, '13,500,000,000')).toEqual({ ok: true, value: 13_500_000_000 });
    expect(parseFieldInput(budget, '-5')).toEqual({ ok: false, error: 'money' });
  });

  it('accepts only real calendar dates', () => {
    const lastContact = field('partnerCity', 'lastContact');
    expect(parseFieldInput(lastContact, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseFieldInput(lastContact, '2023-02-29')).toEqual({ ok: false, error: 'date' });
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
