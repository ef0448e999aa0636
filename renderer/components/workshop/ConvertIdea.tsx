import { useId, useMemo, useState } from 'react';
import { displayName } from '../../../shared/model/nodes';
import {
  CONVERTIBLE_KINDS,
  convertIdea,
  type ConvertibleKind,
} from '../../../shared/workshop/ideas';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectEdges, selectLanguage, selectNodes, selectToday } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { focusInspector } from '../inspector/inspectorFocus';

/**
 * "Convert to…" for an idea: the kind to make it, and before converting, which of its
 * relationships the new kind could not keep.
 */
export function ConvertIdea({ ideaId, onDone }: { ideaId: string; onDone?: () => void }) {
  const t = useT();
  const id = useId();
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const language = useApp(selectLanguage);
  const today = useApp(selectToday);
  const convert = useApp((s) => s.convertIdea);
  const [kind, setKind] = useState<ConvertibleKind>('goal');
  const dropped = useMemo(() => {
    const graph = strategyGraphOf(nodes, edges);
    const conversion = convertIdea(graph, ideaId, kind, language, today());
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    return (conversion?.dropped ?? []).map(({ otherId }) => {
      const other = byId.get(otherId);
      return other ? displayName(other, language) : otherId;
    });
  }, [nodes, edges, ideaId, kind, language, today]);

  return (
    <div className="convert-idea" role="group" aria-labelledby={`${id}-label`}>
      <label className="field">
        <span id={`${id}-label`}>{t('convertTo')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as ConvertibleKind)}>
          {CONVERTIBLE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {dropped.length > 0 && (
        <p className="convert-drops">{t('convertDrops', { list: dropped.join(', ') })}</p>
      )}
      <button
        type="button"
        onClick={() => {
          // The idea's form goes with it: the keyboard goes to the inspector, on the new card.
          if (convert(ideaId, kind)) focusInspector();
          onDone?.();
        }}
      >
        {t('convertAction')}
      </button>
    </div>
  );
}
