import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { translator } from '../../shared/i18n/translate';
import type { Language } from '../../shared/model/graph';
import { DEFAULT_REPORT_SECTIONS } from '../../shared/report/reportData';
import { reportSummary } from '../../shared/report/summary';
import { summaryCharts } from '../../shared/report/summaryCharts';
import { wordReportBytes, type WordPicture } from '../../shared/report/wordReport';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';

const strategy = { ...buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z'), id: 's' };
const AS_OF = '2018-12-31';

/** A 1×1 PNG: the export takes whatever picture the renderer drew. */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const picture = (width: number, height: number): WordPicture => ({ png: PIXEL, width, height });

/** The Word copy of the sample, unpacked: the document's, styles' and media files' contents. */
async function exported(language: Language, withPictures = true) {
  const t = translator(language);
  const charts = summaryCharts(reportSummary(strategy, AS_OF), language, t);
  const bytes = await wordReportBytes({
    strategy,
    language,
    t,
    sections: DEFAULT_REPORT_SECTIONS,
    date: '2026-01-01',
    asOf: AS_OF,
    pictures: withPictures
      ? { map: picture(1600, 900), charts: new Map(charts.map((c) => [c.id, picture(320, 120)])) }
      : { map: null, charts: new Map() },
  });
  const dir = mkdtempSync(join(tmpdir(), 'word-'));
  const file = join(dir, 'plan.docx');
  writeFileSync(file, bytes);
  const read = (part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  return { document: read('word/document.xml'), styles: read('word/styles.xml'), list, charts };
}

/** The document's text, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''),
  );
}

describe('the plan as a Word document', () => {
  it('holds the printed plan’s chapters as headings, in order, each from a new page', async () => {
    const { document } = await exported('en');
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/gs)].map(
      ([p]) => paragraphs(p)[0] ?? [...p.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(''),
    );
    expect(headings).toEqual([
      'Summary',
      'Goals',
      'Directions',
      'Strategy map',
      'Partner cities',
      'Networks',
      'Policy-export pipeline',
      'Appendix: all projects',
    ]);
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(headings.length);
  });

  it('has the tables with their totals, amounts right-aligned, and Korean names', async () => {
    const { document } = await exported('ko');
    const text = paragraphs(document);
    // Partners, networks, the pipeline's stages and the projects.
    expect(document.match(/<w:tbl>/g)).toHaveLength(4);
    expect(text).toContain('울란바토르');
    expect(text).toContain('합계 · 교류도시 43곳');
    expect(text.some((line) => /^합계 · 네트워크 \d+개$/.test(line))).toBe(true);
    expect(text.some((line) => line.startsWith('합계 · 사업 59건'))).toBe(true);
    expect(text).toContain('160억원');
    expect(document).toMatch(/<w:jc w:val="right"\/>.*?160억원/s);
    // The header row repeats on each page a table runs over.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(4);
  });

  it('asks for the bundled font for Latin and Korean text alike', async () => {
    const { styles, document } = await exported('ko');
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Noto Sans KR" w:cs="Noto Sans KR" w:eastAsia="Noto Sans KR" w:hAnsi="Noto Sans KR"\/>/,
    );
    const fonts = [...`${styles}${document}`.matchAll(/<w:rFonts ([^>]*)\/>/g)].flatMap(
      ([, attributes]) => [...attributes!.matchAll(/="([^"]+)"/g)].map(([, name]) => name),
    );
    expect(new Set(fonts)).toEqual(new Set(['Noto Sans KR']));
    expect(styles).toContain('w:eastAsia="ko-KR"');
  });

  it('carries the map and each summary chart as a picture', async () => {
    const { document, list, charts } = await exported('en');
    expect(charts.length).toBeGreaterThan(3);
    expect(list.some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(document.match(/<pic:pic /g)).toHaveLength(charts.length + 1);
    expect(document).toContain('descr="Strategy map"');
    for (const chart of charts) expect(document).toContain(`descr="${chart.title}"`);
    // Scaled to the page's width, its shape kept: 1600×900 px at 642 px wide.
    expect(document).toContain(`cx="${642 * 9525}" cy="${Math.round(900 * (642 / 1600)) * 9525}"`);
  });

  it('still exports, without the map’s chapter, when no picture could be drawn', async () => {
    const { document, list } = await exported('en', false);
    expect(list.some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(paragraphs(document)).not.toContain('Strategy map');
    expect(paragraphs(document)).toContain('Partner cities');
  });
});
