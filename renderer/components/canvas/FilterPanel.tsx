import { useLayoutEffect, useRef, type RefObject } from 'react';
import {
  FACET_VALUES,
  FILTER_FACETS,
  hidesAnything,
  isShown,
  withFacetShown,
  withFacetsShown,
  withValueShown,
  type FilterFacet,
} from '../../../shared/map/filters';
import type { MessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../i18n';
import { selectMapFilter } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';

/** The text of a facet's value: the labels the inspector uses for the same codes. */
function valueKey(facet: FilterFacet, value: string): MessageKey {
  if (facet === 'kind') return `kind.${value}` as MessageKey;
  if (facet === 'edgeKind') return `edge.${value}` as MessageKey;
  return `option.${value}` as MessageKey;
}

/**
 * Each button here is disabled by its own press (all shown, none shown, nothing hidden), and a
 * disabled button drops the keyboard to the page, where Escape no longer closes the panel. The
 * keyboard goes instead to the other button of its pair, which the press enabled, or else to
 * the panel itself: checked after each render, while the browser still has it on the button.
 */
function useKeyboardKeptInPanel(panel: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const at = document.activeElement;
    if (!(at instanceof HTMLButtonElement) || !at.disabled || !panel.current?.contains(at)) return;
    const partner = at
      .closest('.filter-group-actions')
      ?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    (partner ?? panel.current).focus();
  });
}

/**
 * What the map shows, as one group of checkboxes per facet: those of `facets`, the ones the
 * view showing it filters by. "Show everything" shows everything of those.
 */
export function FilterPanel({
  id,
  facets = FILTER_FACETS,
}: {
  id: string;
  facets?: readonly FilterFacet[];
}) {
  const t = useT();
  const filter = useApp(selectMapFilter);
  const setMapFilter = useApp((s) => s.setMapFilter);
  const panel = useRef<HTMLElement>(null);
  useKeyboardKeptInPanel(panel);
  return (
    <section
      ref={panel}
      id={id}
      className="map-panel map-filters"
      aria-label={t('filters')}
      tabIndex={-1}
    >
      <button
        disabled={!hidesAnything(filter, facets)}
        onClick={() => setMapFilter(withFacetsShown(filter, facets))}
      >
        {t('showEverything')}
      </button>
      <div className="filter-groups">
        {facets.map((facet) => {
          const group = t(`filter.${facet}`);
          const values = FACET_VALUES[facet];
          const allShown = values.every((value) => isShown(filter, facet, value));
          const noneShown = values.every((value) => !isShown(filter, facet, value));
          return (
            <fieldset key={facet} className="filter-group">
              <legend>{group}</legend>
              <div className="filter-group-actions">
                <button
                  disabled={allShown}
                  aria-label={t('filterShowAllOf', { group })}
                  onClick={() => setMapFilter(withFacetShown(filter, facet, true))}
                >
                  {t('filterShowAll')}
                </button>
                <button
                  disabled={noneShown}
                  aria-label={t('filterHideAllOf', { group })}
                  onClick={() => setMapFilter(withFacetShown(filter, facet, false))}
                >
                  {t('filterHideAll')}
                </button>
              </div>
              {values.map((value) => (
                <label key={value} className="check-row">
                  <input
                    type="checkbox"
                    checked={isShown(filter, facet, value)}
                    onChange={(event) =>
                      setMapFilter(withValueShown(filter, facet, value, event.target.checked))
                    }
                  />
                  <span>{t(valueKey(facet, value))}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
