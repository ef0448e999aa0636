import { Paragraph, TextRun, type FileChild } from 'docx';
import { formatKrw } from '../i18n/formatNumbers';
import type { Translate } from '../i18n/translate';
import type { Language, Strategy, StrategyNode } from '../model/graph';
import { strategyTitle } from '../model/names';
import { displayName } from '../model/nodes';
import { SHOW_EVERYTHING } from '../map/filters';
import { mapPlaces } from '../places/mapPlaces';
import { mapScene } from '../places/mapScene';
import { directionChapters, type DirectionChapter, type GoalSupport } from './directions';
import {
  heading,
  LANDSCAPE_FRAME,
  labelled,
  para,
  picture,
  type WordBlock,
  type WordPicture,
} from './wordParts';
import { directionMapPages, PICTURE_IDS } from './wordPictures';
import type { MapPart } from './mapParts';
import { wholeMapToPrint } from './wholeMap';
import { runIn, runInNames } from './runIn';
import { listedNames, type ListedNames } from './listedNames';

interface Context {
  strategy: Strategy;
  language: Language;
  t: Translate;
  pictures: ReadonlyMap<string, WordPicture>;
  worldMapError?: string;
}

/** What serves a goal, by kind; its projects each with their stage and budget, as printed. */
function servedBy(
  support: GoalSupport,
  names: ListedNames,
  language: Language,
  t: Translate,
): Paragraph[] {
  const runInOf = (nodes: readonly StrategyNode[]) => runInNames(nodes, names);
  const rows = [
    ['partnerCities', runInOf(support.partnerCities)],
    ['networks', runInOf(support.networks)],
    ['actors', runInOf(support.actors)],
  ] as const;
  const shown = rows.filter(([, text]) => text !== '');
  if (shown.length === 0 && support.projects.length === 0)
    return [para(t('servedNothing'), { muted: true })];
  return [
    ...shown.map(([key, text]) => labelled(t(`served.${key}`), text)),
    ...(support.projects.length > 0 ? [para(`${t('served.projects')}:`, { muted: true })] : []),
    ...support.projects.map(
      (project) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            // Its stage follows in brackets: not said twice where it tells it apart.
            new TextRun(`${names.labelBeside(project, [t(`option.${project.data.stage}`)])} `),
            new TextRun({
              color: '6B7280',
              text: `(${
                project.data.budgetKrw === null
                  ? t(`option.${project.data.stage}`)
                  : t('projectStageBudget', {
                      stage: t(`option.${project.data.stage}`),
                      budget: formatKrw(project.data.budgetKrw, language),
                    })
              })`,
            }),
          ],
        }),
    ),
  ];
}

/** A direction's map on landscape pages, one picture a page, each under its caption. */
export function directionMaps(
  chapter: DirectionChapter,
  { language, t, pictures }: Context,
): WordBlock[] {
  const direction = displayName(chapter.direction, language);
  const children = directionMapPages(chapter).flatMap(({ tile, id }, i) => {
    const image = pictures.get(id);
    if (!image) return [];
    const caption = `${direction} — ${t('directionMap')}${
      tile.count > 1 ? ` · ${t('mapPart', { index: tile.index + 1, count: tile.count })}` : ''
    }`;
    const note =
      tile.count > 1
        ? t('mapPartGoals', {
            goals: [...new Set(tile.lanes.map((lane) => displayName(lane.goal, language)))].join(
              ' · ',
            ),
          })
        : null;
    return [
      new Paragraph({
        pageBreakBefore: i > 0,
        children: [new TextRun({ text: caption, bold: true })],
      }),
      picture(image, caption, LANDSCAPE_FRAME),
      ...(note ? [para(note, { muted: true })] : []),
    ];
  });
  return children.length > 0 ? [{ landscape: true, children }] : [];
}

/**
 * The directions at a glance, then each direction's chapter: what serves it and each of its
 * tasks, what they still lack, and its part of the map.
 */
