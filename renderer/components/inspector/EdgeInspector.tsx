import { useMemo } from 'react';
import { edgeKindsBetween } from '../../../shared/model/edgeRules';
import { displayName } from '../../../shared/model/nodes';
import type { EdgeKind } from '../../../shared/model/vocabulary';
import { useT } from '../../i18n';
import { toStrategyNode } from '../../store/flow';
import { selectEdgeById, selectLanguage, selectNodeById } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const edge = useApp(useMemo(() => selectEdgeById(edgeId), [edgeId]));
  const source = useApp(useMemo(() => selectNodeById(edge?.source), [edge?.source]));
  const target = useApp(useMemo(() => selectNodeById(edge?.target), [edge?.target]));
  const setEdgeKind = useApp((s) => s.setEdgeKind);
  if (!edge || !source || !target) return null;
  const kinds = edgeKindsBetween(source.type, target.type);
  return (
    <form className="inspector-form" onSubmit={(event) => event.preventDefault()}>
      <h3>{t('edgeKind')}</h3>
      <div className="field">
        <span className="field-label">{t('from')}</span>
        <p>{displayName(toStrategyNode(source), language)}</p>
      </div>
      <div className="field">
        <span className="field-label">{t('to')}</span>
        <p>{displayName(toStrategyNode(target), language)}</p>
      </div>
      <div className="field">
        <label htmlFor={`edge-kind-${edgeId}`}>{t('edgeKind')}</label>
        <select
          id={`edge-kind-${edgeId}`}
          value={edge.data?.kind}
          onChange={(event) => setEdgeKind(edgeId, event.target.value as EdgeKind)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`edge.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
