import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresenterNotes } from '../../renderer/components/workshop/PresenterNotes';
import { displayName } from '../../shared/model/nodes';
import { toStrategyNode } from '../../renderer/store/flow';
import { makeTestStore, renderApp } from './testStore';

/** The sample with one saved view, a focus one step round a partner city, presented split. */
async function presentFocusView(language: 'en' | 'ko') {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  test.state().setLanguage(language);
  const city = test.state().nodes.find((n) => n.type === 'partnerCity')!;
  test.state().selectOnly(city.id);
  test.state().setFocusDepth(1);
  test.state().focusOnSelection();
  expect(test.state().saveView('One step round a city')).toBe(true);
  const slide = test.state().openMeta!.views!.length - 1;
  renderApp(test.store, <PresenterNotes />);
  act(() => test.state().startPresentation(slide, 'presenter'));
  return displayName(toStrategyNode(city), language);
}

describe("the presenter's notes", () => {
  it('say what a focused slide shows, its steps in the plural form their number takes', async () => {
    const name = await presentFocusView('en');
    const notes = screen.getByRole('complementary', { name: 'Presenter notes' });
    expect(notes).toHaveTextContent(`Shows: focus on ${name}, 1 step`);
    expect(notes).not.toHaveTextContent('1 steps');
  });

  it('say it in Korean too', async () => {
    const name = await presentFocusView('ko');
    expect(screen.getByRole('complementary')).toHaveTextContent(`${name} 중심, 1단계`);
  });
});
