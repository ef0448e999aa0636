import { useMemo } from 'react';
import { exchangesWithNoFollowThrough } from '../../../shared/activity/exchangeLog';
import type { StrategyGraph } from '../../../shared/model/graph';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { selectActivitySettings, selectAsOf } from '../../store/activitySelectors';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { focusInspector } from '../inspector/inspectorFocus';

/**
 * Exchanges that promised a next step and have no project to show for it after the chosen
 * months: a group of the follow-through gaps. Each leads to its partner.
 */
export function UnfollowedExchanges({ graph }: { graph: StrategyGraph }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const settings = useApp(selectActivitySettings);
  const asOf = useApp(selectAsOf);
  const revealNode = useApp((s) => s.revealNode);
  // The button goes with the view; the keyboard goes on to the partner in the inspector.
  const reveal = (id: string) => {
    revealNode(id);
    focusInspector();
  };
  const found = useMemo(
    () => exchangesWithNoFollowThrough(graph, settings, asOf),
    [graph, settings, asOf],
  );
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const title = t('gaps.exchangesWithNoFollowThrough');
  return (
    <details open={found.length > 0 && found.length <= 12}>
      <summary>
        {title} <span className="count-pill">{found.length}</span>
      </summary>
      {found.length === 0 ? (
        <p className="empty">{t('noGaps')}</p>
      ) : (
        <ul aria-label={title}>
          {found.map(({ partnerId, exchange }) => {
            const partner = nodes.get(partnerId);
            return (
              <li key={exchange.id}>
                <button className="link-button" onClick={() => reveal(partnerId)}>
                  {t('unfollowedExchange', {
                    partner: partner ? displayName(partner, language) : '',
                    date: exchange.date,
                    kind: t(`option.${exchange.kind}`),
                    topic: exchange.topic || exchange.who,
                  })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
