import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTimer } from '../../shared/workshop/timer';
import { Inspector } from '../../renderer/components/inspector/Inspector';
import { makeTestStore, renderApp } from './testStore';

/** The sample open on the canvas, the whole app drawn. */
async function openSample() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  renderApp(test.store);
  return { test, user: userEvent.setup() };
}

/** The inspector alone, on one of the sample's nodes. */
async function inspecting(nodeId: string) {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  renderApp(test.store, <Inspector />);
  act(() => test.state().selectOnly(nodeId));
  return { test, user: userEvent.setup() };
}

describe('the keyboard after deleting a saved view', () => {
  it('goes to the view after it, or before it, and to “Save view” once none is left', async () => {
    const { user } = await openSample();
    await user.click(screen.getByRole('button', { name: 'Views' }));
    const panel = screen.getByRole('region', { name: 'Views' });
    const list = within(panel).getByRole('list', { name: 'Views' });
    const row = (name: string) => within(list).getByRole('listitem', { name });
    const nameButton = (name: string) => within(row(name)).getByRole('button', { name });
    const deleteOf = (name: string) => within(row(name)).getByRole('button', { name: 'Delete' });

    await user.click(deleteOf('Partner cities by region'));
    expect(nameButton('Export pipeline by stage')).toHaveFocus();

    await user.click(deleteOf('Ulaanbaatar'));
    expect(nameButton('Export pipeline by stage')).toHaveFocus();

    await user.click(deleteOf('Export pipeline by stage'));
    expect(nameButton('Goal tree')).toHaveFocus();
    await user.click(deleteOf('Goal tree'));
    expect(within(panel).queryByRole('list')).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Save view' })).toHaveFocus();
  });
});

describe('the keyboard after deleting a partner’s exchange', () => {
  it('goes to the exchange after it, and to “Add exchange” once none is left', async () => {
    // São Paulo's log holds two exchanges, the newest first.
    const { user } = await inspecting('city-SC-05');
    const log = await screen.findByRole('region', { name: 'Exchanges' });
    const item = (date: string) =>
      within(log)
        .getByText(new RegExp(`^${date}`))
        .closest('li')!;
    const older = item('1977-07-01');

    await user.click(within(log).getByRole('button', { name: 'Delete exchange 2017-07-01' }));
    expect(older).toHaveFocus();

    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Edit exchange 1977-07-01');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(within(log).queryByRole('listitem')).toBeNull();
    expect(within(log).getByRole('button', { name: 'Add exchange' })).toHaveFocus();
  });

  it('goes to the new exchange’s form, open in place of “Add exchange”, once none is left', async () => {
    const { user } = await inspecting('city-SC-05');
    const log = await screen.findByRole('region', { name: 'Exchanges' });
    await user.click(within(log).getByRole('button', { name: 'Add exchange' }));
    await user.click(within(log).getByRole('button', { name: 'Delete exchange 2017-07-01' }));
    await user.click(within(log).getByRole('button', { name: 'Delete exchange 1977-07-01' }));
    expect(within(log).queryByRole('listitem')).toBeNull();
    const form = log.querySelector('.exchange-form')!;
    expect(form).toContainElement(document.activeElement as HTMLElement);
  });
});

describe('the keyboard in a goal’s measures', () => {
  /** The goal the sample measures its export projects by, with actuals from 2014 to 2018. */
  const GOAL = 'goal-task-3';

  it('goes to the next actual’s ×, or the one before, and to the year once none is left', async () => {
    const { user } = await inspecting(GOAL);
    const measure = await screen.findByRole('group', { name: /^Export projects recorded/ });
    const remove = (year: number) =>
      within(measure).getByRole('button', { name: `Delete actual for ${year}` });

    await user.click(remove(2016));
    expect(remove(2017)).toHaveFocus();
    await user.click(remove(2018));
    expect(remove(2017)).toHaveFocus();

    // Left with 2014, 2015 and 2017: Enter on each × that takes the keyboard in turn.
    for (const year of [2017, 2015, 2014]) {
      expect(remove(year)).toHaveFocus();
      await user.keyboard('{Enter}');
    }
    expect(within(measure).queryByRole('button', { name: /^Delete actual/ })).toBeNull();
    expect(within(measure).getByRole('textbox', { name: 'Year' })).toHaveFocus();
  });

  it('goes to the next measure’s first field, and to “Add measure” once none is left', async () => {
    const { user } = await inspecting(GOAL);
    const measures = await screen.findByRole('region', { name: 'Measures' });
    const first = within(measures).getByRole('group', { name: /^Export projects recorded/ });
    const second = within(measures).getByRole('group', { name: /^Projects reaching award/ });

    await user.click(within(first).getByRole('button', { name: 'Delete measure' }));
    expect(first).not.toBeInTheDocument();
    expect(within(second).getByRole('textbox', { name: 'Name' })).toHaveFocus();

    await user.click(within(second).getByRole('button', { name: 'Delete measure' }));
    expect(within(measures).queryByRole('group')).toBeNull();
    expect(within(measures).getByRole('button', { name: 'Add measure' })).toHaveFocus();
  });
});

