import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeasuresSection } from '../../renderer/components/activity/MeasuresSection';
import { toStrategyNode } from '../../renderer/store/flow';
import { StoreContext, useApp } from '../../renderer/store/StoreContext';
import type { Measure } from '../../shared/activity/types';
import { makeTestStore } from './testStore';

/** The goal the sample measures its export projects by: "Export projects recorded", in projects. */
const GOAL = 'goal-task-3';

function GoalMeasures() {
  const goal = useApp((s) => s.nodes.find((n) => n.id === GOAL)!);
  return <MeasuresSection goal={toStrategyNode(goal)} />;
}

async function openMeasures(language: 'en' | 'ko' = 'en') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  render(
    <StoreContext.Provider value={test.store}>
      <GoalMeasures />
    </StoreContext.Provider>,
  );
  const measuresOf = () => {
    const goal = test.state().nodes.find((n) => n.id === GOAL)!;
    return (goal.data as { measures: Measure[] }).measures;
  };
  return { ...test, measuresOf, user: userEvent.setup() };
}

describe('a measure’s values typed wrong', () => {
  it('are refused with a message that names the measure’s unit, not won', async () => {
    const { user, measuresOf } = await openMeasures();
    const before = measuresOf();
    const measure = screen.getByRole('group', { name: /^Export projects recorded/ });
    const target = within(measure).getByRole('textbox', { name: 'Target value' });
    // Typed over what is there: an empty field is a value (none), a word is not.
    await user.type(target, 'eighty', {
      initialSelectionStart: 0,
      initialSelectionEnd: (target as HTMLInputElement).value.length,
    });
    const message = 'Enter a number of 0 or more in projects, such as 59, 1,200 or 2.5.';
    expect(target).toBeInvalid();
    expect(target).toHaveAccessibleDescription(message);
    expect(measuresOf()).toBe(before);

    const value = within(measure).getByRole('textbox', { name: 'Value' });
    await user.type(value, 'many');
    expect(value).toBeInvalid();
    expect(value).toHaveAccessibleDescription(message);
    expect(within(measure).getByRole('button', { name: 'Add actual' })).toBeDisabled();
    const year = within(measure).getByRole('textbox', { name: 'Year' });
    await user.type(year, '20x8');
    expect(year).toHaveAccessibleDescription('Enter a year between 1800 and 2100.');
    expect(measuresOf()).toBe(before);
  });

  it('refuse a baseline year after the target year, which would read the measure as on track', async () => {
    const { user, measuresOf } = await openMeasures();
    const before = measuresOf();
    const measure = screen.getByRole('group', { name: /^Export projects recorded/ });
    const baseline = within(measure).getByRole('textbox', { name: 'Baseline year' });
    const target = (
      within(measure).getByRole('textbox', { name: 'Target year' }) as HTMLInputElement
    ).value;
    await user.type(baseline, String(Number(target) + 10), {
      initialSelectionStart: 0,
      initialSelectionEnd: (baseline as HTMLInputElement).value.length,
    });
    await user.tab();
    expect(baseline).toBeInvalid();
    expect(baseline).toHaveAccessibleDescription('The target year comes before the baseline year.');
    expect(measuresOf()).toBe(before);
    expect(within(measure).getByText('At risk')).toBeInTheDocument();
  });

  it('say “amount in KRW” for a measure counted in won, and a large count is not read as money', async () => {
    const { user, measuresOf } = await openMeasures();
    const measure = screen.getByRole('group', { name: /^Export projects recorded/ });
    const target = within(measure).getByRole('textbox', { name: 'Target value' });
    await user.clear(target);
    await user.type(target, '120000');
    expect(measuresOf()[0]!.targetValue).toBe(120000);
    // 12만 projects are not read out as 12만원.
    expect(target).toHaveAccessibleDescription('');

    const unit = within(measure).getByRole('textbox', { name: 'Unit' });
    await user.clear(unit);
    await user.type(unit, 'KRW');
    await user.clear(target);
    await user.type(target, 'a lot');
    expect(target).toHaveAccessibleDescription(
      'Enter an amount in KRW, such as 1,200,000,000, 12억 5천만 or 1.2bn.',
    );
  });

  it('are explained in Korean with the unit, or as a plain number when it has none', async () => {
    const { user } = await openMeasures('ko');
    const measure = screen.getByRole('group', { name: /^정책수출 사업 누계/ });
    const target = within(measure).getByRole('textbox', { name: '목표값' });
    await user.clear(target);
    await user.type(target, '많이');
    expect(target).toHaveAccessibleDescription(
      '0 이상의 수(건 단위)를 59, 1,200, 2.5처럼 입력하세요.',
    );
    const unit = within(measure).getByRole('textbox', { name: '단위' });
    await user.clear(unit);
    await user.clear(target);
    await user.type(target, '많이');
    expect(target).toHaveAccessibleDescription('0 이상의 수를 59, 1,200, 2.5처럼 입력하세요.');
  });
});

describe('a measure’s name fields', () => {
  it('put the Korean name first on a Korean screen, as every inspector form does', async () => {
    await openMeasures('ko');
    const measure = screen.getByRole('group', { name: /^정책수출 사업 누계/ });
    const fields = within(measure).getAllByRole('textbox');
    expect(fields[0]).toHaveAccessibleName('한국어 이름');
    expect(fields[1]).toHaveAccessibleName('영문 이름');
  });

  it('put the English name first on an English screen', async () => {
    await openMeasures('en');
    const measure = screen.getByRole('group', { name: /^Export projects recorded/ });
    const fields = within(measure).getAllByRole('textbox');
    expect(fields[0]).toHaveAccessibleName('Name');
    expect(fields[1]).toHaveAccessibleName('Korean name');
  });
});
