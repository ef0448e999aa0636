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
  return (
    <section id={id} className="map-panel map-filters" aria-label={t('filters')}>
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
