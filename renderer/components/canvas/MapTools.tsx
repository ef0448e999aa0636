import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FOCUS_DEPTHS, type FocusDepth } from '../../../shared/map/focus';
import { useT } from '../../i18n';
import { selectSelectedNodeIds } from '../../store/selectors';
import { selectMapGraph } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';
import { selectVoteRound } from '../workshop/workshopSelectors';
import { FilterPanel } from './FilterPanel';
import { ViewsPanel } from './ViewsPanel';

type OpenPanel = 'filters' | 'views' | null;

const selectCanFocus = (s: Parameters<typeof selectSelectedNodeIds>[0]) =>
  selectSelectedNodeIds(s).length === 1;
const selectShownCount = (s: Parameters<typeof selectMapGraph>[0]) =>
  selectMapGraph(s).nodes.length;

/**
 * Focus, filters and saved views of the map, over the canvas's top right corner: in two short
 * rows, so they stay clear of the view controls on the left and of the goal tree's top.
 */
function MapToolsView() {
  const t = useT();
  const focused = useApp((s) => s.mapFocus !== null);
  const depth = useApp((s) => s.focusDepth);
  const canFocus = useApp(selectCanFocus);
  const shown = useApp(selectShownCount);
  const total = useApp((s) => s.nodes.length);
  const focusOnSelection = useApp((s) => s.focusOnSelection);
  const setFocusDepth = useApp((s) => s.setFocusDepth);
  const clearFocus = useApp((s) => s.clearFocus);
  const [open, setOpen] = useState<OpenPanel>(null);
  // A vote opens below the tools, where their panels reach: one just started closes them, so
  // the room sees it. A panel opened during the vote lies over it.
  const voteRound = useApp(selectVoteRound);
  const [roundSeen, setRoundSeen] = useState(voteRound);
  if (voteRound !== roundSeen) {
    setRoundSeen(voteRound);
    if (voteRound !== null) setOpen(null);
  }
  const filtersId = useId();
  const viewsId = useId();
  const toggle = (panel: Exclude<OpenPanel, null>) => setOpen(open === panel ? null : panel);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const viewsButton = useRef<HTMLButtonElement>(null);
  // Escape in an open panel closes it first; the focus stays until Escape is pressed again.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || open === null || document.querySelector('[role="dialog"]'))
      return;
    event.stopPropagation();
    // Closed from inside, the panel would take the keyboard with it: its button takes it back.
    const panel = document.getElementById(open === 'filters' ? filtersId : viewsId);
    if (panel?.contains(event.target as Node))
      (open === 'filters' ? filtersButton : viewsButton).current?.focus();
    setOpen(null);
  };
  return (
    <div
      className="map-tools nowheel"
      role="group"
      aria-label={t('mapTools')}
      onKeyDown={onKeyDown}
    >
      <div className="map-tools-bar">
        <button
          onClick={focusOnSelection}
          disabled={!canFocus}
          title={t('focusHint')}
          aria-keyshortcuts="F"
        >
          {t('focus')}
        </button>
        <select
          aria-label={t('focusDepth')}
          value={depth}
          onChange={(event) => setFocusDepth(Number(event.target.value) as FocusDepth)}
        >
          {FOCUS_DEPTHS.map((d) => (
            <option key={d} value={d}>
              {t('focusDepthOption', { count: d })}
            </option>
          ))}
        </select>
        {focused && (
          <button onClick={clearFocus} aria-keyshortcuts="Escape">
            {t('clearFocus')}
          </button>
        )}
      </div>
      <div className="map-tools-bar">
        <button
          ref={filtersButton}
          aria-expanded={open === 'filters'}
          aria-controls={filtersId}
          onClick={() => toggle('filters')}
        >
          {t('filters')}
        </button>
        <button
          ref={viewsButton}
          aria-expanded={open === 'views'}
          aria-controls={viewsId}
          onClick={() => toggle('views')}
        >
          {t('savedViews')}
        </button>
      </div>
      <p className="map-count" role="status">
        {t('shownNodes', { shown, count: total })}
      </p>
      {open === 'filters' && <FilterPanel id={filtersId} />}
      {open === 'views' && <ViewsPanel id={viewsId} />}
    </div>
  );
}

export const MapTools = memo(MapToolsView);
