import { exchangesWithNoFollowThrough } from '../../shared/activity/exchangeLog';
import { actualsOf, measuresOf } from '../../shared/activity/measures';
import { partnerActivity, rankPartners } from '../../shared/activity/partnerActivity';
import { activitySettingsOf } from '../../shared/activity/asOf';
import type { Language, Strategy } from '../../shared/model/graph';
import { displayName, nodeShownName } from '../../shared/model/nodes';
import type { Translate } from '../../shared/i18n/translate';
import { formatCount } from '../../shared/i18n/formatNumbers';
import { measureLines, measureName } from '../../shared/report/measureLines';
import { sumColumns } from '../../shared/report/tableTotals';
import { NameText } from '../components/NameText';
import { MeasureChart } from '../components/activity/MeasureChart';
import { StatusBadge } from '../components/activity/StatusBadge';
import '../components/activity/activity.css';

/** The activity table's columns of counts, in order, each summed in its totals row. */
const TOTALLED = ['recentExchanges', 'totalExchanges', 'projects', 'noFollowThrough'] as const;

interface Props {
  strategy: Strategy;
  language: Language;
  t: Translate;
  asOf: string;
}

/** The partner-activity table and the exchanges with no follow-through, as of the plan's day. */
export function ActivityPrint({ strategy, language, t, asOf }: Props) {
  const settings = activitySettingsOf(strategy);
  const rows = rankPartners(partnerActivity(strategy, settings, asOf), 'recent');
  const nodes = new Map(strategy.nodes.map((n) => [n.id, n]));
  const unfollowed = exchangesWithNoFollowThrough(strategy, settings, asOf);
  if (rows.length === 0) return null;
  const totals = sumColumns(rows, TOTALLED);
  return (
    <section className="print-activity">
      <h3>{t('printActivity')}</h3>
      <p className="muted">
        {t('activityAsOf', { date: asOf })} ·{' '}
        {t('silentCount', { count: rows.filter((r) => r.silent).length })}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('activityCol.partner')}</th>
            <th>{t('activityCol.recent', { count: settings.recentYears })}</th>
            <th>{t('activityCol.total')}</th>
            <th>{t('activityCol.projects')}</th>
            <th>{t('activityCol.noFollowThrough')}</th>
            <th>{t('activityCol.lastExchange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const node = nodes.get(row.id)!;
            return (
              <tr key={row.id}>
                <td>
                  <NameText name={nodeShownName(node, language)} thing={node.kind} t={t} />
                  {row.silent && <span className="silent-badge">{t('silentTie')}</span>}
                </td>
                <td className="cell-amount">{formatCount(row.recentExchanges, language)}</td>
                <td className="cell-amount">{formatCount(row.totalExchanges, language)}</td>
                <td className="cell-amount">{formatCount(row.projects, language)}</td>
                <td className="cell-amount">{formatCount(row.noFollowThrough, language)}</td>
                <td className="cell-short">{row.lastExchange ?? t('never')}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="totals-row">
            <td>{t('tableTotal')}</td>
            {TOTALLED.map((key) => (
              <td key={key} className="cell-amount">
                {formatCount(totals[key], language)}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
      <h3>{t('gaps.exchangesWithNoFollowThrough')}</h3>
      {unfollowed.length === 0 ? (
        <p className="empty">{t('noGaps')}</p>
      ) : (
        <ul>
          {unfollowed.map(({ partnerId, exchange }) => (
            <li key={exchange.id}>
              {t('unfollowedExchange', {
                partner: displayName(nodes.get(partnerId)!, language),
                date: exchange.date,
                kind: t(`option.${exchange.kind}`),
                topic: exchange.topic || exchange.who,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each goal's measures: status, baseline, target, latest actual and the chart. */
export function MeasuresPrint({ strategy, language, t, asOf }: Props) {
  const goals = strategy.nodes.filter((n) => measuresOf(n).length > 0);
  if (goals.length === 0) return null;
  return (
    <section className="print-measures">
      <h3>{t('printMeasures')}</h3>
      {goals.map((goal) => (
        <div key={goal.id} className="print-goal-measures">
          <h4>
            <NameText name={nodeShownName(goal, language)} thing="goal" t={t} />
          </h4>
          {measuresOf(goal).map((measure) => {
            const actuals = actualsOf(measure, strategy, asOf);
            const name = measureName(measure, language, t);
            const lines = measureLines(measure, actuals, language, t);
            return (
              <div key={measure.id} className="print-measure">
                <MeasureChart
                  measure={measure}
                  actuals={actuals}
                  label={t('measureChart', { name })}
                />
                <div>
                  <p>
                    <strong>{name}</strong>{' '}
                    <StatusBadge status={lines.status} text={t(`status.${lines.status}`)} />
                  </p>
                  <p className="muted">{lines.facts}</p>
                  {lines.progress && <p className="muted">{lines.progress}</p>}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
