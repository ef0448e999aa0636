import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { formatKrw } from '../i18n/formatNumbers';
import { LOCALES } from '../i18n/locales';
import type { Translate } from '../i18n/translate';
import type { Language, Strategy } from '../model/graph';
import { shownName, strategyNames, strategyTitle } from '../model/names';
import { displayName } from '../model/nodes';
import {
  classificationIn,
  departmentIn,
  detailsOf,
  planPeriodText,
} from '../model/strategyDetails';
import { followThroughGaps } from '../pipeline/analysis';
import { projectContexts } from '../pipeline/projects';
import { DOCUMENT_FONT } from './fonts';
import { goalOutline, type GoalOutlineItem, type ReportSection } from './reportData';
import { networkTable, partnerTable, projectTable, stageTable } from './reportTables';
import { reportSummary } from './summary';
import { summaryCharts } from './summaryCharts';
import { wordActivity, wordMeasures, wordWorkshop } from './wordActivity';
import { wordDirections, wordGraph, wordWorldMap } from './wordDirections';
import {
  heading,
  labelled,
  notesBox,
  para,
  picture,
  type WordBlock,
  type WordPicture,
} from './wordParts';
import { PICTURE_IDS } from './wordPictures';
import { wordTable } from './wordTables';
import { gapNames, runInNames } from './runIn';
import { listedNames } from './listedNames';

export type { WordPicture } from './wordParts';

export interface WordReportInput {
  strategy: Strategy;
  language: Language;
  t: Translate;
  /** The chapters chosen in the export dialog, as the PDF takes them. */
  sections: readonly ReportSection[];
  /** Whether each chapter ends with a box for notes. */
  notes: boolean;
  /** The day it is made, for a plan that carries no date of its own. */
  date: string;
  /** The day figures are read as of (the plan's own, or today). */
  asOf: string;
  /** The drawings, by the ids wordPictureRequests gave them; one missing is left out. */
  pictures: ReadonlyMap<string, WordPicture>;
  /** Why the world map could not be drawn, when it could not. */
  worldMapError?: string;
}

/** A4 in twips, with 2 cm margins: the frames in wordParts are this page's text area. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };

function cover({ strategy, language, t, date }: WordReportInput): FileChild[] {
  const details = detailsOf(strategy);
  const home = strategy.home;
  const classification = classificationIn(details, language);
  const rows: [string, string][] = [
    [t('reportOrganization'), strategy.organization],
    [t('reportDepartment'), departmentIn(details, language)],
    [t('reportHomeCity'), home ? shownName({ en: home.name, ko: home.nameKo }, language).text : ''],
    [t('reportAuthor'), strategy.author],
    [t('reportPlanPeriod'), planPeriodText(details)],
    [t('reportVersion'), details.documentVersion],
    [t('reportDate'), details.documentDate || date],
    [t('reportClassification'), classification],
  ];
  return [
    ...(classification ? [para(classification, { bold: true })] : []),
    para(t('appName'), { muted: true }),
    new Paragraph({
      text: shownName(strategyNames(strategy), language).text,
      heading: HeadingLevel.TITLE,
    }),
    ...rows
      .filter(([, value]) => value.trim() !== '')
      .map(([label, value]) => labelled(label, value, '  ')),
  ];
}

/**
 * Word's own table of contents of the chapters and the directions' chapters, listed from the
 * headings as written; Word fills in the page numbers when it updates the field on opening.
 */
function contents(t: Translate): FileChild[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: t('section.contents'), bold: true, size: 32 })],
    }),
    new TableOfContents(t('section.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
    para(t('wordContentsNote'), { muted: true }),
  ];
}

function summary({ strategy, language, t, asOf, pictures }: WordReportInput): FileChild[] {
  const figures = reportSummary(strategy, asOf);
  const { partners, networks, projects } = figures;
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const names = listedNames(strategy.nodes, language);
  return [
    heading(t('summaryPartners'), 3),
    para(
      `${t('summaryPartnerCount', { count: partners.total })}: ${t('summaryActivity', {
        active: partners.active,
        dormant: partners.dormant,
        unknown: partners.statusUnknown,
      })}`,
    ),
    heading(t('summaryNetworks'), 3),
    para(t('summaryNetworkCount', { count: networks.total })),
    heading(t('summaryProjectsHeading'), 3),
    para(
      t('summaryProjectCount', {
        count: projects.total,
        budget: formatKrw(projects.totalBudgetKrw, language),
      }),
    ),
    ...summaryCharts(figures, language, t).flatMap((chart) => {
      const image = pictures.get(PICTURE_IDS.chart(chart.id));
      return [heading(chart.title, 4), ...(image ? [picture(image, chart.title)] : [])];
    }),
    heading(t('summaryGaps'), 3),
    ...(figures.gaps.length === 0 ? [para(t('summaryNone'), { muted: true })] : []),
    ...figures.gaps.flatMap((gap) => [
      para(`${t(`gaps.${gap.kind}`)} (${gap.count})`, { bold: true }),
      para(gapNames(gap, byId, names, t)),
    ]),
  ];
}

function goals(input: WordReportInput): FileChild[] {
  const { strategy, language, t } = input;
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const lines = (item: GoalOutlineItem, depth: number): Paragraph[] => {
    const { data } = item;
    const title = displayName(byId.get(item.id)!, language);
    const level = data.level === '' ? '' : `${t(`option.${data.level}`)} · `;
    return [
      para(`${level}${title}`, { bold: true, indent: depth }),
      // A line of its own for each line the description was written in, as in print.
      ...data.description
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => para(line, { indent: depth })),
      ...(data.targetYear || data.indicator
        ? [
            para(
              [
                data.targetYear ? `${t('field.targetYear')}: ${data.targetYear}` : '',
                data.indicator ? `${t('field.indicator')}: ${data.indicator}` : '',
              ]
                .filter(Boolean)
                .join(' · '),
              { indent: depth, muted: true },
            ),
          ]
        : []),
      ...item.children.flatMap((child) => lines(child, depth + 1)),
    ];
  };
  return [...goalOutline(strategy).flatMap((item) => lines(item, 0)), ...wordMeasures(input)];
}

