import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { downloads, expect, openSample, screenshot, test } from './fixtures';

async function openSampleMap(page: Page, language: 'en' | 'ko' = 'en') {
  await openSample(page, language);
  await page.getByRole('tab', { name: language === 'en' ? 'Map' : '지도' }).click();
  const map = page.getByRole('region', { name: language === 'en' ? 'World map' : '세계 지도' });
  const markers = map.getByRole('group', {
    name: language === 'en' ? 'Partner cities on the map' : '지도 위의 교류도시',
  });
  await expect(markers.getByRole('button').first()).toBeVisible();
  return { map, markers };
}

test('the sample’s partners on the world map: markers, home, projects and selection', async ({
  workbench: { page },
}) => {
  const { map, markers } = await openSampleMap(page);
  await expect(markers.getByRole('button')).toHaveCount(43);
  await expect(map.getByRole('img', { name: 'Home city: Seoul' })).toBeVisible();
  await expect(map.getByRole('status')).toHaveText('43 of 43 partner cities shown');
  // Projects located in Ulaanbaatar are counted on its marker.
  const ulaanbaatar = markers.getByRole('button', {
    name: /^Ulaanbaatar, Mongolia, sister city, \d+ projects?$/,
  });
  await expect(ulaanbaatar).toHaveCount(1);
  const count = Number(
    /(\d+) projects?$/.exec((await ulaanbaatar.getAttribute('aria-label'))!)![1],
  );
  expect(count).toBeGreaterThan(0);

  // Tab goes through the cities west to east, as the map is read, whatever their size.
  await expect(markers).toHaveAccessibleDescription(
    /Tab goes through the cities from west to east/,
  );
  const visited = await markers.getByRole('button').evaluateAll((all) =>
    all.map((marker) => ({
      name: marker.getAttribute('aria-label')!,
      // Where the marker is on the map itself, which pans to show the one focused.
      // (as drawn, not rounded to whole pixels as offsetWidth is: two cities may be that close)
      x:
        parseFloat((marker as HTMLElement).style.left) +
        parseFloat((marker as HTMLElement).style.width) / 2,
    })),
  );
  expect(new Set(visited.map((v) => v.name)).size).toBe(43);
  const xs = visited.map((v) => v.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  // No marker jumps the queue: Tab takes them in that order.
  await markers.focus();
  for (const { name } of visited.slice(0, 3)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', name);
  }

  // Tab into the map, through to Ulaanbaatar, and press Enter: the inspector shows it.
  await markers.focus();
  const steps = visited.findIndex((v) => v.name.startsWith('Ulaanbaatar')) + 1;
  for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
  await expect(ulaanbaatar).toBeFocused();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Ulaanbaatar');
  await expect(ulaanbaatar).toHaveAttribute('aria-pressed', 'true');

  // Keyboard zoom and pan move the map; Reset brings the whole world back.
  const pan = map.locator('.world-map-pan');
  const before = await pan.getAttribute('style');
  await markers.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await expect(pan).not.toHaveAttribute('style', before!);
  await map.getByRole('button', { name: 'Reset map view' }).click();
  await expect(pan).toHaveAttribute('style', before!);
  // The wheel zooms, and a drag then pans; neither selects what is under the pointer.
  const frame = (await markers.boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(pan).not.toHaveAttribute('style', before!);
  const zoomed = await pan.getAttribute('style');
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 + 120, frame.y + frame.height / 2 + 40, {
    steps: 6,
  });
  await page.mouse.up();
  await expect(pan).not.toHaveAttribute('style', zoomed!);
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Ulaanbaatar');
  await map.getByRole('button', { name: 'Reset map view' }).click();
  await expect(pan).toHaveAttribute('style', before!);

  // The canvas filters narrow the map: sister cities only.
  await map.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('region', { name: 'Filters' });
  // The map shows partner cities whatever kinds the canvas shows: it lists no kinds to tick.
  await expect(filters.getByRole('group', { name: 'Partner relation' })).toBeVisible();
  await expect(filters.getByRole('group', { name: 'Node kinds' })).toHaveCount(0);
  await expect(filters.getByRole('group', { name: 'Relationships' })).toHaveCount(0);
  await filters.getByRole('button', { name: 'Hide all: Partner relation' }).click();
  await filters
    .getByRole('group', { name: 'Partner relation' })
    .getByRole('checkbox', { name: 'Sister city' })
    .check();
  const shown = markers.getByRole('button');
  await expect(shown.first()).toBeVisible();
  const sisters = await shown.count();
  expect(sisters).toBeLessThan(43);
  for (const name of await shown.evaluateAll((all) =>
    all.map((m) => m.getAttribute('aria-label')!),
  ))
    expect(name).toContain(', sister city, ');
  await expect(map.getByRole('status')).toHaveText(`${sisters} of 43 partner cities shown`);

  // A city without coordinates leaves the map and is listed beside it.
  // (Hiding every relation for a moment cleared the selection, as on the canvas.)
  await ulaanbaatar.click();
  await inspector.getByRole('textbox', { name: 'Latitude' }).fill('');
  await inspector.getByRole('textbox', { name: 'Latitude' }).press('Tab');
  await expect(shown).toHaveCount(sisters - 1);
  await expect(
    map.getByRole('list', { name: 'Not on the map:' }).getByRole('button', { name: 'Ulaanbaatar' }),
  ).toBeVisible();

  await screenshot(page, 'world-map-en');
});

test('the map in Korean, its exports, and its chapter in the PDF in both languages', async ({
  workbench: { page },
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { map, markers } = await openSampleMap(page, 'ko');
  await expect(
    markers.getByRole('button', { name: /^울란바토르, 몽골, 자매도시, 사업 \d+건$/ }),
  ).toHaveCount(1);
  await expect(map.getByRole('img', { name: '기준 도시: 서울' })).toBeVisible();
  await screenshot(page, 'world-map-ko-1920');

  const [svgFile] = await downloads(page, '지도를 SVG로 내보내기', 1);
  const svg = (await readFile((await svgFile!.path())!)).toString('utf8');
  expect(svg.match(/<circle [^>]*fill-opacity/g)).toHaveLength(43);
  expect(svg).toContain('>서울</text>');
  const [pngFile] = await downloads(page, '지도를 PNG로 내보내기', 1);
  const png = await readFile((await pngFile!.path())!);
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);
  for (const language of ['en', 'ko'] as const) {
    // A fresh load: the print view reads its language once.
    await page.goto('about:blank');
    await page.goto(`/#/print/${encodeURIComponent(id)}?sections=worldMap&lang=${language}`);
    await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
    const file = testInfo.outputPath(`world-map-${language}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (language === 'en') {
      expect(text).toContain('Partner cities map');
      for (const city of ['Seoul', 'Ulaanbaatar', 'Taipei']) expect(text).toContain(city);
      // Each name once: copied or searched, it reads as written.
      expect(text.match(/Ulaanbaatar/g)).toHaveLength(1);
    } else {
      expect(text).toContain('교류도시 지도');
      for (const city of ['서울', '울란바토르', '타이페이']) expect(text).toContain(city);
    }
  }
});
