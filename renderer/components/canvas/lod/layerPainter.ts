import type { BundleMark } from '../../../../shared/layout/canvasScene';
import { pictureArea, pictureCover, titleRoom } from '../../../../shared/layout/levelOfDetail';
import { visibleRect, type Rect } from '../../../../shared/layout/viewport';
import type { FlowNode } from '../../../store/flow';
import {
  drawCards,
  drawLines,
  drawMarks,
  drawTitles,
  type KindLines,
  type KindShapes,
} from './sceneDrawing';

/** What stays still while the view moves: built once per change of the graph (see useScene). */
export interface StillScene {
  placed: FlowNode[];
  cards: KindShapes[];
  lines: KindLines[];
  marks: BundleMark[];
  /** The area the nodes cover, or null when there are none. */
  bounds: Rect | null;
}

export interface View {
  transform: readonly [number, number, number];
  width: number;
  height: number;
  ratio: number;
  font: string;
}

type TitleOf = (node: FlowNode, room: number) => string;

interface Picture {
  canvas: HTMLCanvasElement;
  area: Rect;
  zoom: number;
  scene: StillScene;
  titleOf: TitleOf;
}

/** While a zoom goes on, a picture holding this much of the view is scaled, not drawn again. */
const ZOOMING_COVER = 0.6;
/**
 * After a zoom has rested this long, the picture is drawn again sharp at the new zoom. Drawing
 * a large strategy again is a long task: a shorter rest would start it between two steps of a
 * zoom that goes on, when the page falls a few frames behind.
 */
const SETTLE_MS = 300;
/**
 * A zoom this close to the picture's is the picture's: a zoom in and back out again ends a
 * rounding error away from where it began, and drawing the whole picture again for that would
 * cost a long frame for nothing to see.
 */
const SAME_ZOOM = 1e-6;
const sameZoom = (a: number, b: number) => Math.abs(a / b - 1) < SAME_ZOOM;

/**
 * Draws the still part of the layer into a picture of the view and some way round it, and
 * each frame places that picture: a pan frame copies one bitmap however many nodes there are.
 * While a zoom goes on the picture is scaled, and drawn again sharp once the zoom rests, or at
 * once when it no longer covers the view.
 */
export function createPainter() {
  let picture: Picture | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let sharpen = false;

  function paint(scene: StillScene, area: Rect, view: View, titleOf: TitleOf): Picture {
    const zoom = view.transform[2];
    const scale = zoom * view.ratio;
    const canvas = picture?.canvas ?? document.createElement('canvas');
    canvas.width = Math.ceil((area.right - area.left) * scale);
    canvas.height = Math.ceil((area.bottom - area.top) * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(scale, 0, 0, scale, -area.left * scale, -area.top * scale);
    const room = titleRoom(zoom);
    drawLines(ctx, scene.lines, zoom);
    drawMarks(ctx, scene.marks, zoom, view.font);
    drawCards(ctx, scene.cards, zoom, room > 0);
    if (room > 0)
      drawTitles(ctx, scene.placed, area, zoom, view.font, (node) => titleOf(node, room));
    return { canvas, area, zoom, scene, titleOf };
  }

  /** Puts the still scene on `ctx`, whose transform is the graph's; `redraw` once a zoom rests. */
  function place(
    ctx: CanvasRenderingContext2D,
    scene: StillScene,
    view: View,
    titleOf: TitleOf,
    redraw: () => void,
  ) {
    const [x, y, zoom] = view.transform;
    const seen = visibleRect(view.transform, view.width, view.height, 0);
    // At the picture's zoom it must hold the whole view; while a zoom goes on, most of it.
    const cover =
      picture?.scene === scene && picture.titleOf === titleOf && scene.bounds
        ? pictureCover(picture.area, seen, scene.bounds)
        : 0;
    const atItsZoom = !!picture && sameZoom(picture.zoom, zoom);
    const current = atItsZoom ? cover === 1 : !sharpen && cover >= ZOOMING_COVER;
    sharpen = false;
    if (!current) {
      const area = pictureArea(seen, scene.bounds);
      picture = area ? paint(scene, area, view, titleOf) : null;
    }
    if (!picture) return;
    const { area, canvas } = picture;
    if (sameZoom(picture.zoom, zoom)) {
      // Pixel for pixel: copied, not resampled.
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(
        canvas,
        Math.round(view.ratio * (x + area.left * zoom)),
        Math.round(view.ratio * (y + area.top * zoom)),
      );
      ctx.restore();
      return;
    }
    ctx.drawImage(canvas, area.left, area.top, area.right - area.left, area.bottom - area.top);
    clearTimeout(settle);
    settle = setTimeout(() => {
      sharpen = true;
      redraw();
    }, SETTLE_MS);
  }

  function dispose() {
    clearTimeout(settle);
    picture = null;
  }

  return { place, dispose };
}
