import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { translator } from '../../shared/i18n/translate';
import type { Language, Strategy } from '../../shared/model/graph';
import { directionChapters } from '../../shared/report/directions';
import { DEFAULT_REPORT_SECTIONS, type ReportSection } from '../../shared/report/reportData';
import {
  PICTURE_IDS,
  wordPictureRequests,
  type WordPictureRequest,
} from '../../shared/report/wordPictures';
import { LANDSCAPE_FRAME } from '../../shared/report/wordFrames';
import { wordReportBytes, type WordPicture } from '../../shared/report/wordReport';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import { node } from './fixtures';

const sample: Strategy = {
  ...buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z'),
  id: 's',
};
const AS_OF = '2018-12-31';

/** A 1×1 PNG: the export takes whatever picture the renderer drew. */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** What the renderer would draw for a request, at the size it asks for. */
function drawn(request: WordPictureRequest): WordPicture {
  switch (request.kind) {
    case 'map':
      return { png: PIXEL, width: request.model.width, height: request.model.height };
    case 'chart':
      return { png: PIXEL, width: request.chart.width * 1.5, height: request.chart.height * 1.5 };
    case 'svg':
      return { png: PIXEL, width: request.width, height: request.height };
    case 'worldMap':
      return { png: PIXEL, width: 1200, height: 500 };
  }
}

interface Options {
  sections?: readonly ReportSection[];
  notes?: boolean;
  /** Leave the pictures out, as when none could be drawn. */
  pictures?: boolean;
  worldMapError?: string;
  strategy?: Strategy;
}

