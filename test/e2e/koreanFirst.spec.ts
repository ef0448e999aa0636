import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  downloads,
  expect,
  openLibrary,
  openSample,
  printedText,
  strategyRow,
  test,
} from './fixtures';

/** The names new things were given before, and those shown for things with no name. */
const PLACEHOLDERS = [
  'New goal',
  'New partner city',
  'New network',
  'New actor',
  'New project',
  '새 목표',
  '새 교류도시',
  '새 네트워크',
  '새 행위자',
  '새 사업',
  'Untitled strategy',
  'Untitled partner city',
  '제목 없는 전략',
  '이름 없는 교류도시',
];

function canvasNode(page: Page, text: string) {
  return page
    .getByRole('region', { name: /Strategy canvas|전략 캔버스/ })
    .locator('.react-flow__node', { hasText: text });
}

/** Every record of every store of the app's database, as stored. */
function everyStoredRecord(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('city-diplomacy-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const records: Record<string, unknown[]> = {};
          for (const name of names)
            tx.objectStore(name).getAll().onsuccess = (event) => {
              records[name] = (event.target as IDBRequest<unknown[]>).result;
            };
          tx.oncomplete = () => {
            db.close();
            resolve(records);
          };
        };
      }),
  );
}

test('a partner city named only in Korean shows as typed in Korean and as untranslated in English, and nothing is stored for the user', async ({
  workbench: { page },
}) => {
  await openLibrary(page, '?lang=ko');
  await page.getByRole('button', { name: '새 전략' }).click();
  const title = page.getByRole('textbox', { name: '전략 제목' });
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', '제목 없는 전략');
  await title.fill('오사카 협력');
  await title.press('Enter');

  await page.getByRole('button', { name: '교류도시 추가' }).click();
  const inspector = page.getByRole('region', { name: '속성' });
  // The Korean name comes first, labelled as Korean, and is where the cursor goes.
  const koreanName = inspector.getByRole('combobox', { name: '한국어 이름' });
  await expect(koreanName).toBeFocused();
  await expect(inspector.getByRole('combobox').first()).toHaveAttribute('data-field', 'nameKo');
  await koreanName.fill('오사카');
  const country = inspector.getByRole('combobox', { name: '국가' });
  await country.fill('일본');
  await country.press('Tab');
  await expect(country).toHaveValue('일본');
  // The region follows from the country.
  await expect(inspector.getByRole('combobox', { name: '지역' })).toHaveValue('eastAsia');
  const relation = inspector.getByRole('combobox', { name: '관계' });
  await expect(relation).toHaveValue('');
  await expect(relation.locator('option:checked')).toHaveText('미지정');

  // Card, inspector header and search show exactly what was typed, with no language tag.
  const card = canvasNode(page, '오사카');
  await expect(card.locator('.node-name')).toHaveText('오사카');
  await expect(inspector.locator('.inspector-name')).toHaveText('오사카');
  await page.getByRole('textbox', { name: '검색' }).fill('오사');
  await expect(
    page
      .getByRole('list', { name: '검색 결과' })
      .getByRole('button', { name: '교류도시 오사카', exact: true }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: '검색' }).fill('');
  await expect(page.getByText('번역 안 됨: 1')).toBeVisible();

  const tables = await downloads(page, 'CSV 내보내기', 2);
  const texts = await Promise.all(
    tables.map(async (d) => (await readFile((await d.path())!)).toString('utf8')),
  );
  const cities = texts.find((text) => text.includes('한국어 이름'))!;
  const [header, row] = cities.replace(/^\uFEFF/, '').split('\r\n');
  expect(header!.split(',').slice(0, 3)).toEqual(['한국어 이름', '영문 이름', '국가']);
  expect(row!.split(',').slice(0, 3)).toEqual(['오사카', '', '일본']);

  const strategyId = decodeURIComponent(page.url().split('#/strategy/')[1]!);
  await page.getByRole('button', { name: '목록으로' }).click();
  const libraryRow = strategyRow(page, '오사카 협력');
  await expect(libraryRow.getByRole('heading')).toHaveText('오사카 협력');
  await expect(libraryRow).toContainText('노드 1개');
  await expect(libraryRow).toContainText('교류도시 1');

  await page.goto(`/#/print/${encodeURIComponent(strategyId)}?lang=ko`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.locator('.print-cover h1')).toHaveText('오사카 협력');
  const partners = page.locator('#partners table');
  await expect(partners.locator('thead th').first()).toHaveText('한국어 이름');
  await expect(partners.locator('tbody tr').first().locator('td').nth(0)).toHaveText('오사카');
  await expect(partners.locator('tbody tr').first().locator('td').nth(2)).toHaveText('일본');

  // In English the Korean name stands in for the English one, marked untranslated.
  await openLibrary(page, '?lang=en');
  const english = strategyRow(page, '오사카 협력 (untranslated)');
  await expect(english).toContainText('1 node');
  await expect(english).toContainText('1 partner city');
  await expect(english.locator('.language-tag')).toHaveText('KO');
  await english.getByRole('button', { name: 'Open' }).click();
  const englishCard = canvasNode(page, '오사카');
  await expect(englishCard.locator('.language-tag')).toHaveText('KO');
  await expect(englishCard.locator('.node-name')).toHaveAttribute('title', '오사카 (untranslated)');
  await page.getByRole('textbox', { name: 'Search' }).fill('오사카');
  const result = page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: 'Partner city 오사카 (untranslated)', exact: true });
  await expect(result).toBeVisible();
  await result.click();
  const englishInspector = page.getByRole('region', { name: 'Inspector' });
  await expect(englishInspector.getByRole('combobox', { name: 'Country' })).toHaveValue('Japan');

  // "Next untranslated" goes to the name field of the language it lacks.
  await expect(page.getByText('Untranslated: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Next untranslated' }).click();
  const englishName = englishInspector.getByRole('combobox', { name: 'Name', exact: true });
  await expect(englishName).toBeFocused();
  await englishName.fill('Osaka');
  await expect(page.getByText('All names translated')).toBeVisible();
  await expect(englishCard.locator('.language-tag')).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();

  const records = await everyStoredRecord(page);
  const stored = JSON.stringify(records);
  for (const placeholder of PLACEHOLDERS)
    expect(stored, placeholder).not.toContain(JSON.stringify(placeholder));
  const strategy = (records.strategies as { id: string; title: string; titleKo: string }[]).find(
    (s) => s.id === strategyId,
  );
  expect(strategy).toMatchObject({ title: '', titleKo: '오사카 협력' });
  // A strategy's nodes are kept in buckets, several nodes to a record.
  const buckets = records.nodeBuckets as {
    strategyId: string;
    records: { data: Record<string, unknown> }[];
  }[];
  const city = buckets.find((bucket) => bucket.strategyId === strategyId)?.records[0];
  expect(city!.data).toMatchObject({
    name: 'Osaka',
    nameKo: '오사카',
    country: 'JP',
    relation: '',
    status: '',
  });
});

