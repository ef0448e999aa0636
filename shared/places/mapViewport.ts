import { MAP_HEIGHT, MAP_WIDTH } from './mapGeometry';

/** Where the map sits in its frame: screen = map point × k + (x, y). */
export interface MapView {
  k: number;
  x: number;
  y: number;
}

export interface FrameSize {
  width: number;
  height: number;
}

export const MAX_ZOOM = 16;
export const ZOOM_STEP = 1.5;
export const PAN_STEP = 80;

/** The whole world, as large as the frame allows, in its middle. */
export function fittedView({ width, height }: FrameSize): MapView {
  const k = Math.max(0.1, Math.min(width / MAP_WIDTH, height / MAP_HEIGHT));
  return { k, x: (width - MAP_WIDTH * k) / 2, y: (height - MAP_HEIGHT * k) / 2 };
}

/** Kept from drifting off: a map smaller than the frame stays centred, a larger one covers it. */
export function clampView(view: MapView, frame: FrameSize): MapView {
  const min = fittedView(frame).k;
  const k = Math.min(Math.max(view.k, min), min * MAX_ZOOM);
  const along = (offset: number, size: number, frameSize: number) =>
    size <= frameSize + 0.5
      ? (frameSize - size) / 2
      : Math.min(0, Math.max(frameSize - size, offset));
  return {
    k,
    x: along(view.x, MAP_WIDTH * k, frame.width),
    y: along(view.y, MAP_HEIGHT * k, frame.height),
  };
}

/** Zoomed by a factor about a point of the frame, which stays where it is. */
export function zoomedView(
  view: MapView,
  factor: number,
  at: { x: number; y: number },
  frame: FrameSize,
): MapView {
  const min = fittedView(frame).k;
  const k = Math.min(Math.max(view.k * factor, min), min * MAX_ZOOM);
  const ratio = k / view.k;
  return clampView(
    { k, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio },
    frame,
  );
}
