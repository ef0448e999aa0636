import { useLayoutEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n';
import {
  selectHiddenIdeas,
  selectNodeKindById,
  selectReadOnly,
  selectSelectedEdgeIds,
  selectSelectedNodeIds,
} from '../../store/selectors';
import { useApp, useAppShallow } from '../../store/StoreContext';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { INSPECTOR_ID } from './inspectorFocus';

export function Inspector() {
  const t = useT();
  const nodeIds = useAppShallow(selectSelectedNodeIds);
  const edgeIds = useAppShallow(selectSelectedEdgeIds);
  const count = nodeIds.length + edgeIds.length;
  const readOnly = useApp(selectReadOnly);
  // Someone else's idea in a private round stays theirs until revealed, here as on its card.
  // Only an idea: a peer claiming any other node as theirs hides nothing.
  const hiddenIdeas = useApp(selectHiddenIdeas);
  const onlyNodeId = count === 1 ? nodeIds[0] : undefined;
  const onlyKind = useApp(useMemo(() => selectNodeKindById(onlyNodeId ?? ''), [onlyNodeId]));
  const hidden = !!onlyNodeId && onlyKind === 'idea' && !!hiddenIdeas?.includes(onlyNodeId);
  const section = useRef<HTMLElement>(null);
  const shown = count === 1 ? (nodeIds[0] ?? edgeIds[0]) : null;
  // Another node opens at its name, not as far down as the last one was scrolled.
  useLayoutEffect(() => {
    if (section.current) section.current.scrollTop = 0;
  }, [shown]);
  return (
    // Focusable by script alone: the target of "Skip to inspector" and of going to another node.
    <section
      ref={section}
      className="inspector"
      id={INSPECTOR_ID}
      tabIndex={-1}
      aria-label={t('inspector')}
    >
      <h2>{t('inspector')}</h2>
      {count === 0 && <p className="empty">{t('inspectorEmpty')}</p>}
      {count > 1 && <p>{t('inspectorMany', { count })}</p>}
      {/* A read-only window shows the fields but takes no input. */}
      <fieldset className="inspector-fields" disabled={readOnly}>
        {hidden && <p className="empty">{t('hiddenIdea')}</p>}
        {count === 1 && nodeIds[0] && !hidden && (
          <NodeInspector key={nodeIds[0]} nodeId={nodeIds[0]} />
        )}
        {count === 1 && edgeIds[0] && <EdgeInspector key={edgeIds[0]} edgeId={edgeIds[0]} />}
      </fieldset>
    </section>
  );
}
