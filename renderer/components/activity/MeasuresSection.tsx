import { memo, useMemo } from 'react';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectEdges, selectReadOnly } from '../../store/selectors';
import { selectMapNodes } from '../../store/mapNodes';
import { selectAsOf } from '../../store/activitySelectors';
import { useApp } from '../../store/StoreContext';
import type { StrategyNode } from '../../../shared/model/graph';
import { MeasureEditor } from './MeasureEditor';
import { sameButLongTexts } from './sameButLongTexts';
import './activity.css';

/**
 * A goal's measures in the inspector. They count what the map shows, never long texts: typing
 * the goal's description, or any node's notes, renders nothing here.
 */
export const MeasuresSection = memo(Measures, (before, after) =>
  sameButLongTexts(before.goal, after.goal),
);

function Measures({ goal }: { goal: StrategyNode }) {
  const t = useT();
  const nodes = useApp(selectMapNodes);
  const edges = useApp(selectEdges);
  const asOf = useApp(selectAsOf);
  const readOnly = useApp(selectReadOnly);
  const addMeasure = useApp((s) => s.addMeasure);
  const graph = useMemo(() => strategyGraphOf(nodes, edges), [nodes, edges]);
  const measures = goal.kind === 'goal' ? (goal.data.measures ?? []) : [];
  return (
    <section className="measures" aria-label={t('measures')}>
      <h4>{t('measures')}</h4>
      {measures.length === 0 && <p className="empty">{t('noMeasures')}</p>}
      {measures.map((measure) => (
        <MeasureEditor
          key={measure.id}
          goalId={goal.id}
          measure={measure}
          graph={graph}
          asOf={asOf}
        />
      ))}
      {!readOnly && (
        <button type="button" onClick={() => addMeasure(goal.id)}>
          {t('addMeasure')}
        </button>
      )}
    </section>
  );
}