export function wordDirections(context: Context): WordBlock[] {
  const { strategy, language, t } = context;
  const chapters = directionChapters(strategy);
  const names = listedNames(strategy.nodes, language);
  const overview: FileChild[] =
    chapters.length === 0
      ? [para(t('noDirections'), { muted: true })]
      : chapters.flatMap((chapter) => [
          para(displayName(chapter.direction, language), { bold: true }),
          para(
            runIn(chapter.tasks.map((task) => displayName(task.goal, language))) ||
              t('directionNoTasks'),
            { muted: true },
          ),
        ]);
  return [
    { landscape: false, title: { text: t('section.directions'), level: 1 }, children: overview },
    ...chapters.flatMap((chapter): WordBlock[] => {
      const hasOwn =
        chapter.own.partnerCities.length +
          chapter.own.networks.length +
          chapter.own.actors.length +
          chapter.own.projects.length >
        0;
      return [
        {
          landscape: false,
          title: { text: displayName(chapter.direction, language), level: 2 },
          children: [
            para(t('directionBudget', { budget: formatKrw(chapter.budgetKrw, language) }), {
              muted: true,
            }),
            ...(hasOwn
              ? [heading(t('directionOwn'), 3), ...servedBy(chapter.own, names, language, t)]
              : []),
            heading(t('directionTasks'), 3),
            ...(chapter.tasks.length === 0 ? [para(t('directionNoTasks'), { muted: true })] : []),
            ...chapter.tasks.flatMap((task) => [
              heading(
                [
                  displayName(task.goal, language),
                  ...task.missing.map((gap) => `(${t(`missing.${gap}`)})`),
                ].join(' '),
                4,
              ),
              ...servedBy(task, names, language, t),
            ]),
          ],
        },
        ...directionMaps(chapter, context),
      ];
    }),
  ];
}

/**
 * The strategy map on a landscape page: whole where it is readable there, or else its shape,
 * its readable parts printed by direction (here, when the directions' chapters are left out).
 */
export function wordGraph(context: Context, withDirections: boolean): WordBlock[] | null {
  const { strategy, language, t, pictures } = context;
  const title = { text: t('section.graph'), level: 1 as const };
  const printed = wholeMapToPrint(strategy, language, t);
  if (printed?.parts) {
    const parts = wordMapParts(context, printed.parts, printed.closedUp);
    return parts ? [parts] : null;
  }
  const whole = pictures.get(PICTURE_IDS.graph);
  if (whole)
    return [
      {
        landscape: true,
        title,
        children: [
          para(strategyTitle(strategy, language), { bold: true }),
          picture(whole, t('section.graph'), LANDSCAPE_FRAME),
          ...(printed?.closedUp ? [para(t('mapClosedUp'))] : []),
        ],
      },
    ];
  const overview = pictures.get(PICTURE_IDS.overview);
  if (!overview || printed) return null;
  return [
    {
      landscape: true,
      title,
      children: [picture(overview, t('section.graph'), LANDSCAPE_FRAME), para(t('mapTooLarge'))],
    },
    ...(withDirections
      ? []
      : directionChapters(strategy).flatMap((chapter) => directionMaps(chapter, context))),
  ];
}

/** The whole map in parts, a landscape page each, as the PDF prints them. */
function wordMapParts(
  { strategy, language, t, pictures }: Context,
  parts: readonly MapPart[],
  closedUp: boolean,
): WordBlock | null {
  const title = strategyTitle(strategy, language);
  const images = parts.map((_, i) => pictures.get(PICTURE_IDS.graphPart(i)));
  // Drawn together or not at all: without its pictures the chapter is left out, as a whole map's.
  if (images.some((image) => !image)) return null;
  return {
    landscape: true,
    title: { text: t('section.graph'), level: 1 },
    children: parts.flatMap((part, i) => {
      const image = images[i]!;
      const caption = `${title} · ${t('mapPart', { index: i + 1, count: parts.length })}`;
      const note = [
        t('mapPartPlace', { ...part }),
        i === 0 && closedUp ? t('mapClosedUpParts') : '',
      ]
        .filter(Boolean)
        .join(' ');
      return [
        new Paragraph({
          pageBreakBefore: i > 0,
          children: [new TextRun({ text: caption, bold: true })],
        }),
        picture(image, caption, LANDSCAPE_FRAME),
        para(note, { muted: true }),
      ];
    }),
  };
}

/** Every partner city on the world map, with what it leaves out and where its lines come from. */
export function wordWorldMap({
  strategy,
  language,
  t,
  pictures,
  worldMapError,
}: Context): WordBlock {
  const image = pictures.get(PICTURE_IDS.worldMap);
  const title = { text: t('section.worldMap'), level: 1 as const };
  if (!image)
    return {
      landscape: false,
      title,
      children: [para(t('worldMapFailed', { error: worldMapError ?? '' }))],
    };
  const scene = mapScene(mapPlaces(strategy, strategy.home, SHOW_EVERYTHING), [], language, t);
  const note = [
    t('worldMapShown', { shown: scene.shown, total: scene.total }),
    ...(scene.unplaced.length > 0
      ? [`${t('worldMapUnplaced')} ${scene.unplaced.map((city) => city.label).join(', ')}`]
      : []),
    ...(scene.home ? [] : [t('worldMapNoHome')]),
  ].join(' · ');
  return {
    landscape: true,
    title,
    children: [
      picture(image, t('section.worldMap'), LANDSCAPE_FRAME),
      para(note, { muted: true }),
      para(t('worldMapSource'), { muted: true }),
    ],
  };
}
