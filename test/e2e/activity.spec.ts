import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import {
  downloads,
  expect,
  openLibrary,
  openSample,
  printedText,
  screenshot,
  test,
} from './fixtures';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

async function select(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Search' }).fill(name);
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
}

async function logExchange(
  log: Locator,
  exchange: { date: string; kind: string; who: string; topic: string; followUp?: boolean },
) {
  await log.getByRole('button', { name: 'Add exchange' }).click();
  const form = log.getByRole('group', { name: 'Add exchange' });
  await form.getByLabel('Date').fill(exchange.date);
  await form.getByLabel('Kind').selectOption({ label: exchange.kind });
  await form.getByLabel('Who').fill(exchange.who);
  await form.getByLabel('Topic').fill(exchange.topic);
  if (exchange.followUp) await form.getByLabel('Follow-up promised').check();
  await form.getByRole('button', { name: 'Save exchange' }).click();
}

test('a promised follow-up with no project shows as a gap after the chosen months, until a project follows', async ({
  workbench: { page },
}) => {
  await openSample(page);
  await select(page, 'Ulaanbaatar');
  const log = page.getByRole('region', { name: 'Exchanges' });
  await logExchange(log, {
    date: '2018-01-15',
    kind: 'Visit abroad',
    who: 'Mayor',
    topic: 'Urban rail',
  });
  await logExchange(log, {
    date: '2018-03-20',
    kind: 'Delegation',
    who: 'Transport bureau',
    topic: 'Bus card system upgrade',
    followUp: true,
  });
  await logExchange(log, {
    date: '2018-05-10',
    kind: 'Forum or conference',
    who: 'Environment bureau',
    topic: 'Air quality',
  });
  await expect(log.getByRole('listitem')).toHaveCount(4);
  await expect(log).toContainText('Last contact (from the log and the field): 2018-05-10');
  // The date wraps whole, not at its hyphens.
  const lastDate = log.locator('p', { hasText: 'Last contact' }).getByText('2018-05-10', {
    exact: true,
  });
  expect(await lastDate.evaluate((date) => date.getClientRects().length)).toBe(1);
  // The field for contacts outside the log, left empty, says the log has a later one.
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Last contact' }),
  ).toHaveAccessibleDescription(
    'The exchange log has a later contact: 2018-05-10. Type a date here for contacts the log does not hold.',
  );
  await screenshot(page, 'activity-exchange-log');

  await page.getByRole('tab', { name: 'Partner activity' }).click();
  const months = page.getByLabel('Months before no follow-through');
  const gaps = page.getByRole('region', { name: 'Exchanges with no follow-through' });
  // Read as of 2018-12-31: twelve months after 2018-03-20 have not passed yet, six have.
  await months.fill('12');
  await expect(gaps).not.toContainText('Bus card system upgrade');
  await months.fill('6');
  await expect(gaps).toContainText('Ulaanbaatar: 2018-03-20 Delegation, Bus card system upgrade');
  const table = page.getByRole('table', { name: 'Partners ranked by activity' });
  await expect(table.getByRole('row', { name: /^Ulaanbaatar/ })).toContainText('2018-05-10');
  // Scrolled, the table's header stays at the very top of its box, no row showing above it.
  const header = await table.evaluate((shown) => {
    const box = shown.parentElement!;
    box.scrollTop = 200;
    return shown.querySelector('thead th')!.getBoundingClientRect().top;
  });
  expect(header - (await table.locator('..').boundingBox())!.y).toBeLessThan(1);

  await page.getByRole('tab', { name: 'Pipeline' }).click();
  const pipelineGaps = page.getByRole('region', { name: 'Follow-through gaps' });
  await expect(
    pipelineGaps.getByRole('list', { name: 'Exchanges with no follow-through' }),
  ).toContainText('Bus card system upgrade');
  await pipelineGaps.getByRole('button', { name: /Bus card system upgrade/ }).click();
  const promised = log.getByRole('listitem').filter({ hasText: 'Bus card system upgrade' });
  await promised.getByRole('button', { name: 'Create project from this exchange' }).click();
  await expect(promised).toContainText('Led to Bus card system upgrade');

  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(
    pipelineGaps.getByRole('list', { name: 'Exchanges with no follow-through' }),
  ).not.toContainText('Bus card system upgrade');
  await page.getByRole('tab', { name: 'Partner activity' }).click();
  await expect(gaps).not.toContainText('Bus card system upgrade');
});

