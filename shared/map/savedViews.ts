import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import type { Language, Position } from '../model/graph';
import { pairInLanguageOrder } from '../model/names';
import { SHOW_EVERYTHING, type MapFilter } from './filters';
import type { MapFocus } from './focus';

/**
 * Where a saved view looks: the graph point at the middle of the canvas, and the zoom. Kept by
 * its middle rather than its corner, so a view saved in one window looks at the same place in a
 * window of another size.
 */
export interface ViewCentre {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Whether a view's place, on a pane `width` × `height`, shows any of the cards at `positions`:
 * a layout since the view was saved may have moved them all elsewhere, and a view that opens on
 * empty canvas is fitted to its cards instead.
 */
export function placeShowsAny(
  place: ViewCentre,
  width: number,
  height: number,
  positions: readonly Position[],
): boolean {
  const [halfWidth, halfHeight] = [width / 2 / place.zoom, height / 2 / place.zoom];
  return positions.some(
    (p) =>
      p.x < place.x + halfWidth &&
      p.x + NODE_WIDTH > place.x - halfWidth &&
      p.y < place.y + halfHeight &&
      p.y + NODE_HEIGHT > place.y - halfHeight,
  );
}

/** A named way of looking at a strategy's map, stored with the strategy. */
export interface SavedView {
  id: string;
  /** The name in English and in Korean; one may be empty, and the other is shown instead. */
  name: string;
  nameKo: string;
  /** Null: fit whatever the view shows, wherever the strategy's nodes are. */
  viewport: ViewCentre | null;
  focus: MapFocus | null;
  filters: MapFilter;
  /** What the presenter says over this view as a slide; shown to them, never on the slide. */
  notes?: string;
}

export const MAX_SAVED_VIEWS = 100;
export const MAX_VIEW_NAME_LENGTH = 200;
export const MAX_VIEW_NOTES_LENGTH = 5000;

/** The view with its presenter's notes replaced; empty notes are not kept. */
export function withNotes(view: SavedView, notes: string): SavedView {
  const { notes: _old, ...rest } = view;
  const text = notes.trim() === '' ? '' : notes.slice(0, MAX_VIEW_NOTES_LENGTH);
  return text === '' ? rest : { ...rest, notes: text };
}

/** The map settings a strategy stored before it had any; older records are read with them. */
export function withMapSettings<M extends object>(
  meta: M,
): M & { views: SavedView[]; filters: MapFilter } {
  const { views, filters } = meta as { views?: SavedView[]; filters?: MapFilter };
  return { ...meta, views: views ?? [], filters: filters ?? SHOW_EVERYTHING };
}

/** The name to show: the UI language's, or the other one when that is empty. */
export function viewName(view: Pick<SavedView, 'name' | 'nameKo'>, language: Language): string {
  const [preferred, other] = pairInLanguageOrder(view.name, view.nameKo, language);
  return preferred.trim() !== '' ? preferred : other;
}

/** The view with its name in a language replaced; the other language's name stays. */
export function renamedView(view: SavedView, name: string, language: Language): SavedView {
  return language === 'ko' ? { ...view, nameKo: name } : { ...view, name };
}

/** The list with one view moved `by` places (−1 up, +1 down); unchanged at either end. */
export function movedView(views: readonly SavedView[], id: string, by: -1 | 1): SavedView[] {
  const from = views.findIndex((view) => view.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= views.length) return [...views];
  const moved = [...views];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}
