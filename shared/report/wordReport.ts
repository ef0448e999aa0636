import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { formatKrw } from '../i18n/formatNumbers';
import type { Translate } from '../i18n/translate';
import type { Language, Strategy, StrategyNode } from '../model/graph';
import { shownName, strategyNames } from '../model/names';
import { displayName } from '../model/nodes';
import { detailsOf, planPeriodText } from '../model/strategyDetails';
import { followThroughGaps } from '../pipeline/analysis';
import { projectContexts } from '../pipeline/projects';
import { directionChapters, type GoalSupport } from './directions';
import { DOCUMENT_FONT } from './fonts';
import { goalOutline, type GoalOutlineItem, type ReportSection } from './reportData';
import { networkTable, partnerTable, projectTable, stageTable } from './reportTables';
import { reportSummary } from './summary';
import { summaryCharts } from './summaryCharts';
import { wordTable } from './wordTables';

/** A picture drawn by the renderer, with the size it has in the plan (CSS pixels, 96 to the inch). */
export interface WordPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface WordReportInput {
  strategy: Strategy;
  language: Language;
  t: Translate;
  sections: readonly ReportSection[];
  /** The day it is made, for a plan that carries no date of its own. */
  date: string;
  /** The day figures are read as of (the plan's own, or today). */
  asOf: string;
  /** The strategy map, and the summary's charts by id (see summaryCharts). */
  pictures: { map: WordPicture | null; charts: ReadonlyMap<string, WordPicture> };
}

/** The text area of an A4 page with 2 cm margins, in CSS pixels. */
const FRAME = { width: 642, height: 900 };

function heading(text: string, level: 1 | 2 | 3, newPage = false): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({ text, heading: levels[level], pageBreakBefore: newPage });
}

function para(text: string, options: { bold?: boolean; muted?: boolean; indent?: number } = {}) {
  return new Paragraph({
    indent: options.indent ? { left: options.indent * 360 } : undefined,
    children: [
      new TextRun({
        text,
        bold: options.bold,
        color: options.muted ? '6B7280' : undefined,
      }),
    ],
  });
}

function picture(image: WordPicture, name: string): Paragraph {
  const scale = Math.min(1, FRAME.width / image.width, FRAME.height / image.height);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: {
          width: Math.round(image.width * scale),
          height: Math.round(image.height * scale),
        },
        altText: { name, description: name, title: name },
      }),
    ],
  });
}