function pipeline({ strategy, language, t, asOf }: WordReportInput): FileChild[] {
  const gaps = followThroughGaps(strategy, strategy.pipeline, asOf);
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const names = listedNames(strategy.nodes, language);
  return [
    wordTable(stageTable(projectContexts(strategy), language, t)),
    heading(t('followThroughGaps'), 3),
    ...(
      [
        'idlePartnerCities',
        'projectsWithoutGoal',
        'goalsWithoutSupport',
        'stalledProjects',
      ] as const
    ).flatMap((group) => [
      para(`${t(`gaps.${group}`)} (${gaps[group].length})`, { bold: true }),
      para(
        gaps[group].length === 0
          ? t('noGaps')
          : runInNames(
              gaps[group].map((id) => byId.get(id)).filter((node) => node !== undefined),
              names,
            ),
      ),
    ]),
  ];
}

/** A chapter on portrait pages under its heading. */
const portrait = (section: ReportSection, t: Translate, children: FileChild[]): WordBlock[] => [
  { landscape: false, title: { text: t(`section.${section}`), level: 1 }, children },
];

/** What each chapter holds, in the blocks of pages it takes; null for one with nothing to show. */
function chapter(section: ReportSection, input: WordReportInput): WordBlock[] | null {
  const { strategy, language, t } = input;
  switch (section) {
    case 'cover':
      return [{ landscape: false, children: cover(input) }];
    case 'contents':
      return [{ landscape: false, children: contents(t) }];
    case 'summary':
      return portrait(section, t, summary(input));
    case 'goals':
      return portrait(section, t, goals(input));
    case 'directions':
      return wordDirections(input);
    case 'graph':
      return wordGraph(input, input.sections.includes('directions'));
    case 'worldMap':
      return [wordWorldMap(input)];
    case 'partners':
      return portrait(section, t, [
        wordTable(partnerTable(strategy, language, t)),
        ...wordActivity(input),
      ]);
    case 'networks':
      return portrait(section, t, [wordTable(networkTable(strategy, language, t))]);
    case 'pipeline':
      return portrait(section, t, pipeline(input));
    case 'projects':
      return portrait(section, t, [wordTable(projectTable(strategy, language, t))]);
    case 'workshop':
      return portrait(section, t, wordWorkshop(input));
  }
}

/** Each page's foot: the plan's title and classification, as in print, and the page number. */
function footer(text: string, landscape: boolean): Footer {
  const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text, size: 16, color: '6B7280' }),
          new TextRun({ children: [new Tab(), PageNumber.CURRENT], size: 16, color: '6B7280' }),
        ],
      }),
    ],
  });
}

/**
 * Blocks as Word sections: each block starts a page, a change between portrait and landscape
 * by a new section, otherwise by a page break before its heading. A chapter's notes box, when
 * asked for, ends its text.
 */
function wordSections(blocks: WordBlock[], footerText: string, notes: () => FileChild[]) {
  const sections: { landscape: boolean; children: FileChild[] }[] = [];
  for (const block of blocks) {
    let current = sections.at(-1);
    const continues = current !== undefined && current.landscape === block.landscape;
    if (!continues) sections.push((current = { landscape: block.landscape, children: [] }));
    const title = block.title
      ? [heading(block.title.text, block.title.level, continues)]
      : continues
        ? [new Paragraph({ pageBreakBefore: true })]
        : [];
    const ending = block.title ? notes() : [];
    current!.children.push(...title, ...block.children, ...ending);
  }
  const footers = { portrait: footer(footerText, false), landscape: footer(footerText, true) };
  return sections.map(({ landscape, children }): ISectionOptions => ({
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: PAGE.margin,
          bottom: PAGE.margin,
          left: PAGE.margin,
          right: PAGE.margin,
          footer: PAGE.margin / 2,
        },
      },
    },
    footers: { default: landscape ? footers.landscape : footers.portrait },
    children,
  }));
}

/**
 * The plan as a Word document: the chapters chosen for it, as the printed plan has them, with
 * its tables as Word tables and its drawings as pictures (maps on landscape pages). Text asks
 * for the bundled font by name, for Latin and Korean text alike, so it opens in the same
 * design where that font is installed.
 */
export function wordReport(input: WordReportInput): Document {
  const { sections, t, language, strategy } = input;
  const blocks = sections.flatMap((section) => chapter(section, input) ?? []);
  const footerText = [
    strategyTitle(strategy, language),
    classificationIn(detailsOf(strategy), language),
  ]
    .filter(Boolean)
    .join(' · ');
  const locale = LOCALES[language];
  return new Document({
    title: shownName(strategyNames(strategy), language).text,
    creator: t('appName'),
    styles: {
      default: {
        document: {
          run: {
            font: {
              ascii: DOCUMENT_FONT,
              hAnsi: DOCUMENT_FONT,
              eastAsia: DOCUMENT_FONT,
              cs: DOCUMENT_FONT,
            },
            size: 20,
            language: { value: locale, eastAsia: 'ko-KR' },
          },
        },
      },
    },
    sections: wordSections(blocks, footerText, () => (input.notes ? notesBox(t) : [])),
  });
}

/** The .docx file's bytes. */
export async function wordReportBytes(input: WordReportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(wordReport(input)));
}
