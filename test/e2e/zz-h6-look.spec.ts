import { expect, openLibrary, test } from './fixtures';

for (const [w, h, lang] of [[1280, 800, 'en'], [1366, 768, 'ko']] as const) {
  test(`look ${w} ${lang}`, async ({ workbench: { page } }) => {
    await page.setViewportSize({ width: w, height: h });
    await openLibrary(page, `?lang=${lang}`);
    await page.locator('li[aria-label] button').first().click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.waitForTimeout(800);
    await page.locator('.react-flow__node').first().click();
    await page.keyboard.press('f');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/h6/shots/focus-${w}-${lang}.png` });
    await page.getByRole('button', { name: lang === 'en' ? 'Filters' : '필터' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/h6/shots/filters-${w}-${lang}.png` });
  });
}
