import { NODE_KINDS, type NodeKind } from '../../../shared/model/vocabulary';
import type { MessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../i18n';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { KindIcon } from '../canvas/KindIcon';

const ADD_LABELS: Record<NodeKind, MessageKey> = {
  goal: 'addGoal',
  partnerCity: 'addPartnerCity',
  network: 'addNetwork',
  actor: 'addActor',
  project: 'addProject',
  idea: 'addIdea',
};

/** Adds a node where the user is looking, next to the selected node; the store places it. */
export function Palette() {
  const t = useT();
  const addNode = useApp((s) => s.addNode);
  const readOnly = useApp(selectReadOnly);
  return (
    <nav className="palette-items" aria-label={t('palette')}>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          className={`palette-item palette-${kind}`}
          onClick={() => addNode(kind)}
          disabled={readOnly}
        >
          <KindIcon kind={kind} size={18} />
          <span>{t(ADD_LABELS[kind])}</span>
        </button>
      ))}
    </nav>
  );
}