test('an edge between nodes named only in Korean is read out in English with both ends marked untranslated, and cards and edges are called so in the UI language', async ({
  workbench: { page },
}) => {
  await openLibrary(page, '?lang=ko');
  await page.getByRole('button', { name: '새 전략' }).click();
  const title = page.getByRole('textbox', { name: '전략 제목' });
  await title.fill('대기 협력');
  await title.press('Enter');
  const inspector = page.getByRole('region', { name: '속성' });
  await page.getByRole('button', { name: '목표 추가' }).click();
  await inspector.getByRole('textbox', { name: '한국어 제목' }).fill('깨끗한 공기');
  await page.getByRole('button', { name: '교류도시 추가' }).click();
  await inspector.getByLabel('한국어 이름', { exact: true }).fill('오사카');
  const linkTo = inspector.getByRole('combobox', { name: '연결 대상…' });
  await linkTo.fill('깨끗');
  await linkTo.press('Enter');
  // In Korean both names are the UI language's own: nothing is marked.
  const edge = page.locator('.react-flow__edge');
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('aria-label', '오사카 — 목표 기여 — 깨끗한 공기');
  // Screen readers say what each thing is: a card, a relationship, never React Flow's "node".
  const cards = page.locator('.react-flow__node');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all())
    await expect(card).toHaveAttribute('aria-roledescription', '카드');
  await expect(edge).toHaveAttribute('aria-roledescription', '관계');

  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  for (const card of await cards.all())
    await expect(card).toHaveAttribute('aria-roledescription', 'card');
  await expect(edge).toHaveAttribute('aria-roledescription', 'relationship');
  await expect(edge).toHaveAttribute(
    'aria-label',
    '오사카 (untranslated) — serves goal — 깨끗한 공기 (untranslated)',
  );
  await expect(
    page.getByRole('group', {
      name: '오사카 (untranslated) — serves goal — 깨끗한 공기 (untranslated)',
    }),
  ).toHaveCount(1);
});

