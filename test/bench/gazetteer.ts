import type { Page } from '@playwright/test';
import { expect, newStrategy } from '../e2e/fixtures';
import { atMost } from './figures';
import { p95 } from './inPage';

const TYPED = ['Busan', 'Sao Paulo', 'New York', 'Ulaanbaatar', '부산', '도쿄', 'Springfield'];

/**
 * Milliseconds from each keystroke in a partner city's name until the suggestions listed are
 * the ones for what it now says, measured in the page (no round trip to the test).
 */
function typeAndTime(page: Page, words: string[]): Promise<number[]> {
  return page.evaluate(async (words) => {
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
        times.push(performance.now() - start);
      }
    return times;
  }, words);
}

/** The world's cities: how soon they are ready once first asked for, and searched as typed. */
export async function benchGazetteer(page: Page) {
  await newStrategy(page, 'Gazetteer');
  await page.getByRole('button', { name: 'Add partner city' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const name = inspector.getByRole('combobox', { name: 'Name', exact: true });
  const [ready] = await typeAndTime(page, ['S']);
  atMost('city list: first suggestions after first use (load and index)', ready!, 'ms', 1000);
  await expect(inspector.getByRole('listbox', { name: 'City suggestions' })).toBeVisible();
  const times = await typeAndTime(page, TYPED);
  atMost('city list: suggestions as a name is typed, p95 per keystroke', p95(times), 'ms', 50);
  await name.fill('');
}
