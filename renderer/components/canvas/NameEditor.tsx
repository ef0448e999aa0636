import { ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { nameFieldKey } from '../../../shared/model/nameField';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { toStrategyNode, type FlowNode } from '../../store/flow';
import { selectLanguage, selectNodeById } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { focusCard } from './canvasFocus';
import { isComposingKey } from '../enterKey';

const selectRenaming = (s: { renamingNodeId: string | null }) => s.renamingNodeId;

/** A name typed straight over a card (Enter or double-click on it): Enter keeps, Escape drops. */
export function NameEditor() {
  const id = useApp(selectRenaming);
  const node = useApp(useMemo(() => selectNodeById(id ?? undefined), [id]));
  if (!id || !node) return null;
  return (
    <ViewportPortal>
      <NameInput key={id} node={node} />
    </ViewportPortal>
  );
}

function NameInput({ node }: { node: FlowNode }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const finishRename = useApp((s) => s.finishRename);
  const key = nameFieldKey(node.type, language);
  const [draft, setDraft] = useState(() =>
    String((node.data as Record<string, unknown>)[key] ?? ''),
  );
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (name: string | null, backToCard: boolean) => {
    if (finished.current) return;
    finished.current = true;
    finishRename(name);
    // Back on the card, the keyboard goes on where it was; leaving by Tab goes where Tab went.
    if (backToCard) focusCard(node.id);
  };

  return (
    <input
      ref={input}
      className="name-editor nodrag nopan nowheel"
      aria-label={t('cardName')}
      placeholder={displayName(toStrategyNode(node), language)}
      value={draft}
      maxLength={500}
      style={{
        transform: `translate(${node.position.x}px, ${node.position.y}px)`,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      }}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        // Enter also ends a Korean syllable being composed: that one is the input method's.
        if (isComposingKey(event)) return;
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          finish(event.key === 'Enter' ? draft : null, true);
        }
      }}
      onBlur={() => finish(draft, false)}
    />
  );
}
