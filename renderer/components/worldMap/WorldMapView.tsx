import { useRef, useState } from 'react';
import { fileNameFor } from '../../../shared/format/strategyFile';
import { strategyTitle } from '../../../shared/model/names';
import {
  HOME_COLOUR,
  LEGEND_RELATIONS,
  RELATION_COLOURS,
} from '../../../shared/places/mapGeometry';
import { pictureOf, pictureSvg } from '../../../shared/places/mapPicture';
import type { MapScene } from '../../../shared/places/mapScene';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import {
  selectEdges,
  selectLanguage,
  selectNodes,
  selectOpenMeta,
  selectSelectedNodeIds,
} from '../../store/selectors';
import { selectMapFilter } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';
import { FilterPanel } from '../canvas/FilterPanel';
import { MAP_FILTER_FACETS } from '../../../shared/places/mapPlaces';
import { drawMapPng } from './drawMapPng';
import { useWorld } from './loadWorld';
import { MapCanvas, type MapCanvasHandle } from './MapCanvas';
import { useMapScene } from './useMapScene';
import './worldMap.css';

const FILTERS_ID = 'world-map-filters';
const HINT_ID = 'world-map-hint';

/** Where the strategy's partner cities are, its ties from the home city, and their projects. */
export function WorldMapView() {
  const t = useT();
  const language = useApp(selectLanguage);
  const meta = useApp(selectOpenMeta);
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const filter = useApp(selectMapFilter);
  const selected = useApp(selectSelectedNodeIds);
  const selectOnly = useApp((s) => s.selectOnly);
  const host = useApp((s) => s.host);
  const showNotice = useApp((s) => s.showNotice);
  const world = useWorld();
  const scene = useMapScene(
    world.status === 'loaded' ? world.world : null,
    strategyGraphOf(nodes, edges),
    meta?.home,
    filter,
    language,
    t,
  );
  const canvas = useRef<MapCanvasHandle>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const exportMap = async (format: 'svg' | 'png') => {
    if (!scene || !meta) return;
    const title = `${strategyTitle(meta, language)} - ${t('section.worldMap')}`;
    try {
      const picture = pictureOf(scene, t);
      const result = await host.saveFile(
        format === 'svg'
          ? {
              suggestedName: fileNameFor(title, 'svg'),
              content: pictureSvg(picture, title),
              mimeType: 'image/svg+xml',
              filters: [{ name: 'SVG', extensions: ['svg'] }],
            }
          : {
              suggestedName: fileNameFor(title, 'png'),
              content: await drawMapPng(picture),
              mimeType: 'image/png',
              filters: [{ name: 'PNG', extensions: ['png'] }],
            },
      );
      if (result.status === 'saved')
        showNotice({ tone: 'info', key: 'exported', values: { name: result.name } });
    } catch (error) {
      showNotice({ tone: 'error', key: 'exportFailed', values: { error: String(error) } });
    }
  };

  return (
    <section className="world-map-view" aria-label={t('worldMap')}>
      <div className="world-map-toolbar" role="toolbar" aria-label={t('worldMapTools')}>
        <button onClick={() => canvas.current?.zoomBy(1.5)} disabled={!scene}>
          {t('worldMapZoomIn')}
        </button>
        <button onClick={() => canvas.current?.zoomBy(1 / 1.5)} disabled={!scene}>
          {t('worldMapZoomOut')}
        </button>
        <button onClick={() => canvas.current?.reset()} disabled={!scene}>
          {t('worldMapReset')}
        </button>
        <button
          aria-expanded={filtersOpen}
          aria-controls={filtersOpen ? FILTERS_ID : undefined}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t('worldMapFilters')}
        </button>
        <button onClick={() => void exportMap('svg')} disabled={!scene}>
          {t('worldMapExportSvg')}
        </button>
        <button onClick={() => void exportMap('png')} disabled={!scene}>
          {t('worldMapExportPng')}
        </button>
        {scene && (
          <span className="world-map-count" role="status">
            {t('worldMapShown', { shown: scene.shown, total: scene.total })}
          </span>
        )}
      </div>
      <p id={HINT_ID} className="world-map-hint">
        {t('worldMapKeys')}
      </p>
      <div className="world-map-body">
        {filtersOpen && <FilterPanel id={FILTERS_ID} facets={MAP_FILTER_FACETS} />}
        <div className="world-map-main">
          {world.status === 'failed' ? (
            <p role="alert">{t('worldMapFailed', { error: world.error })}</p>
          ) : scene ? (
            <MapCanvas
              ref={canvas}
              scene={scene}
              selected={selected}
              onSelect={selectOnly}
              label={t('worldMapMarkers')}
              hintId={HINT_ID}
            />
          ) : (
            <p className="world-map-loading" role="status">
              {t('worldMapLoading')}
            </p>
          )}
          {scene && <MapFooter scene={scene} />}
        </div>
      </div>
    </section>
  );
}

function MapFooter({ scene }: { scene: MapScene }) {
  const t = useT();
  const selectOnly = useApp((s) => s.selectOnly);
  return (
    <div className="world-map-footer">
      <ul className="world-map-legend" aria-label={t('legend')}>
        {scene.home && (
          <li>
            <span className="world-map-swatch" style={{ background: HOME_COLOUR }} />
            {scene.home.accessibleName}
          </li>
        )}
        {LEGEND_RELATIONS.map((relation) => (
          <li key={relation}>
            <span
              className="world-map-swatch"
              style={{ background: RELATION_COLOURS[relation].fill }}
            />
            {t(`option.${relation}`)}
          </li>
        ))}
        <li>
          <span className="world-map-swatch" style={{ background: RELATION_COLOURS[''].fill }} />
          {t('worldMapLegendOther')}
        </li>
        <li>{t('worldMapLegendSize')}</li>
      </ul>
      {!scene.home && <p className="world-map-note">{t('worldMapNoHome')}</p>}
      {scene.unplaced.length > 0 && (
        <div className="world-map-unplaced">
          <h3>{t('worldMapUnplaced')}</h3>
          <ul aria-label={t('worldMapUnplaced')}>
            {scene.unplaced.map((city) => (
              <li key={city.id}>
                <button className="link-button" onClick={() => selectOnly(city.id)}>
                  {city.label}
                </button>
              </li>
            ))}
          </ul>
          <p className="world-map-note">{t('worldMapUnplacedHelp')}</p>
        </div>
      )}
    </div>
  );
}
