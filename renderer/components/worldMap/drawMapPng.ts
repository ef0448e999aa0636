import { FONT_STACK } from '../../../shared/report/fonts';
import {
  BORDER_COLOUR,
  HOME_COLOUR,
  LAND_COLOUR,
  SEA_COLOUR,
} from '../../../shared/places/mapGeometry';
import type { MapPicture } from '../../../shared/places/mapPicture';

/**
 * The map picture as PNG bytes, drawn on a canvas rather than through an <img> of the SVG: a
 * canvas uses the page's own fonts, so Korean names come out in the bundled font.
 */
export async function drawMapPng(
  picture: MapPicture,
  doc: Document = document,
): Promise<Uint8Array> {
  const { width, height, mapHeight, scale, scene, fontSize } = picture;
  const pixels = 2;
  const font = (weight: number) => `${weight} ${fontSize}px ${FONT_STACK}`;
  const sample = [...picture.labels.map((l) => l.text), ...picture.legend.map((e) => e.text)].join(
    '',
  );
  await Promise.all([doc.fonts.load(font(400), sample), doc.fonts.load(font(700), sample)]);
  const canvas = doc.createElement('canvas');
  canvas.width = width * pixels;
  canvas.height = height * pixels;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.scale(pixels, pixels);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = SEA_COLOUR;
  ctx.fill(new Path2D(scene.sphere));
  ctx.fillStyle = LAND_COLOUR;
  ctx.strokeStyle = BORDER_COLOUR;
  ctx.lineWidth = 0.6 / scale;
  for (const d of scene.countries) {
    const path = new Path2D(d);
    ctx.fill(path);
    ctx.stroke(path);
  }
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = 1.2 / scale;
  for (const arc of scene.arcs) {
    ctx.strokeStyle = arc.colour;
    ctx.stroke(new Path2D(arc.d));
  }
  ctx.restore();

  const dot = (x: number, y: number, r: number, fill: string, stroke: string, ring: number) => {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    if (fill !== 'none') {
      ctx.fillStyle = fill;
      ctx.fill();
    }
    ctx.strokeStyle = stroke;
    ctx.lineWidth = ring;
    ctx.stroke();
  };
  ctx.globalAlpha = 0.85;
  for (const m of scene.markers) dot(m.x * scale, m.y * scale, m.r, m.fill, m.stroke, m.ring);
  ctx.globalAlpha = 1;
  if (scene.home) dot(scene.home.x * scale, scene.home.y * scale, 6, HOME_COLOUR, '#ffffff', 2);

  ctx.lineJoin = 'round';
  for (const label of picture.labels) {
    ctx.font = font(label.id === 'home' ? 700 : 400);
    ctx.textAlign = label.anchor === 'middle' ? 'center' : label.anchor;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillStyle = '#111827';
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.textAlign = 'start';
  ctx.font = font(400);
  const legendY = mapHeight + (height - mapHeight) / 2;
  for (const entry of picture.legend) {
    const cx = entry.x + entry.r;
    dot(cx, legendY, entry.r, entry.fill, entry.stroke, 1.5);
    ctx.fillStyle = '#111827';
    ctx.fillText(entry.text, cx + entry.r + 6, legendY + fontSize * 0.35);
  }

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}