test('a measure with a target is on track or off track as actuals are entered, on its goal card too', async ({
  workbench: { page },
}) => {
  await openSample(page);
  await select(page, 'Clarify assets, vision and goals first');
  const measures = page.getByRole('region', { name: 'Measures' });
  await measures.getByRole('button', { name: 'Add measure' }).click();
  const measure = measures.getByRole('group', { name: 'Untitled measure' });
  await measure.getByLabel('Name', { exact: true }).fill('Partner cities visited');
  const named = measures.getByRole('group', { name: 'Partner cities visited' });
  await named.getByLabel('Baseline year').fill('2015');
  await named.getByLabel('Baseline value').fill('10');
  await named.getByLabel('Target year').fill('2019');
  await named.getByLabel('Target value').fill('50');
  await expect(named).toContainText('No actuals yet');

  await named.getByLabel('Year', { exact: true }).fill('2016');
  await named.getByLabel('Value', { exact: true }).fill('20');
  await named.getByRole('button', { name: 'Add actual' }).click();
  await expect(named.locator('legend')).toContainText('On track');
  await expect(named.getByRole('img', { name: /Chart of Partner cities visited/ })).toBeVisible();
  const card = page.locator('.react-flow__node.selected');
  await expect(card).toContainText('On track');

  // 2017 expects 30: 28 is within a tenth of the way, 22 is not.
  await named.getByLabel('Year', { exact: true }).fill('2017');
  await named.getByLabel('Value', { exact: true }).fill('28');
  await named.getByRole('button', { name: 'Add actual' }).click();
  await expect(named.locator('legend')).toContainText('At risk');
  await named.getByRole('button', { name: 'Delete actual for 2017' }).click();
  await named.getByLabel('Year', { exact: true }).fill('2017');
  await named.getByLabel('Value', { exact: true }).fill('22');
  await named.getByRole('button', { name: 'Add actual' }).click();
  await expect(named.locator('legend')).toContainText('Off track');
  await expect(card).toContainText('Off track');
  // The mark is read beside the goal's kind, clear of its name.
  const mark = (await card.locator('.status-badge').boundingBox())!;
  const title = (await card.locator('.node-name').boundingBox())!;
  expect(mark.y + mark.height).toBeLessThanOrEqual(title.y);
  await screenshot(page, 'activity-measure');
});

for (const language of ['en', 'ko'] as const) {
  test(`the sample's partner activity lists its 2017 partners first (${language})`, async ({
    workbench: { page },
  }) => {
    await openLibrary(page, `?lang=${language}`);
    await page
      .getByRole('button', { name: language === 'ko' ? '열기' : 'Open' })
      .first()
      .click();
    await page
      .getByRole('tab', { name: language === 'ko' ? '교류 활동' : 'Partner activity' })
      .click();
    const table = page.getByRole('table', {
      name: language === 'ko' ? '활동순 교류 대상' : 'Partners ranked by activity',
    });
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const last = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[5]!.textContent));
    const in2017 = last.filter((date) => date?.startsWith('2017')).length;
    expect(in2017).toBeGreaterThanOrEqual(17);
    expect(last.slice(0, in2017).every((date) => date?.startsWith('2017'))).toBe(true);
    await expect(table).toContainText(language === 'ko' ? '런던' : 'London');
    const taipei = rows.filter({ hasText: language === 'ko' ? '타이페이' : 'Taipei' });
    await expect(taipei).toContainText(
      language === 'ko' ? '서류상 활성이나 교류 없음' : 'Active on paper but silent',
    );
    // Its 1968 agreement, fifty years before the report, in years rather than 18,445 days.
    await expect(taipei.locator('td').last()).toHaveText(
      language === 'ko' ? '50년 전' : '50 years ago',
    );
    await screenshot(page, `activity-sample-${language}`);
  });
}

