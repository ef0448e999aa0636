import { useReactFlow } from '@xyflow/react';
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nodeShownName, searchNodes } from '../../../shared/model/nodes';
import { NODE_WIDTH, NODE_HEIGHT } from '../../../shared/layout/layoutByKind';
import { useT } from '../../i18n';
import { NameText } from '../NameText';
import { indexById, strategyGraphOf } from '../../store/flow';
import {
  selectEdges,
  selectLanguage,
  selectNodes,
  selectNoEdges,
  selectNoNodes,
} from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { focusCardWhenDrawn } from '../canvas/canvasFocus';
import { isComposingKey, isEnterToAct } from '../enterKey';

export const SEARCH_INPUT_ID = 'node-search';

/** Finds nodes by English or Korean name; choosing one selects it and centres the canvas on it. */
export function SearchBox() {
  const t = useT();
  const flow = useReactFlow();
  const language = useApp(selectLanguage);
  const selectOnly = useApp((s) => s.selectOnly);
  const app = useAppStore();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // Only a search in progress follows the nodes; otherwise a drag would re-render the search box.
  const searching = deferredQuery.trim() !== '';
  const nodes = useApp(searching ? selectNodes : selectNoNodes);
  const edges = useApp(searching ? selectEdges : selectNoEdges);
  const results = useMemo(
    () => (searching ? searchNodes(strategyGraphOf(nodes, edges).nodes, deferredQuery, 12) : []),
    [searching, nodes, edges, deferredQuery],
  );

  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  /** The up and down arrows go through the results, and up from the first back to the text. */
  const stepThrough = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else buttons[Math.min(next, buttons.length - 1)]!.focus();
  };

  const choose = (id: string) => {
    const node = indexById(nodes).get(id);
    if (!node) return;
    // On the board, a project found is its card there; anything else shows in the inspector.
    if (app.getState().editorView === 'pipeline' && node.type === 'project') {
      setQuery('');
      app.getState().showOnBoard(id);
      return;
    }
    selectOnly(id);
    // A result chosen goes with the list: the keyboard waits here until the card can take it.
    input.current?.focus();
    setQuery('');
    const view = app.getState().viewport;
    if (!view) return;
    view.centreOn(
      { x: node.position.x + NODE_WIDTH / 2, y: node.position.y + NODE_HEIGHT / 2 },
      Math.max(flow.getZoom(), 1),
      300,
    );
    // Focused mid-move, React Flow would pan to the card at once and cut the move short.
    void view
      .settled()
      .then(() =>
        focusCardWhenDrawn(
          id,
          () => document.activeElement === input.current && input.current?.value === '',
        ),
      );
  };

  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={SEARCH_INPUT_ID}>
        {t('search')}
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        type="text"
        autoComplete="off"
        placeholder={t('searchPlaceholder')}
        value={query}
        maxLength={200}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (isEnterToAct(event) && results[0]) choose(results[0].id);
          if (event.key === 'Escape' && !isComposingKey(event)) setQuery('');
          stepThrough(event);
        }}
      />
      {query.trim() !== '' && (
        <ul
          ref={list}
          className="search-results"
          aria-label={t('searchResults')}
          onKeyDown={(event) => {
            stepThrough(event);
            if (event.key === 'Escape') {
              setQuery('');
              input.current?.focus();
            }
          }}
        >
          {results.length === 0 && <li className="empty">{t('noMatches')}</li>}
          {results.map((node) => (
            <li key={node.id}>
              <button onClick={() => choose(node.id)}>
                <span className="search-kind">{t(`kind.${node.kind}`)}</span>{' '}
                <NameText name={nodeShownName(node, language)} thing={node.kind} t={t} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
