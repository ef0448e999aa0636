import type { Translate } from '../i18n/translate';
import { escapeXml } from '../report/graphSvg';
import { FONT_STACK } from '../report/fonts';
import {
  BORDER_COLOUR,
  HOME_COLOUR,
  LAND_COLOUR,
  LEGEND_RELATIONS,
  markerRadius,
  RELATION_COLOURS,
  SEA_COLOUR,
} from './mapGeometry';
import { placeLabels, textWidth, type PlacedLabel } from './mapLabels';
import type { MapScene } from './mapScene';

/** Width of the printed and exported map in drawing units; at a landscape page's width a label prints at 7 pt or more. */
export const PICTURE_WIDTH = 1200;
export const PICTURE_FONT = 11.5;
const LEGEND_HEIGHT = 44;

export interface PictureLegendEntry {
  kind: 'relation' | 'home' | 'size';
  fill: string;
  stroke: string;
  r: number;
  text: string;
  x: number;
}

/** The whole map laid out at a size: the SVG export, the PNG export and the printed chapter. */
export interface MapPicture {
  width: number;
  height: number;
  mapHeight: number;
  scale: number;
  scene: MapScene;
  labels: PlacedLabel[];
  legend: PictureLegendEntry[];
  fontSize: number;
}

/**
 * The names a map may show, at a scale: each partner city's, ranked by its projects, and the
 * home city's, which always goes first. The screen and the picture place the same ones.
 */
export function labelCandidates(scene: MapScene, scale: number) {
  const candidates = scene.markers.map((m) => ({
    id: m.id,
    x: m.x * scale,
    y: m.y * scale,
    r: m.r,
    text: m.label,
    priority: m.projects,
  }));
  if (scene.home)
    candidates.push({
      id: 'home',
      x: scene.home.x * scale,
      y: scene.home.y * scale,
      r: 6,
      text: scene.home.label,
      priority: Infinity,
    });
  return candidates;
}

/** Markers drawn at the picture's scale; the screen draws them at its own zoom instead. */
export function pictureOf(scene: MapScene, t: Translate, width = PICTURE_WIDTH): MapPicture {
  const scale = width / scene.width;
  const mapHeight = Math.round(scene.height * scale);
  const fontSize = PICTURE_FONT;
  const labels = placeLabels(labelCandidates(scene, scale), fontSize, {
    left: 0,
    top: 0,
    right: width,
    bottom: mapHeight,
  });
  const legend: PictureLegendEntry[] = [];
  let x = 16;
  const add = (entry: Omit<PictureLegendEntry, 'x'>) => {
    legend.push({ ...entry, x });
    x += entry.r * 2 + 8 + textWidth(entry.text, fontSize) + 22;
  };
  if (scene.home)
    add({
      kind: 'home',
      fill: HOME_COLOUR,
      stroke: '#ffffff',
      r: 6,
      text: scene.home.accessibleName,
    });
  for (const relation of LEGEND_RELATIONS)
    add({
      kind: 'relation',
      ...RELATION_COLOURS[relation],
      r: 6,
      text: t(`option.${relation}`),
    });
  add({ kind: 'relation', ...RELATION_COLOURS[''], r: 6, text: t('worldMapLegendOther') });
  add({
    kind: 'size',
    fill: 'none',
    stroke: '#374151',
    r: markerRadius(9),
    text: t('worldMapLegendSize'),
  });
  return {
    width,
    height: mapHeight + LEGEND_HEIGHT,
    mapHeight,
    scale,
    scene,
    labels,
    legend,
    fontSize,
  };
}

const n = (value: number) => Math.round(value * 100) / 100;

/**
 * The map as a standalone SVG document: vector outlines, and names as real text. A printed map
 * has no white halo behind its names, as a PDF would hold each name twice, outline and fill: a
 * pale plate under each name keeps the arcs that pass under it from crossing its letters.
 */
export function pictureSvg(picture: MapPicture, title: string, { halo = true } = {}): string {
  const { width, height, mapHeight, scale, scene, fontSize } = picture;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="scale(${n(scale)})">`,
    `<path d="${scene.sphere}" fill="${SEA_COLOUR}" stroke="#cbd5e1" stroke-width="${n(1 / scale)}"/>`,
    `<g fill="${LAND_COLOUR}" stroke="${BORDER_COLOUR}" stroke-width="${n(0.6 / scale)}">`,
    ...scene.countries.map((d) => `<path d="${d}"/>`),
    `</g>`,
    `<g fill="none" stroke-width="${n(1.2 / scale)}" stroke-opacity="0.55">`,
    ...scene.arcs.map((arc) => `<path d="${arc.d}" stroke="${arc.colour}"/>`),
    `</g></g>`,
    `<g class="markers">`,
    ...scene.markers.map(
      (m) =>
        `<circle cx="${n(m.x * scale)}" cy="${n(m.y * scale)}" r="${n(m.r)}" fill="${m.fill}" fill-opacity="0.85" stroke="${m.stroke}" stroke-width="${m.ring}"><title>${escapeXml(m.accessibleName)}</title></circle>`,
    ),
    `</g>`,
  ];
  if (scene.home)
    parts.push(
      `<g class="home"><circle cx="${n(scene.home.x * scale)}" cy="${n(scene.home.y * scale)}" r="6" fill="${HOME_COLOUR}" stroke="#ffffff" stroke-width="2"><title>${escapeXml(scene.home.accessibleName)}</title></circle></g>`,
    );
  if (!halo)
    parts.push(
      `<g class="label-plates" fill="#ffffff" fill-opacity="0.8">`,
      ...picture.labels.map(
        ({ box }) =>
          `<rect x="${n(box.left - 1.5)}" y="${n(box.top)}" width="${n(box.right - box.left + 3)}" height="${n(box.bottom - box.top)}" rx="2"/>`,
      ),
      `</g>`,
    );
  parts.push(
    `<g class="labels" font-size="${fontSize}" fill="#111827"${halo ? ' stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"' : ''}>`,
    ...picture.labels.map(
      (label) =>
        `<text x="${n(label.x)}" y="${n(label.y)}" text-anchor="${label.anchor}"${label.id === 'home' ? ' font-weight="700"' : ''}>${escapeXml(label.text)}</text>`,
    ),
    `</g>`,
    `<g class="legend" font-size="${fontSize}" fill="#111827">`,
  );
  const legendY = mapHeight + LEGEND_HEIGHT / 2;
  for (const entry of picture.legend) {
    const cx = entry.x + entry.r;
    parts.push(
      `<circle cx="${n(cx)}" cy="${n(legendY)}" r="${n(entry.r)}" fill="${entry.fill}" stroke="${entry.stroke}" stroke-width="1.5"/>`,
      `<text x="${n(cx + entry.r + 6)}" y="${n(legendY + fontSize * 0.35)}">${escapeXml(entry.text)}</text>`,
    );
  }
  parts.push(`</g></svg>`);
  return parts.join('\n');
}