/** The Word copy, unpacked: its document, styles and footers, and the pictures asked for. */
async function exported(language: Language, options: Options = {}) {
  const t = translator(language);
  const strategy = options.strategy ?? sample;
  const sections = options.sections ?? DEFAULT_REPORT_SECTIONS;
  const requests = wordPictureRequests(strategy, sections, language, t, AS_OF);
  const pictures = new Map(
    options.pictures === false
      ? []
      : requests
          .filter((r) => !(options.worldMapError && r.kind === 'worldMap'))
          .map((r) => [r.id, drawn(r)] as const),
  );
  const bytes = await wordReportBytes({
    strategy,
    language,
    t,
    sections,
    notes: options.notes ?? false,
    date: '2026-01-01',
    asOf: AS_OF,
    pictures,
    worldMapError: options.worldMapError,
  });
  const dir = mkdtempSync(join(tmpdir(), 'word-'));
  const file = join(dir, 'plan.docx');
  writeFileSync(file, bytes);
  const read = (part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  const footers = list.filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(read);
  return {
    document: read('word/document.xml'),
    styles: read('word/styles.xml'),
    footers,
    list,
    requests,
  };
}

/** The text of each paragraph of a part of the document. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''),
  );
}

/** The headings of a level, in order. */
function headings(xml: string, level: number): string[] {
  return [
    ...xml.matchAll(
      new RegExp(`<w:p[ >](?:(?!</w:p>).)*?<w:pStyle w:val="Heading${level}"/>.*?</w:p>`, 'gs'),
    ),
  ].map(([p]) => paragraphs(p).join(''));
}

const directionNames = directionChapters(sample).map((c) => c.direction.data.title);

describe('the plan as a Word document', () => {
  it('holds the chosen chapters, in the printed plan’s order, each from a new page', async () => {
    const { document } = await exported('en');
    expect(headings(document, 1)).toEqual([
      'Summary',
      'Goals',
      'Directions',
      'Strategy map',
      'Partner cities map',
      'Partner cities',
      'Networks',
      'Policy-export pipeline',
      'Appendix: all projects',
    ]);
    // Each direction has its chapter, listed in the contents under the directions.
    expect(headings(document, 2)).toEqual(directionNames);
    expect(directionNames.length).toBeGreaterThan(2);
  });

  it('keeps a goal description’s lines as paragraphs of their own', async () => {
    const korean = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', 'ko');
    const { document } = await exported('ko', {
      sections: ['goals'],
      strategy: { ...korean, id: 's' },
    });
    const written = paragraphs(document);
    // The 2012 draft's goal describes each kind of partner city on a line of its own.
    expect(written).toContainEqual(expect.stringMatching(/^전략적 자매도시: .*뉴욕\.$/));
    expect(written).toContainEqual(expect.stringMatching(/^우수정책 확산대상: .*멕시코 시티\.$/));
  });

  it('takes the export dialog’s choice of chapters rather than the default ones', async () => {
    const { document, requests } = await exported('en', {
      sections: ['cover', 'partners', 'workshop'],
    });
    expect(headings(document, 1)).toEqual(['Partner cities', 'Workshop results']);
    expect(document).not.toContain('TOC \\h');
    // Only what those chapters show is drawn: the map chapters were not chosen.
    expect(requests).toEqual([]);
    expect(paragraphs(document)).toContain('No votes have been held yet.');
  });

  it('opens with a cover and a contents Word fills in, listing chapters and directions', async () => {
    const { document } = await exported('en');
    expect(document).toMatch(/TOC \\h \\o (&quot;|")1-2(&quot;|")/);
    const text = paragraphs(document);
    expect(text).toContain('Seoul city diplomacy 2018');
    expect(text).toContain('Department  International Relations Division');
    expect(text).toContain(
      'Word fills in the page numbers when it opens the file: let it update the fields, or choose “Update table”.',
    );
    // Written out already, so the list is there before Word updates it.
    const contents = document.slice(document.indexOf('<w:sdt>'), document.indexOf('</w:sdt>'));
    for (const title of ['Summary', 'Partner cities map', directionNames[0]!])
      expect(paragraphs(contents).some((line) => line.startsWith(title))).toBe(true);
  });

  it('has the tables with their totals, amounts right-aligned, and Korean names', async () => {
    const { document } = await exported('ko');
    const text = paragraphs(document);
    // Partners, partner activity, networks, the pipeline's stages and the projects.
    expect(document.match(/<w:tbl>/g)).toHaveLength(5);
    expect(text).toContain('울란바토르');
    expect(text).toContain('합계 · 교류도시 43곳');
    expect(text.some((line) => /^합계 · 네트워크 \d+개$/.test(line))).toBe(true);
    expect(text.some((line) => line.startsWith('합계 · 사업 59건'))).toBe(true);
    expect(text).toContain('160억원');
    expect(document).toMatch(/<w:jc w:val="right"\/>.*?160억원/s);
    // The header row repeats on each page a table runs over.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(5);
  });

  it('has the partner-activity table after the partner cities, summed in its totals row', async () => {
    const { document } = await exported('en');
    const text = paragraphs(document);
    const at = text.indexOf('Partner activity');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toEqual(
      expect.arrayContaining(['Partner', 'All exchanges', 'No follow-through', 'Last exchange']),
    );
    expect(text.slice(at)).toContain('Total');
    expect(text).toContain('Exchanges with no follow-through');
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

  it('carries every drawing: summary and measure charts, the world map and each direction’s map', async () => {
    const { document, list, requests } = await exported('en');
    const kinds = (kind: string) => requests.filter((r) => r.id.startsWith(kind));
    expect(kinds('chart-').length).toBeGreaterThan(3);
    expect(kinds('measure-').length).toBeGreaterThan(0);
    expect(kinds('lane-').length).toBeGreaterThanOrEqual(directionNames.length);
    expect(requests.some((r) => r.id === PICTURE_IDS.worldMap)).toBe(true);
    expect(list.some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(document.match(/<pic:pic /g)).toHaveLength(requests.length);
    expect(document).toContain('descr="Partner cities map"');
    expect(document).toContain(`descr="${directionNames[0]} — Map of this direction`);
    expect(document).toMatch(/descr="Chart of [^"]+: actuals and target line"/);
    // Maps are on landscape pages, as large as those allow: the world map at 971 px wide.
    expect(document).toContain('w:orient="landscape"');
    expect(document).toContain(`cx="${971 * 9525}" cy="${Math.round(500 * (971 / 1200)) * 9525}"`);
  });

  it('prints a map too large to read whole as its shape, and a small one whole, as the PDF does', async () => {
    const large = await exported('en', { sections: ['graph'] });
    expect(large.requests.map((r) => r.id)).toContain(PICTURE_IDS.overview);
    expect(
      paragraphs(large.document).some((line) => line.startsWith('The whole map is too large')),
    ).toBe(true);
    // Without the directions' chapters, the directions' maps follow the shape.
    expect(large.requests.filter((r) => r.id.startsWith('lane-')).length).toBeGreaterThan(3);

    const small: Strategy = {
      ...sample,
      nodes: [node('goal', 'g1', 'Vision', 0, 0), node('partnerCity', 'c1', 'Hanoi', 300, 0)],
      edges: [],
    };
    const whole = await exported('en', { strategy: small, sections: ['graph'] });
    expect(whole.requests.map((r) => r.id)).toEqual([PICTURE_IDS.graph]);
    expect(whole.document).toContain('descr="Strategy map"');
    expect(paragraphs(whole.document).some((line) => line.startsWith('Blank space'))).toBe(false);

    // A card dragged far off: the blank is closed up, and the page says so.
    const apart: Strategy = {
      ...small,
      nodes: [...small.nodes, node('network', 'n1', 'ICLEI', 300, 4000)],
    };
    const closed = await exported('en', { strategy: apart, sections: ['graph'] });
    expect(closed.requests.map((r) => r.id)).toEqual([PICTURE_IDS.graph]);
    expect(paragraphs(closed.document)).toContain(
      'Blank space between the cards is narrowed to fit the page; they keep their order.',
    );

    // Four columns of cards: a column too wide for one page, so the map comes in two parts.
    const wide: Strategy = {
      ...small,
      nodes: [0, 1, 2, 3].map((column) =>
        node('partnerCity', `c${column}`, `City ${column + 1}`, column * 232, 0),
      ),
    };
    const parts = await exported('en', { strategy: wide, sections: ['graph'] });
    expect(parts.requests.map((r) => r.id)).toEqual([
      PICTURE_IDS.graphPart(0),
      PICTURE_IDS.graphPart(1),
    ]);
    const request = parts.requests[1]!;
    expect(request.kind === 'svg' && request.svg).toContain('City 4');
    // Drawn no larger than the page's frame, Word prints each part as drawn: 7 pt at the least.
    for (const part of parts.requests)
      if (part.kind === 'svg') {
        expect(part.width).toBeLessThanOrEqual(LANDSCAPE_FRAME.width);
        expect(part.height).toBeLessThanOrEqual(LANDSCAPE_FRAME.height);
      }
    expect(paragraphs(parts.document)).toEqual(
      expect.arrayContaining([
        `${sample.title} · Map 2 of 2`,
        'Row 1 of 1, column 2 of 2; lines cut at the edge go on to another part.',
      ]),
    );
    expect(paragraphs(parts.document).some((line) => line.startsWith('The whole map'))).toBe(false);
  });

  it('says why the world map is missing when its countries could not be loaded', async () => {
    const { document } = await exported('en', {
      sections: ['worldMap'],
      worldMapError: 'offline',
    });
    expect(paragraphs(document)).toContain('The world map could not be loaded: offline');
  });

  it('still exports, without the strategy map’s chapter, when no picture could be drawn', async () => {
    const { document, list } = await exported('en', { pictures: false });
    expect(list.some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(headings(document, 1)).not.toContain('Strategy map');
    expect(headings(document, 1)).toContain('Partner cities');
  });

  it('ends each chapter with a notes box when notes are asked for', async () => {
    const { document } = await exported('en', { sections: ['summary', 'networks'], notes: true });
    expect(headings(document, 3).filter((h) => h === 'Notes')).toHaveLength(2);
  });

  it('has the workshop chapter: each vote ranked by dots, then the ideas', async () => {
    const idea = node('idea', 'i1', 'Sister-city youth exchange');
    const strategy: Strategy = {
      ...sample,
      nodes: [...sample.nodes, idea],
      votes: [
        {
          id: 'v1',
          round: 1,
          question: 'Which first?',
          dotsPerPerson: 3,
          date: '2026-01-10',
          options: [
            { nodeId: 'a', label: 'Water supply', total: 2 },
            { nodeId: 'b', label: 'Metro', total: 5 },
          ],
        },
        {
          id: 'v2',
          round: 2,
          question: 'Which partner?',
          dotsPerPerson: 1,
          date: '2026-01-11',
          options: [{ nodeId: 'a', label: 'Water supply', total: 1 }],
        },
      ],
    };
    const { document } = await exported('en', { strategy, sections: ['workshop'] });
    const text = paragraphs(document);
    expect(headings(document, 3)).toEqual([
      'Round 1: Which first?',
      'Round 2: Which partner?',
      'Ideas',
    ]);
    expect(text).toContain('2026-01-10 · 3 dots per person · 7 dots in all');
    expect(text).toContain('2026-01-11 · 1 dot per person · 1 dot in all');
    const korean = paragraphs(
      (await exported('ko', { strategy, sections: ['workshop'] })).document,
    );
    expect(korean).toContain('2026-01-11 · 1인당 스티커 1개 · 모두 1개');
    expect(text.indexOf('Metro')).toBeLessThan(text.indexOf('Water supply'));
    expect(text).toContain('Sister-city youth exchange');
  });

  it('uses the Korean department and classification in the Korean copy, falling back to English', async () => {
    const ko = await exported('ko', { sections: ['cover'] });
    expect(paragraphs(ko.document)).toEqual(
      expect.arrayContaining(['검토용 예시', '부서  국제관계과', '문서 구분  검토용 예시']),
    );
    expect(ko.footers.join('')).toContain('서울시 도시외교 2018 · 검토용 예시');
    const en = await exported('en', { sections: ['cover'] });
    expect(paragraphs(en.document)).toContain('Classification  Sample for review');
    expect(en.footers.join('')).toContain('Seoul city diplomacy 2018 · Sample for review');

    const englishOnly: Strategy = {
      ...sample,
      details: { ...sample.details!, departmentKo: '', classificationKo: '' },
    };
    const fallback = await exported('ko', { strategy: englishOnly, sections: ['cover'] });
    expect(paragraphs(fallback.document)).toContain('부서  International Relations Division');
  });
});
