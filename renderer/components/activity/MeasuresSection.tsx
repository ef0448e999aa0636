import { memo, useEffect, useMemo, useRef } from 'react';
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
  const deleteMeasure = useApp((s) => s.deleteMeasure);
  const graph = useMemo(() => strategyGraphOf(nodes, edges), [nodes, edges]);
  const measures = goal.kind === 'goal' ? (goal.data.measures ?? []) : [];
  const section = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // The measure goes with its Delete button: the keyboard goes to the first field of the measure
  // after it, or before it, or with none left to "Add measure", rather than to the page.
  const deleteKeepingKeyboard = (at: number) => {
    const fieldsets = section.current?.querySelectorAll(':scope > fieldset') ?? [];
    const neighbour = fieldsets[at + 1] ?? fieldsets[at - 1];
    deleteMeasure(goal.id, measures[at]!.id);
    (neighbour?.querySelector<HTMLElement>('[data-field]') ?? addButton.current)?.focus();
  };
  // A new measure is named first: the keyboard goes to its first field (the name in the UI
  // language), above "Add measure", once that is rendered.
  const focusAfterAdd = useRef<string | null>(null);
  useEffect(() => {
    const measureId = focusAfterAdd.current;
    if (measureId === null) return;
    const added = [
      ...(section.current?.querySelectorAll<HTMLElement>(':scope > fieldset') ?? []),
    ].find((fieldset) => fieldset.dataset.measureId === measureId);
    const field = added?.querySelector<HTMLElement>('[data-field]');
    if (!field) return;
    focusAfterAdd.current = null;
    field.focus();
  });
  const addKeepingKeyboard = () => {
    focusAfterAdd.current = addMeasure(goal.id);
  };
  return (
    <section ref={section} className="measures" aria-label={t('measures')}>
      <h4>{t('measures')}</h4>
      {measures.length === 0 && <p className="empty">{t('noMeasures')}</p>}
      {measures.map((measure, at) => (
        <MeasureEditor
          key={measure.id}
          goalId={goal.id}
          measure={measure}
          graph={graph}
          asOf={asOf}
          onDelete={() => deleteKeepingKeyboard(at)}
        />
      ))}
      {!readOnly && (
        <button ref={addButton} type="button" onClick={addKeepingKeyboard}>
          {t('addMeasure')}
        </button>
      )}
    </section>
  );
}
