import type { Page } from '@playwright/test';
import { expect, newStrategy } from '../e2e/fixtures';
import { atMost } from './figures';
import { p95 } from './inPage';

const TYPED = ['Busan', 'Sao Paulo', 'New York', 'Ulaanbaatar', '부산', '도쿄', 'Springfield'];

/**
 * Milliseconds from each keystroke in a partner city's name until the frame that draws the
 * suggestions for what it now says, letter saved and all, measured in the page (no round trip
 * to the test). Suggestions listed with the letter itself still wait for that frame.
 */
function typeAndTime(page: Page, words: string[]): Promise<number[]> {
  return page.evaluate(async (words) => {
    // The next frame's rendering, then a task after it: the list is on screen by then.
    const drawn = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
    const input = document.querySelector<HTMLInputElement>('input[data-field="name"]')!;
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (const word of words)
      for (let i = 1; i <= word.length; i++) {
        const text = word.slice(0, i);
        const start = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () =>
            list.dataset.resultsFor === text ? resolve() : requestAnimationFrame(check);
          check();
        });
        await drawn();
        times.push(performance.now() - start);
      }
    return times;
  }, words);
}

/**
 * Milliseconds from the click that adds a partner city, which puts the cursor in its name, to
 * the frame that draws the suggestions for a letter typed at once: the list is read and
 * searched from nothing.
 */
function firstUse(page: Page): Promise<number> {
  return page
    .getByRole('button', { name: 'Add partner city' })
    .evaluate(async (button: HTMLElement) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const start = performance.now();
      button.click();
      let input: HTMLInputElement | null = null;
      while (!input) {
        await frame();
        const focused = document.activeElement;
        if (focused instanceof HTMLInputElement && focused.dataset.field === 'name')
          input = focused;
      }
      setValue.call(input, 'S');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const list = document.getElementById(input.getAttribute('aria-controls')!)!;
      while (list.dataset.resultsFor !== 'S') await frame();
      // As for each letter: until the frame that draws them has been drawn.
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        requestAnimationFrame(() => channel.port2.postMessage(null));
      });
      return performance.now() - start;
    });
}

/** The world's cities: how soon they are ready once first asked for, and searched as typed. */
export async function benchGazetteer(page: Page) {
  await newStrategy(page, 'Gazetteer');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const name = inspector.getByRole('combobox', { name: 'Name', exact: true });
  const ready = await firstUse(page);
  atMost('city list: first suggestions after first use (load and index)', ready, 'ms', 1000);
  await expect(inspector.getByRole('listbox', { name: 'City suggestions' })).toBeVisible();
  const times = await typeAndTime(page, TYPED);
  atMost('city list: suggestions as a name is typed, p95 per keystroke', p95(times), 'ms', 50);
  await name.fill('');
}
