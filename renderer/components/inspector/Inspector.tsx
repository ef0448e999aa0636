import { useT } from '../../i18n';
import { selectSelectedEdgeIds, selectSelectedNodeIds } from '../../store/selectors';
import { useAppShallow } from '../../store/StoreContext';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';

export function Inspector() {
  const t = useT();
  const nodeIds = useAppShallow(selectSelectedNodeIds);
  const edgeIds = useAppShallow(selectSelectedEdgeIds);
  const count = nodeIds.length + edgeIds.length;
  return (
    <section className="inspector" aria-label={t('inspector')}>
      <h2>{t('inspector')}</h2>
      {count === 0 && <p className="empty">{t('inspectorEmpty')}</p>}
      {count > 1 && <p>{t('inspectorMany', { count })}</p>}
      {count === 1 && nodeIds[0] && <NodeInspector key={nodeIds[0]} nodeId={nodeIds[0]} />}
      {count === 1 && edgeIds[0] && <EdgeInspector key={edgeIds[0]} edgeId={edgeIds[0]} />}
    </section>
  );
}