async function chooseCsv(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: 'Import CSV' });
}

test('an exchange log imports from UTF-8 and CP949 spreadsheets, its bad rows listed', async ({
  workbench: { page },
}) => {
  await openSample(page);
  let dialog = await chooseCsv(page, fixture('exchange-log-utf8.csv'));
  await expect(dialog.getByLabel('Import as')).toHaveValue('exchangeLog');
  let problems = dialog.getByRole('list', { name: 'Rows with problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('Row 4: no partner city or network named “Atlantis”');
  await expect(problems).toContainText('Row 5: Date “2018-02-30”');
  await expect(dialog).toContainText('2 exchanges to add');
  await screenshot(page, 'activity-csv-import');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();

  dialog = await chooseCsv(page, fixture('exchange-log-cp949.csv'));
  await expect(dialog).toContainText('CP949 (EUC-KR)');
  problems = dialog.getByRole('list', { name: 'Rows with problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('Row 4: no partner');
  await expect(problems).toContainText('Row 5: Kind “회식”');
  await expect(dialog).toContainText('2 exchanges to add');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();

  await select(page, 'Ulaanbaatar');
  const log = page.getByRole('region', { name: 'Exchanges' });
  await expect(log).toContainText('2018-06-01 · Visit abroad');
  await expect(log).toContainText('2018-03-05 · Visit abroad');
  await expect(log.getByRole('listitem').filter({ hasText: '2018-06-01' })).toContainText(
    'Follow-up promised',
  );
  // The same file again adds nothing: its rows are already in the logs.
  dialog = await chooseCsv(page, fixture('exchange-log-utf8.csv'));
  await expect(dialog).toContainText('0 exchanges to add · 2 rows already in the log');
});

const textOf = async (download: Download) => readFile((await download.path())!, 'utf8');

test('exchanges and measures leave with the strategy: in its file, its CSV tables and the printed plan', async ({
  workbench: { page },
}, testInfo) => {
  test.setTimeout(240_000);
  await openSample(page);
  await select(page, 'Ulaanbaatar');
  const log = page.getByRole('region', { name: 'Exchanges' });
  await logExchange(log, {
    date: '2018-02-14',
    kind: 'Policy-sharing session',
    who: 'Water bureau',
    topic: 'Leak detection',
    followUp: true,
  });
  // A network keeps a log too.
  await select(page, 'CityNet');
  await logExchange(page.getByRole('region', { name: 'Exchanges' }), {
    date: '2018-04-02',
    kind: 'Forum or conference',
    who: 'International relations bureau',
    topic: 'Congress in Colombo',
  });
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  const id = decodeURIComponent(page.url().split('#/strategy/')[1]!);

  const [file] = await downloads(page, 'Export file', 1);
  const document = JSON.parse(await textOf(file!));
  expect(document.strategy.asOf).toBe('2018-12-31');
  type Saved = { id: string; data: Record<string, unknown> & { exchanges?: unknown[] } };
  const nodes = document.strategy.nodes as Saved[];
  const city = nodes.find((n) => n.data.name === 'Ulaanbaatar')!;
  expect(city.data.exchanges).toContainEqual(
    expect.objectContaining({
      kind: 'policySharing',
      date: '2018-02-14',
      who: 'Water bureau',
      topic: 'Leak detection',
      followUp: true,
      projectId: '',
    }),
  );
  const network = nodes.find((n) => String(n.data.name).startsWith('CityNet'))!;
  expect(network.data.exchanges).toContainEqual(
    expect.objectContaining({ kind: 'forum', topic: 'Congress in Colombo' }),
  );
  const measured = nodes.flatMap((n) => (n.data.measures as { name: string }[] | undefined) ?? []);
  expect(measured.map((m) => m.name)).toEqual(
    expect.arrayContaining(['Export projects recorded', 'Projects reaching award per year']),
  );

  const tables = await downloads(page, 'Export CSV', 4);
  const csv = async (name: string) =>
    textOf(tables.find((d) => d.suggestedFilename().includes(name))!);
  const exchangeLog = await csv('Exchange log');
  expect(exchangeLog).toContain(
    'Ulaanbaatar,2018-02-14,Policy-sharing session,Water bureau,Leak detection,yes,',
  );
  expect(exchangeLog).toContain('Congress in Colombo');
  const measures = await csv('Measures');
  expect(measures).toContain('Export projects recorded,projects,Typed in,2014,');
  expect(measures).toContain('Projects reaching award per year');

  // The printed plan: each goal's measures, and the partner-activity table with the gap.
  const pdf = testInfo.outputPath('activity.pdf');
  const text = await printedText(
    page,
    `#/print/${encodeURIComponent(id)}?sections=goals,partners&lang=en`,
    pdf,
  );
  for (const expected of [
    'Measures of goals',
    'Export projects recorded',
    'Projects reaching award per year',
    'Partner cities with a project',
    'Partner activity',
    'Read as of 2018-12-31',
    'Ulaanbaatar: 2018-02-14 Policy-sharing session, Leak detection',
  ])
    expect(text).toContain(expected);
  // A tie's badge is never split over two lines of its row: no line starts with its end.
  const splitBadges = (printed: string, badge: string) => {
    const words = badge.split(' ');
    const ends = words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
    return printed
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => ends.some((end) => line.startsWith(end)));
  };
  expect(text).toContain('Active on paper but silent');
  expect(splitBadges(text, 'Active on paper but silent')).toEqual([]);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    pdf,
    path.join('test-results', 'screenshots', 'activity-pdf'),
  ]);

  // The language comes from the address's own query, as the desktop shell sets it.
  const pdfKo = testInfo.outputPath('activity-ko.pdf');
  const textKo = await printedText(
    page,
    `?lang=ko#/print/${encodeURIComponent(id)}?sections=goals,partners`,
    pdfKo,
  );
  for (const expected of ['목표별 성과지표', '정책수출 사업 누계', '교류 활동', '2018-12-31 기준'])
    expect(textKo).toContain(expected);
  expect(textKo).toContain('서류상 활성이나 교류 없음');
  expect(splitBadges(textKo, '서류상 활성이나 교류 없음')).toEqual([]);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    pdfKo,
    path.join('test-results', 'screenshots', 'activity-pdf-ko'),
  ]);
});

test('the as-of day is changed in Strategy details, and the partner activity is read as of it', async ({
  workbench: { page },
}) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Partner activity' }).click();
  await expect(page.getByText('Read as of 2018-12-31')).toBeVisible();
  const table = page.getByRole('table', { name: 'Partners ranked by activity' });
  const silent = table.getByText('Active on paper but silent');
  const silentIn2018 = await silent.count();

  await page.getByRole('button', { name: 'Strategy details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Strategy details' });
  const asOf = dialog.getByRole('textbox', { name: 'Activity read as of' });
  await expect(asOf).toHaveValue('2018-12-31');
  await asOf.fill('2021-12-31');
  await screenshot(page, 'activity-as-of-details');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Read as of 2021-12-31')).toBeVisible();
  // Three years on, the 2017 exchanges are no longer recent: more ties fall silent.
  await expect.poll(() => silent.count()).toBeGreaterThan(silentIn2018);
});