describe('the keyboard after stopping the timer over the canvas', () => {
  it('goes back to the toolbar’s timer button, the controls named for what they do', async () => {
    const { test, user } = await openSample();
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await user.click(screen.getByRole('button', { name: '3 minutes' }));
    const timer = screen.getByRole('region', { name: 'Timer' });
    for (const name of ['Add a minute', 'Stop'])
      expect(within(timer).getByRole('button', { name })).toBeInTheDocument();

    await user.click(within(timer).getByRole('button', { name: 'Stop' }));
    expect(test.state().timer).toBeNull();
    expect(screen.getByRole('button', { name: 'Start timer' })).toHaveFocus();
  });

  it('stays with the presentation when the timer is stopped while presenting', async () => {
    const { test, user } = await openSample();
    act(() => test.state().startTimer(3));
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const timer = screen.getByRole('region', { name: 'Timer' });
    await user.click(within(timer).getByRole('button', { name: 'Stop' }));
    expect(test.state().presentation).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Presentation' })).toHaveFocus();
  });
});

describe('the keyboard on “Pause” when time is up', () => {
  afterEach(() => vi.useRealTimers());

  it('goes to “Add a minute”, as “Pause” goes', async () => {
    const { test } = await openSample();
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    act(() => test.store.setState({ timer: startTimer(1, Date.now()) }));
    const timer = screen.getByRole('region', { name: 'Timer' });
    within(timer).getByRole('button', { name: 'Pause' }).focus();
    act(() => vi.advanceTimersByTime(61_000));
    expect(within(timer).getByText('Time is up')).toBeInTheDocument();
    expect(within(timer).queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(within(timer).getByRole('button', { name: 'Add a minute' })).toHaveFocus();
  });
});

describe('the keyboard in a presentation', () => {
  it('goes into it as it starts, and back to “Present” once it ends by Escape or its button', async () => {
    const { test, user } = await openSample();
    const present = screen.getByRole('button', { name: 'Present' });
    present.focus();
    await user.keyboard('{Enter}');
    expect(test.state().presentation).not.toBeNull();
    const presentation = screen.getByRole('region', { name: 'Presentation' });
    expect(presentation).toHaveFocus();
    // Tab goes on to the slide's controls.
    await user.tab();
    expect(within(presentation).getByRole('button', { name: 'Next slide' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(test.state().presentation).toBeNull();
    expect(present).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'End presentation' }));
    expect(test.state().presentation).toBeNull();
    expect(present).toHaveFocus();
  });

  describe('in full screen', () => {
    /**
     * Full screen as a browser may have it: entered at once, and left at a later task, leaving
     * it dropping the keyboard to the page.
     */
    let fullScreen: Element | null = null;
    beforeEach(() => {
      Object.defineProperty(document, 'fullscreenElement', {
        configurable: true,
        get: () => fullScreen,
      });
      document.documentElement.requestFullscreen = async () => {
        fullScreen = document.documentElement;
        document.dispatchEvent(new Event('fullscreenchange'));
      };
      document.exitFullscreen = () =>
        new Promise((resolve) =>
          setTimeout(() => {
            fullScreen = null;
            (document.activeElement as HTMLElement | null)?.blur();
            document.dispatchEvent(new Event('fullscreenchange'));
            resolve();
          }),
        );
    });
    afterEach(() => {
      fullScreen = null;
      Reflect.deleteProperty(document, 'fullscreenElement');
      Reflect.deleteProperty(document, 'exitFullscreen');
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    });

    it('goes back to “Present” once full screen is left, by Escape or by “End presentation”', async () => {
      const { test, user } = await openSample();
      const present = screen.getByRole('button', { name: 'Present' });
      present.focus();
      await user.keyboard('{Enter}');
      expect(document.fullscreenElement).not.toBeNull();
      expect(screen.getByRole('region', { name: 'Presentation' })).toHaveFocus();

      // In full screen Escape is the browser's: it leaves full screen, and that ends it.
      await act(() => document.exitFullscreen());
      expect(test.state().presentation).toBeNull();
      expect(present).toHaveFocus();

      await user.keyboard('{Enter}');
      expect(document.fullscreenElement).not.toBeNull();
      await user.click(screen.getByRole('button', { name: 'End presentation' }));
      await waitFor(() => expect(document.fullscreenElement).toBeNull());
      expect(test.state().presentation).toBeNull();
      expect(present).toHaveFocus();
    });
  });
});
