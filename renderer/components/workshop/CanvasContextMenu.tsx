import { useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/vocabulary';
import { CONVERTIBLE_KINDS } from '../../../shared/workshop/ideas';
import { useT } from '../../i18n';
import { indexById } from '../../store/flow';
import { selectReadOnly } from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { focusCanvas } from '../canvas/canvasFocus';
import { useDismiss } from '../useDismiss';

export interface ContextMenuAt {
  x: number;
  y: number;
  /** The card right-clicked, or null for the canvas itself. */
  nodeId: string | null;
}

const selectContextMenu = (s: AppState) => s.contextMenu;

/** Room kept between the menu and the window's edges. */
const WINDOW_MARGIN = 4;

/** The right-click menu of a card (edit, link, convert, delete) or of the canvas (add here). */
export function CanvasContextMenu() {
  const t = useT();
  const menu = useApp(selectContextMenu);
  const readOnly = useApp(selectReadOnly);
  const store = useAppStore();
  const flow = useReactFlow();
  const ref = useRef<HTMLDivElement>(null);
  const [submenu, setSubmenu] = useState<'add' | 'convert' | null>(null);
  const [shownFor, setShownFor] = useState(menu);
  if (menu !== shownFor) {
    setShownFor(menu);
    setSubmenu(null);
  }

  useEffect(() => {
    if (menu) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);
  // At the pointer, moved up or left as far as it takes to be whole in the window, its
  // submenu open or not; before it is drawn.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !menu) return;
    const { width, height } = box.getBoundingClientRect();
    const within = (at: number, size: number, room: number) =>
      Math.max(WINDOW_MARGIN, Math.min(at, room - size - WINDOW_MARGIN));
    box.style.left = `${within(menu.x, width, window.innerWidth)}px`;
    box.style.top = `${within(menu.y, height, window.innerHeight)}px`;
  }, [menu, submenu]);
  useDismiss(menu !== null, ref, (reason) => {
    store.getState().closeContextMenu();
    if (reason === 'escape') focusCanvas();
  });

  if (!menu || readOnly) return null;
  const state = () => store.getState();
  const node = menu.nodeId ? indexById(state().nodes).get(menu.nodeId) : undefined;
  const done = () => {
    state().closeContextMenu();
    focusCanvas();
  };
  const addHere = (kind: NodeKind) => {
    const point = flow.screenToFlowPosition({ x: menu.x, y: menu.y });
    state().addNode(kind, point);
    state().closeContextMenu();
  };
  const item = (label: string, action: () => void, extra: object = {}) => (
    <button role="menuitem" type="button" onClick={action} {...extra}>
      {label}
    </button>
  );
  const entries = node ? (
    <>
      {item(t('edit'), () => {
        state().closeContextMenu();
        state().startRename(node.id);
      })}
      {item(t('linkTo'), () => {
        state().selectOnly(node.id);
        state().closeContextMenu();
        // The inspector's link box, once it shows the node.
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLInputElement>(
              `.inspector input[placeholder="${t('linkToPlaceholder')}"]`,
            )
            ?.focus(),
        );
      })}
      {node.type === 'idea' &&
        item(t('convertTo'), () => setSubmenu(submenu === 'convert' ? null : 'convert'), {
          'aria-haspopup': 'menu',
          'aria-expanded': submenu === 'convert',
        })}
      {submenu === 'convert' &&
        CONVERTIBLE_KINDS.map((kind) => (
          <span key={kind} className="context-submenu">
            {item(t(`kind.${kind}`), () => {
              state().convertIdea(node.id, kind);
              done();
            })}
          </span>
        ))}
      {item(t('delete'), () => {
        state().selectOnly(node.id);
        state().deleteSelection();
        done();
      })}
    </>
  ) : (
    <>
      {item(t('addIdea'), () => addHere('idea'))}
      {item(t('addHere'), () => setSubmenu(submenu === 'add' ? null : 'add'), {
        'aria-haspopup': 'menu',
        'aria-expanded': submenu === 'add',
      })}
      {submenu === 'add' &&
        NODE_KINDS.filter((kind) => kind !== 'idea').map((kind) => (
          <span key={kind} className="context-submenu">
            {item(t(`kind.${kind}`), () => addHere(kind))}
          </span>
        ))}
    </>
  );
  // Above the canvas's layers; placed by the layout effect above.
  return createPortal(
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('contextMenu')}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const at = items.indexOf(document.activeElement as HTMLElement);
        const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[next]?.focus();
      }}
    >
      {entries}
    </div>,
    document.body,
  );
}
