import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { makeTestStore, renderApp } from './testStore';

const MILAN = 'city-FC-04';
const BANGKOK = 'city-SC-24';

async function inspecting(partnerId: string, language: 'en' | 'ko') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  renderApp(test.store, <Inspector />);
  test.state().selectOnly(partnerId);
  const exchanges = await screen.findByRole('region', {
    name: language === 'ko' ? '교류 기록' : 'Exchanges',
  });
  const log = () =>
    (test.state().nodes.find((n) => n.id === partnerId)!.data as { exchanges: unknown[] })
      .exchanges;
  return { ...test, exchanges: within(exchanges), log, user: userEvent.setup() };
}

/** The elements asked to come into view, in order. */
function scrolledIntoView() {
  const scrolled: Element[] = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
    scrolled.push(this);
  });
  return scrolled;
}

afterEach(() => vi.restoreAllMocks());

describe('logging an exchange with a partner', () => {
  it('brings the form into view at its date, says the date is missing, and shows the exchange saved', async () => {
    const { exchanges, log, user } = await inspecting(MILAN, 'ko');
    const scrolled = scrolledIntoView();
    await user.click(exchanges.getByRole('button', { name: '교류 추가' }));

    const form = exchanges.getByRole('group', { name: '교류 추가' });
    const date = within(form).getByRole('textbox', { name: '날짜' });
    expect(scrolled).toContain(form);
    expect(date).toHaveFocus();
    expect(date).toBeRequired();

    await user.type(within(form).getByRole('textbox', { name: '주제' }), '패션위크 후속 협의');
    await user.click(within(form).getByRole('button', { name: '교류 저장' }));
    expect(date).toBeInvalid();
    expect(date).toHaveAccessibleDescription('필수 항목입니다.');
    expect(date).toHaveFocus();
    expect(log()).toHaveLength(1);

    await user.type(date, '2019. 3. 4.');
    expect(date).not.toHaveAccessibleDescription();
    await user.click(within(form).getByRole('button', { name: '교류 저장' }));

    expect(log()).toHaveLength(2);
    expect(exchanges.queryByRole('group', { name: '교류 추가' })).toBeNull();
    const saved = exchanges.getByText('2019-03-04 · 해외 방문').closest('li')!;
    expect(saved).toHaveTextContent('패션위크 후속 협의');
    expect(saved).toHaveFocus();
    expect(scrolled.at(-1)).toBe(saved);
  });

  it('gives the keyboard back to "Add exchange" when the form is left unsaved', async () => {
    const { exchanges, user } = await inspecting(MILAN, 'en');
    await user.click(exchanges.getByRole('button', { name: 'Add exchange' }));
    const form = exchanges.getByRole('group', { name: 'Add exchange' });
    await user.click(within(form).getByRole('button', { name: 'Save exchange' }));
    expect(within(form).getByRole('textbox', { name: 'Date' })).toHaveAccessibleDescription(
      'This field is required.',
    );

    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(exchanges.getByRole('button', { name: 'Add exchange' })).toHaveFocus();
  });

  it('offers the partner’s projects first, and names apart projects of one name', async () => {
    const { exchanges, user } = await inspecting(BANGKOK, 'ko');
    await user.click(exchanges.getByRole('button', { name: '교류 추가' }));
    const project = exchanges.getByRole('combobox', { name: '사업' });

    const own = within(project).getByRole('group', { name: '방콕 관련 사업' });
    expect(
      within(own)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['교통카드시스템 구축 컨설팅', 'BMTA 산하 공영버스 산하 e-ticket 구축']);
    const others = within(project).getByRole('group', { name: '그 밖의 사업' });
    const names = within(others)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toHaveLength(57);
    expect(new Set(names).size).toBe(57);
    expect(names).toContain('청렴행정건설시스템 구축 사전컨설팅 (캄팔라, 우간다)');
    expect(names).toContain('자동요금징수시스템 구축 (아비장, 코트디부아르)');
  });

  it('names the project an exchange led to in the log as the form did', async () => {
    const { exchanges, user } = await inspecting(MILAN, 'ko');
    await user.click(exchanges.getByRole('button', { name: '교류 추가' }));
    const form = exchanges.getByRole('group', { name: '교류 추가' });
    await user.type(within(form).getByRole('textbox', { name: '날짜' }), '2019-05-02');
    const label = '청렴행정건설시스템 구축 사전컨설팅 (캄팔라, 우간다)';
    await user.selectOptions(within(form).getByRole('combobox', { name: '사업' }), label);
    await user.click(within(form).getByRole('button', { name: '교류 저장' }));
    const saved = exchanges.getByText('2019-05-02 · 해외 방문').closest('li')!;
    expect(saved).toHaveTextContent(`후속 사업: ${label}`);
  });

  it('names the groups in English', async () => {
    const { exchanges, user } = await inspecting(BANGKOK, 'en');
    await user.click(exchanges.getByRole('button', { name: 'Add exchange' }));
    const project = exchanges.getByRole('combobox', { name: 'Project' });
    expect(within(project).getByRole('group', { name: 'Projects of Bangkok' })).toBeVisible();
    expect(within(project).getByRole('group', { name: 'Other projects' })).toBeVisible();
  });
});
