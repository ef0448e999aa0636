import type { FileChild } from 'docx';
import { activitySettingsOf } from '../activity/asOf';
import { exchangesWithNoFollowThrough } from '../activity/exchangeLog';
import { actualsOf, measuresOf } from '../activity/measures';
import { partnerActivity, rankPartners } from '../activity/partnerActivity';
import { formatCount } from '../i18n/formatNumbers';
import type { Translate } from '../i18n/translate';
import type { Language, Strategy } from '../model/graph';
import { displayName } from '../model/nodes';
import { measureLines, measureName } from './measureLines';
import type { ReportTable } from './reportTables';
import { sumColumns } from './tableTotals';
import { bullet, heading, para, picture, type WordPicture } from './wordParts';
import { PICTURE_IDS } from './wordPictures';
import { wordTable } from './wordTables';
import { ideaRows, voteMetaLine, voteReports } from './workshopReport';

interface Context {
  strategy: Strategy;
  language: Language;
  t: Translate;
  asOf: string;
  pictures: ReadonlyMap<string, WordPicture>;
}

/** The activity table's columns of counts, each summed in its totals row, as print has them. */
const TOTALLED = ['recentExchanges', 'totalExchanges', 'projects', 'noFollowThrough'] as const;

/** Each goal's measures: its chart, status, baseline, target and latest actual, as printed. */
export function wordMeasures({ strategy, language, t, asOf, pictures }: Context): FileChild[] {
  const goals = strategy.nodes.filter((n) => measuresOf(n).length > 0);
  if (goals.length === 0) return [];
  return [
    heading(t('printMeasures'), 3),
    ...goals.flatMap((goal) => [
      heading(displayName(goal, language), 4),
      ...measuresOf(goal).flatMap((measure) => {
        const name = measureName(measure, language, t);
        const lines = measureLines(measure, actualsOf(measure, strategy, asOf), language, t);
        const chart = pictures.get(PICTURE_IDS.measure(goal.id, measure.id));
        return [
          para(`${name} · ${t(`status.${lines.status}`)}`, { bold: true }),
          ...(chart ? [picture(chart, t('measureChart', { name }))] : []),
          para(lines.facts, { muted: true }),
          ...(lines.progress ? [para(lines.progress, { muted: true })] : []),
        ];
      }),
    ]),
  ];
}

/** The partner-activity table and the exchanges with no follow-through, as of the plan's day. */
export function wordActivity({ strategy, language, t, asOf }: Context): FileChild[] {
  const settings = activitySettingsOf(strategy);
  const rows = rankPartners(partnerActivity(strategy, settings, asOf), 'recent');
  if (rows.length === 0) return [];
  const nodes = new Map(strategy.nodes.map((n) => [n.id, n]));
  const totals = sumColumns(rows, TOTALLED);
  const count = (value: number) => formatCount(value, language);
  const table: ReportTable = {
    columns: [
      { key: 'partner', header: t('activityCol.partner'), kind: 'text' },
      {
        key: 'recent',
        header: t('activityCol.recent', { count: settings.recentYears }),
        kind: 'amount',
      },
      { key: 'total', header: t('activityCol.total'), kind: 'amount' },
      { key: 'projects', header: t('activityCol.projects'), kind: 'amount' },
      { key: 'noFollowThrough', header: t('activityCol.noFollowThrough'), kind: 'amount' },
      { key: 'lastExchange', header: t('activityCol.lastExchange'), kind: 'short' },
    ],
    rows: rows.map((row) => ({
      id: row.id,
      cells: [
        [displayName(nodes.get(row.id)!, language), ...(row.silent ? [t('silentTie')] : [])],
        ...TOTALLED.map((key) => [count(row[key])]),
        [row.lastExchange ?? t('never')],
      ],
    })),
    total: {
      label: t('tableTotal'),
      span: 1,
      cells: [...TOTALLED.map((key) => count(totals[key])), ''],
    },
  };
  const unfollowed = exchangesWithNoFollowThrough(strategy, settings, asOf);
  return [
    heading(t('printActivity'), 3),
    para(
      `${t('activityAsOf', { date: asOf })} · ${t('silentCount', {
        count: rows.filter((r) => r.silent).length,
      })}`,
      { muted: true },
    ),
    wordTable(table),
    heading(t('gaps.exchangesWithNoFollowThrough'), 4),
    ...(unfollowed.length === 0
      ? [para(t('noGaps'), { muted: true })]
      : unfollowed.map(({ partnerId, exchange }) =>
          bullet(
            t('unfollowedExchange', {
              partner: displayName(nodes.get(partnerId)!, language),
              date: exchange.date,
              kind: t(`option.${exchange.kind}`),
              topic: exchange.topic || exchange.who,
            }),
          ),
        )),
  ];
}

/** The workshop chapter: each vote held, its options ranked by dots, then the ideas on the map. */
export function wordWorkshop({ strategy, t }: Pick<Context, 'strategy' | 't'>): FileChild[] {
  const reports = voteReports(strategy.votes);
  const ideas = ideaRows(strategy);
  return [
    ...(reports.length === 0 ? [para(t('workshopNoResults'), { muted: true })] : []),
    ...reports.flatMap(({ vote, ranked, total }) => [
      heading(t('workshopVote', { round: vote.round, question: vote.question }), 3),
      para(voteMetaLine(t, vote, total), {
        muted: true,
      }),
      wordTable({
        columns: [
          { key: 'rank', header: t('rank'), kind: 'short' },
          { key: 'option', header: t('option'), kind: 'text' },
          { key: 'dots', header: t('dots'), kind: 'amount' },
        ],
        rows: ranked.map((option) => ({
          id: option.nodeId,
          cells: [[String(option.rank)], [option.label], [String(option.total)]],
        })),
        total: { label: t('tableTotal'), span: 2, cells: [String(total)] },
      }),
    ]),
    heading(t('workshopIdeas'), 3),
    ...(ideas.length === 0
      ? [para(t('workshopIdeasNone'), { muted: true })]
      : ideas.map(({ data }) => bullet(data.author ? `${data.text} — ${data.author}` : data.text))),
  ];
}
