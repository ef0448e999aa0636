import { createStore, type StoreApi } from 'zustand/vanilla';

/** What a gesture on the canvas layer is doing, for the layer to draw on every frame. */
export interface CanvasGesture {
  /** The nodes a drag is moving, and how far so far, in graph units. */
  moving: ReadonlySet<string> | null;
  dx: number;
  dy: number;
  /** The nodes inside a selection box being drawn. */
  boxed: ReadonlySet<string> | null;
}

export type GestureStore = StoreApi<CanvasGesture>;

export const createGestureStore = (): GestureStore =>
  createStore<CanvasGesture>(() => ({ moving: null, dx: 0, dy: 0, boxed: null }));
