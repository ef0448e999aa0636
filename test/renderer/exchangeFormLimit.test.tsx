import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGES } from '../../shared/format/activitySchema';
import { ExchangeLogSection } from '../../renderer/components/activity/ExchangeLogSection';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { toStrategyNode } from '../../renderer/store/flow';
import { StoreContext } from '../../renderer/store/StoreContext';
import { openWithFourCards } from './atFileLimit';

describe('an exchange typed into a full log', () => {
  it('is refused with the limit, and its form stays open with what was typed', async () => {
    const test = await openWithFourCards(MAX_EXCHANGES);
    const hanoi = toStrategyNode(test.state().nodes.find((n) => n.id === 'hanoi')!);
    const notices = render(
      <StoreContext.Provider value={test.store}>
        <NoticeBar />
      </StoreContext.Provider>,
    ).container;
    render(
      <StoreContext.Provider value={test.store}>
        <ExchangeLogSection partner={hanoi} />
      </StoreContext.Provider>,
    );
    // Queried within the form: role and label queries over a log of two thousand exchanges,
    // each with its buttons, would take minutes.
    fireEvent.click(screen.getByText('Add exchange', { selector: 'button' }));
    const form = () => within(document.querySelector<HTMLElement>('fieldset.exchange-form')!);
    const date = form().getByRole('textbox', { name: 'Date' });
    fireEvent.change(date, { target: { value: '2024-05-02' } });
    fireEvent.blur(date);
    fireEvent.click(form().getByRole('button', { name: 'Save exchange' }));
    expect(within(notices).getByRole('alert')).toHaveTextContent(
      'Nothing was added: a partner’s exchange log holds at most 2,000 exchanges, and this would make one longer.',
    );
    expect(form().getByRole('textbox', { name: 'Date' })).toHaveValue('2024-05-02');
    expect(test.log()).toHaveLength(MAX_EXCHANGES);
  });
});