test('a first run in Korean opens a sample written in Korean, on screen and in print; restored in English, it is written in English', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(180_000);
  const id = await openSample(page, 'ko');
  await page.getByRole('textbox', { name: '검색' }).fill('타이페이');
  await page.getByRole('list', { name: '검색 결과' }).getByRole('button').first().click();
  const notes = page.getByRole('region', { name: '속성' }).getByRole('textbox', { name: '메모' });
  await expect(notes).toHaveValue('서울시 최초의 자매결연으로, 서울시 국제교류의 출발점입니다.');

  const printed = await printedText(
    page,
    `#/print/${encodeURIComponent(id)}?sections=cover,goals&lang=ko`,
    testInfo.outputPath('sample-ko.pdf'),
  );
  expect(printed).toContain('서울특별시');
  expect(printed).toContain('바탕으로 만든 예시');
  // Wrapped over lines as the page lays it out: compared without the line breaks.
  expect(printed.replace(/\s+/g, ' ')).toContain('정책수출’로 잇는 새 메커니즘');
  // Words a middle dot joins wrap as one: no line starts with the dot.
  const lines = printed.split('\n');
  expect(lines.filter((line) => /^\s*·/.test(line))).toEqual([]);
  expect(lines.some((line) => line.includes('조직·재정·인력·예산을'))).toBe(true);
  for (const english of [
    'Seoul Metropolitan Government',
    'Sample built from',
    'diplomatic asset',
    '(projects)',
  ])
    expect(printed).not.toContain(english);

  await openLibrary(page, '?lang=ko');
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await page.getByRole('button', { name: 'Restore sample strategy' }).click();
  await expect(strategyRow(page, 'Seoul city diplomacy 2018')).toHaveCount(2);
  // The library lists the last changed first: the one just restored.
  await strategyRow(page, 'Seoul city diplomacy 2018')
    .first()
    .getByRole('button', { name: 'Open' })
    .click();
  await page.getByRole('textbox', { name: 'Search' }).fill('Taipei');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Notes' }),
  ).toHaveValue(
    'Seoul’s first sister-city agreement, and the start of Seoul’s international exchange.',
  );
});

test('a related card whose Korean name takes two lines keeps its kind’s icon whole', async ({
  workbench: { page },
}) => {
  await openSample(page, 'ko');
  await page.getByRole('textbox', { name: '검색' }).fill('울란바토르');
  await page.getByRole('list', { name: '검색 결과' }).getByRole('button').first().click();
  const related = page
    .getByRole('region', { name: '속성' })
    .locator('.relationship-other', { hasText: '버스관리시스템 구축 및 운영' });
  expect((await related.boundingBox())!.height).toBeGreaterThan(30);
  const icon = (await related.locator('.kind-icon').boundingBox())!;
  expect([icon.width, icon.height]).toEqual([16, 16]);
});
