import { useMemo } from 'react';
import { nodeShownName } from '../../../shared/model/nodes';
import { followThroughGaps, type FollowThroughGaps } from '../../../shared/pipeline/analysis';
import type { StrategyGraph } from '../../../shared/model/graph';
import { useT } from '../../i18n';
import { NameText } from '../NameText';
import { UnfollowedExchanges } from '../activity/UnfollowedExchanges';
import { selectLanguage, selectPipelineSettings } from '../../store/selectors';
import { selectAsOfClock } from '../../store/activitySelectors';
import { useApp } from '../../store/StoreContext';

const GROUPS: (keyof FollowThroughGaps)[] = [
  'idlePartnerCities',
  'projectsWithoutGoal',
  'goalsWithoutSupport',
  'stalledProjects',
];

/** What the strategy leaves hanging; each entry leads to its node on the canvas. */
export function GapsList({ graph }: { graph: StrategyGraph }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const settings = useApp(selectPipelineSettings);
  const today = useApp(selectAsOfClock)();
  const revealNode = useApp((s) => s.revealNode);
  const gaps = useMemo(
    () => settings && followThroughGaps(graph, settings, today),
    [graph, settings, today],
  );
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  if (!gaps) return null;

  return (
    <section className="gaps panel" aria-label={t('followThroughGaps')}>
      <header className="panel-header">
        <h3>{t('followThroughGaps')}</h3>
      </header>
      {GROUPS.map((group) => (
        <details key={group} open={gaps[group].length > 0 && gaps[group].length <= 12}>
          <summary>
            {t(`gaps.${group}`)} <span className="count-pill">{gaps[group].length}</span>
          </summary>
          {gaps[group].length === 0 ? (
            <p className="empty">{t('noGaps')}</p>
          ) : (
            <ul>
              {gaps[group].map((id) => {
                const node = nodes.get(id);
                return (
                  <li key={id}>
                    <button className="link-button" onClick={() => revealNode(id)}>
                      {node && (
                        <NameText name={nodeShownName(node, language)} thing={node.kind} t={t} />
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </details>
      ))}
      <UnfollowedExchanges graph={graph} />
    </section>
  );
}