function cover({ strategy, language, t, date }: WordReportInput): FileChild[] {
  const details = detailsOf(strategy);
  const home = strategy.home;
  const rows: [string, string][] = [
    [t('reportOrganization'), strategy.organization],
    [t('reportDepartment'), details.department],
    [t('reportHomeCity'), home ? shownName({ en: home.name, ko: home.nameKo }, language).text : ''],
    [t('reportAuthor'), strategy.author],
    [t('reportPlanPeriod'), planPeriodText(details)],
    [t('reportVersion'), details.documentVersion],
    [t('reportDate'), details.documentDate || date],
    [t('reportClassification'), details.classification],
  ];
  return [
    ...(details.classification ? [para(details.classification, { bold: true })] : []),
    para(t('appName'), { muted: true }),
    new Paragraph({
      text: shownName(strategyNames(strategy), language).text,
      heading: HeadingLevel.TITLE,
    }),
    ...rows
      .filter(([, value]) => value.trim() !== '')
      .map(
        ([label, value]) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${label}  `, color: '6B7280' }),
              new TextRun({ text: value }),
            ],
          }),
      ),
  ];
}

function summary({ strategy, language, t, asOf, pictures }: WordReportInput): FileChild[] {
  const figures = reportSummary(strategy, asOf);
  const { partners, networks, projects } = figures;
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  return [
    heading(t('summaryPartners'), 2),
    para(
      `${t('summaryPartnerCount', { count: partners.total })}: ${t('summaryActivity', {
        active: partners.active,
        dormant: partners.dormant,
        unknown: partners.statusUnknown,
      })}`,
    ),
    heading(t('summaryNetworks'), 2),
    para(t('summaryNetworkCount', { count: networks.total })),
    heading(t('summaryProjectsHeading'), 2),
    para(
      t('summaryProjectCount', {
        count: projects.total,
        budget: formatKrw(projects.totalBudgetKrw, language),
      }),
    ),
    ...summaryCharts(figures, language, t).flatMap((chart) => {
      const image = pictures.charts.get(chart.id);
      return [heading(chart.title, 3), ...(image ? [picture(image, chart.title)] : [])];
    }),
    heading(t('summaryGaps'), 2),
    ...(figures.gaps.length === 0 ? [para(t('summaryNone'), { muted: true })] : []),
    ...figures.gaps.flatMap((gap) => [
      para(`${t(`gaps.${gap.kind}`)} (${gap.count})`, { bold: true }),
      para(
        gap.ids
          .map((id) => byId.get(id))
          .filter((node) => node !== undefined)
          .map((node) => displayName(node, language))
          .join(' · '),
      ),
    ]),
  ];
}

function goals({ strategy, language, t }: WordReportInput): FileChild[] {
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const lines = (item: GoalOutlineItem, depth: number): Paragraph[] => {
    const { data } = item;
    const title = displayName(byId.get(item.id)!, language);
    const level = data.level === '' ? '' : `${t(`option.${data.level}`)} · `;
    return [
      para(`${level}${title}`, { bold: true, indent: depth }),
      ...(data.description ? [para(data.description, { indent: depth })] : []),
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
  return goalOutline(strategy).flatMap((item) => lines(item, 0));
}

function servedBy(support: GoalSupport, language: Language, t: Translate): Paragraph[] {
  const names = (nodes: readonly StrategyNode[]) =>
    nodes.map((n) => displayName(n, language)).join(' · ');
  const rows = [
    ['partnerCities', names(support.partnerCities)],
    ['networks', names(support.networks)],
    ['actors', names(support.actors)],
    ['projects', names(support.projects)],
  ] as const;
  const shown = rows.filter(([, text]) => text !== '');
  if (shown.length === 0) return [para(t('servedNothing'), { muted: true })];
  return shown.map(
    ([key, text]) =>
      new Paragraph({
        children: [
          new TextRun({ text: `${t(`served.${key}`)}: `, color: '6B7280' }),
          new TextRun({ text }),
        ],
      }),
  );
}

function directions({ strategy, language, t }: WordReportInput): FileChild[] {
  const chapters = directionChapters(strategy);
  if (chapters.length === 0) return [para(t('noDirections'), { muted: true })];
  return chapters.flatMap((chapter) => [
    heading(displayName(chapter.direction, language), 2),
    para(t('directionBudget', { budget: formatKrw(chapter.budgetKrw, language) }), {
      muted: true,
    }),
    ...servedBy(chapter.own, language, t),
    ...chapter.tasks.flatMap((task) => [
      heading(
        [
          displayName(task.goal, language),
          ...task.missing.map((gap) => `(${t(`missing.${gap}`)})`),
        ].join(' '),
        3,
      ),
      ...servedBy(task, language, t),
    ]),
  ]);
}

function pipeline({ strategy, language, t, asOf }: WordReportInput): FileChild[] {
  const gaps = followThroughGaps(strategy, strategy.pipeline, asOf);
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  return [
    wordTable(stageTable(projectContexts(strategy), language, t)),
    heading(t('followThroughGaps'), 2),
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
          : gaps[group]
              .map((id) => byId.get(id))
              .filter((node) => node !== undefined)
              .map((node) => displayName(node, language))
              .join(' · '),
      ),
    ]),
  ];
}

/** What each chapter holds; chapters with no Word form (the world map) are left out. */
function chapter(section: ReportSection, input: WordReportInput): FileChild[] | null {
  const { strategy, language, t, pictures } = input;
  switch (section) {
    case 'summary':
      return summary(input);
    case 'goals':
      return goals(input);
    case 'directions':
      return directions(input);
    case 'graph':
      return pictures.map ? [picture(pictures.map, t('section.graph'))] : null;
    case 'partners':
      return [wordTable(partnerTable(strategy, language, t))];
    case 'networks':
      return [wordTable(networkTable(strategy, language, t))];
    case 'pipeline':
      return pipeline(input);
    case 'projects':
      return [wordTable(projectTable(strategy, language, t))];
    default:
      return null;
  }
}

/**
 * The plan as a Word document: the printed plan's chapters, each from a new page, with its
 * tables as Word tables and its drawings as pictures. Text asks for the bundled font by name,
 * for Latin and Korean text alike, so it opens in the same design where that font is installed.
 */
export function wordReport(input: WordReportInput): Document {
  const { sections, t, language } = input;
  const body: FileChild[] = [];
  if (sections.includes('cover')) body.push(...cover(input));
  for (const section of sections) {
    const content = chapter(section, input);
    if (!content) continue;
    body.push(heading(t(`section.${section}`), 1, body.length > 0), ...content);
  }
  const locale = language === 'ko' ? 'ko-KR' : 'en-GB';
  return new Document({
    title: shownName(strategyNames(input.strategy), language).text,
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
    sections: [{ children: body }],
  });
}

/** The .docx file's bytes. */
export async function wordReportBytes(input: WordReportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(wordReport(input)));
}
