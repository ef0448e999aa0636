import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/vocabulary';
import type { MessageKey } from '../../../shared/i18n/translate';
import { NODE_WIDTH, NODE_HEIGHT } from '../../../shared/layout/layoutByKind';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import { CANVAS_ID } from '../canvas/Canvas';
import { KindIcon } from '../canvas/KindIcon';

const ADD_LABELS: Record<NodeKind, MessageKey> = {
  goal: 'addGoal',
  partnerCity: 'addPartnerCity',
  network: 'addNetwork',
  actor: 'addActor',
  project: 'addProject',
};

/** Adds a node in the middle of what the user is looking at, next to anything already there. */
export function Palette() {
  const t = useT();
  const flow = useReactFlow();
  const addNode = useApp((s) => s.addNode);

  const add = (kind: NodeKind) => {
    const rect = document.getElementById(CANVAS_ID)?.getBoundingClientRect();
    const centre = rect
      ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
      : { x: 0, y: 0 };
    addNode(kind, { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 });
  };

  return (
    <nav className="palette-items" aria-label={t('palette')}>
      {NODE_KINDS.map((kind) => (
        <button key={kind} className={`palette-item palette-${kind}`} onClick={() => add(kind)}>
          <KindIcon kind={kind} size={18} />
          <span>{t(ADD_LABELS[kind])}</span>
        </button>
      ))}
    </nav>
  );
}
