import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { indexById, toStrategyNode } from '../../store/flow';
import {
  selectLanguage,
  selectNodes,
  selectNoNodes,
  selectPendingConnection,
} from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';

/** Asked when a drag between two nodes fits more than one kind of relationship. */
export function EdgeKindDialog() {
  const t = useT();
  const pending = useApp(selectPendingConnection);
  const language = useApp(selectLanguage);
  const nodes = useApp(pending ? selectNodes : selectNoNodes);
  const choose = useApp((s) => s.choosePendingConnection);
  const cancel = useApp((s) => s.cancelPendingConnection);
  if (!pending) return null;
  const index = indexById(nodes);
  const name = (id: string) => {
    const node = index.get(id);
    return node ? displayName(toStrategyNode(node), language) : '';
  };
  return (
    <Dialog
      title={t('chooseEdgeKind')}
      onCancel={cancel}
      actions={<button onClick={cancel}>{t('cancel')}</button>}
    >
      <p>
        {t('chooseEdgeKindBody', {
          source: name(pending.sourceId),
          target: name(pending.targetId),
        })}
      </p>
      <div className="choice-list">
        {pending.options.map((option) => (
          <button key={`${option.kind}-${option.reversed}`} onClick={() => choose(option)}>
            {t(`edge.${option.kind}`)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
