import { useMemo, useState } from 'react';
import {
  ACTIVITY_SORTS,
  partnerActivity,
  rankPartners,
  type ActivitySort,
} from '../../../shared/activity/partnerActivity';
import { formatCount, formatTimeAgo } from '../../../shared/i18n/formatNumbers';
import { nodeShownName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectActivitySettings, selectAsOf } from '../../store/activitySelectors';
import { selectEdges, selectLanguage, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { NameText } from '../NameText';
import { focusInspector } from '../inspector/inspectorFocus';
import { ActivitySettingsBar } from './ActivitySettingsBar';
import { UnfollowedExchanges } from './UnfollowedExchanges';
import './activity.css';

/** Partner cities and networks ranked by what actually happens with them. */
export function ActivityView() {
  const t = useT();
  const language = useApp(selectLanguage);
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const settings = useApp(selectActivitySettings);
  const asOf = useApp(selectAsOf);
  const revealNode = useApp((s) => s.revealNode);
  // The button goes with the view; the keyboard goes on to the partner in the inspector.
  const reveal = (id: string) => {
    revealNode(id);
    focusInspector();
  };
  const [sort, setSort] = useState<ActivitySort>('recent');
  const [onlySilent, setOnlySilent] = useState(false);
  const graph = useMemo(() => strategyGraphOf(nodes, edges), [nodes, edges]);
  const rows = useMemo(
    () => rankPartners(partnerActivity(graph, settings, asOf), sort),
    [graph, settings, asOf, sort],
  );
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const silent = rows.filter((r) => r.silent).length;
  const later = rows.reduce((sum, row) => sum + row.laterExchanges, 0);
  const shown = onlySilent ? rows.filter((r) => r.silent) : rows;

  return (
    <div className="activity-view">
      <div className="activity-toolbar">
        <ActivitySettingsBar />
        <label className="inline-field">
          <span>{t('sortBy')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as ActivitySort)}>
            {ACTIVITY_SORTS.map((key) => (
              <option key={key} value={key}>
                {t(`activitySort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check-row">
          <input
            type="checkbox"
            checked={onlySilent}
            onChange={(event) => setOnlySilent(event.target.checked)}
          />
          <span>{t('onlySilent')}</span>
        </label>
        <span>{t('silentCount', { count: silent })}</span>
        <span className="muted">{t('activityAsOf', { date: asOf })}</span>
        {/* An exchange logged for a day past "As of" is in no figure: the officer who logged it
            is told why, and what to change. */}
        {later > 0 && (
          <p className="activity-later">{t('exchangesAfterAsOf', { count: later, date: asOf })}</p>
        )}
      </div>
      <div className="activity-table-wrap">
        <table className="activity-table" aria-label={t('activityTable')}>
          <thead>
            <tr>
              <th scope="col">{t('activityCol.partner')}</th>
              <th scope="col" className="number">
                {t('activityCol.recent', { count: settings.recentYears })}
              </th>
              <th scope="col" className="number">
                {t('activityCol.total')}
              </th>
              <th scope="col" className="number">
                {t('activityCol.projects')}
              </th>
              <th scope="col" className="number">
                {t('activityCol.noFollowThrough')}
              </th>
              <th scope="col">{t('activityCol.lastExchange')}</th>
              <th scope="col">{t('activityCol.timeAgo')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={7} className="empty">
                  {rows.length === 0 ? t('noPartnersYet') : t('noSilentTies')}
                </td>
              </tr>
            )}
            {shown.map((row) => {
              const node = byId.get(row.id)!;
              return (
                <tr key={row.id} className={row.silent ? 'is-silent' : undefined}>
                  <th scope="row">
                    <button className="link-button" onClick={() => reveal(row.id)}>
                      <NameText name={nodeShownName(node, language)} thing={node.kind} t={t} />
                    </button>
                    {row.silent && <span className="silent-badge">{t('silentTie')}</span>}
                  </th>
                  <td className="number">{formatCount(row.recentExchanges, language)}</td>
                  <td className="number">{formatCount(row.totalExchanges, language)}</td>
                  <td className="number">{formatCount(row.projects, language)}</td>
                  <td className="number">{formatCount(row.noFollowThrough, language)}</td>
                  <td>{row.lastExchange ?? t('never')}</td>
                  <td>
                    {row.daysSinceLast === null ? '' : formatTimeAgo(row.daysSinceLast, language)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section
        className="gaps panel activity-panels"
        aria-label={t('gaps.exchangesWithNoFollowThrough')}
      >
        <UnfollowedExchanges graph={graph} />
      </section>
    </div>
  );
}
