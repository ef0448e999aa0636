import { useMemo } from 'react';
import type { Translate } from '../../shared/i18n/translate';
import type { Language, Strategy } from '../../shared/model/graph';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { mapPlaces } from '../../shared/places/mapPlaces';
import { pictureOf, pictureSvg } from '../../shared/places/mapPicture';
import {
  countryPaths,
  mapScene,
  projectionFor,
  type WorldTopology,
} from '../../shared/places/mapScene';
import './worldMapPrint.css';

/**
 * Every partner city on a world map, whatever the screen's filters hide, like the strategy map
 * before it. Vector outlines with the names as text, so the PDF
 * stays sharp at any zoom and its names can be searched and copied.
 */
export function WorldMapSection({
  strategy,
  world,
  language,
  t,
}: {
  strategy: Strategy;
  world: WorldTopology;
  language: Language;
  t: Translate;
}) {
  const picture = useMemo(() => {
    const places = mapPlaces(strategy, strategy.home, SHOW_EVERYTHING);
    const projection = projectionFor(places);
    const scene = mapScene(places, countryPaths(world, projection), language, t, projection);
    return pictureOf(scene, t);
  }, [strategy, world, language, t]);
  const { scene } = picture;
  return (
    <>
      <div
        className="world-map-drawing"
        dangerouslySetInnerHTML={{
          __html: pictureSvg(picture, t('section.worldMap'), { halo: false }),
        }}
      />
      <p className="world-map-print-note">
        {t('worldMapShown', { shown: scene.shown, total: scene.total })}
        {scene.unplaced.length > 0 &&
          ` · ${t('worldMapUnplaced')} ${scene.unplaced.map((city) => city.label).join(', ')}`}
        {!scene.home && ` · ${t('worldMapNoHome')}`}
      </p>
      <p className="world-map-print-note">{t('worldMapSource')}</p>
    </>
  );
}
