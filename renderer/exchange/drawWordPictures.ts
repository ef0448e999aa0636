import type { Translate } from '../../shared/i18n/translate';
import type { Language, Strategy } from '../../shared/model/graph';
import type { WordPicture } from '../../shared/report/wordParts';
import { worldMapPicture, type WordPictureRequest } from '../../shared/report/wordPictures';
import { pictureSvg } from '../../shared/places/mapPicture';
import { loadWorld } from '../components/worldMap/loadWorld';
import { canvasPng } from './canvasPng';
import { drawChartPng } from './drawChartPng';
import { drawMapCanvas } from './drawPng';
import { drawSvgPng } from './drawSvgPng';

export interface DrawnPictures {
  pictures: Map<string, WordPicture>;
  /** Why the world map is missing, when its countries could not be loaded. */
  worldMapError?: string;
}

/**
 * Small drawings (charts) at twice their size; page-wide maps at 1.5 times, about 150 dpi as
 * Word prints them: sharp enough for their 7 pt names, and half the pixels to encode.
 */
const sharpnessOf = (width: number) => (width > 600 ? 1.5 : 2);

async function drawOne(
  request: WordPictureRequest,
  strategy: Strategy,
  language: Language,
  t: Translate,
): Promise<WordPicture> {
  switch (request.kind) {
    case 'map': {
      const { model } = request;
      const png = canvasPng(await drawMapCanvas(model));
      return { png, width: model.width, height: model.height };
    }
    case 'chart':
      return drawChartPng(request.chart);
    case 'svg':
      return drawSvgPng(request.svg, request.width, request.height, sharpnessOf(request.width));
    case 'worldMap': {
      // The picture the print view and the map's SVG export draw, names on a white halo.
      const picture = worldMapPicture(strategy, await loadWorld(), language, t);
      const svg = pictureSvg(picture, t('section.worldMap'));
      return drawSvgPng(svg, picture.width, picture.height, sharpnessOf(picture.width));
    }
  }
}

/**
 * Draws the Word copy's pictures one after another: each holds the page's main thread while it
 * paints, and one at a time keeps the memory of only one canvas. A world map whose countries
 * cannot be loaded is left out, and why is kept for the chapter to say.
 */
export async function drawWordPictures(
  requests: readonly WordPictureRequest[],
  strategy: Strategy,
  language: Language,
  t: Translate,
): Promise<DrawnPictures> {
  const pictures = new Map<string, WordPicture>();
  let worldMapError: string | undefined;
  for (const request of requests)
    try {
      pictures.set(request.id, await drawOne(request, strategy, language, t));
    } catch (error) {
      if (request.kind !== 'worldMap') throw error;
      worldMapError = String(error);
    }
  return { pictures, worldMapError };
}
