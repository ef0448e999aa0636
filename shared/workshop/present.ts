import { MAX_ZOOM } from '../layout/viewport';
import type { SavedView } from '../map/savedViews';

/** How large a presentation draws the map, for the back of the room. */
export const TEXT_SIZES = ['normal', 'large', 'extraLarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** A card's title in graph units (see .node-name); on screen it is this times the zoom. */
export const CARD_TITLE_PX = 12.5;

/**
 * The smallest a card's title may be on screen at each text size (18 and 24 px, with half a
 * pixel to spare for the browser's rounding of the zoom); normal keeps the view's zoom.
 */
const MIN_TITLE_PX: Record<TextSize, number> = { normal: 0, large: 18.5, extraLarge: 24.5 };

/** The zoom a slide is shown at: the view's own, raised until titles reach the text size. */
export function presentZoom(viewZoom: number, textSize: TextSize): number {
  return Math.min(MAX_ZOOM, Math.max(viewZoom, MIN_TITLE_PX[textSize] / CARD_TITLE_PX));
}

export function isTextSize(value: unknown): value is TextSize {
  return (TEXT_SIZES as readonly unknown[]).includes(value);
}

/**
 * The slides of a presentation: the saved views in their order, or, with none saved, one slide
 * of the whole map (null), so "Present" always shows something.
 */
export function slidesOf(views: readonly SavedView[] | undefined): (SavedView | null)[] {
  return views && views.length > 0 ? [...views] : [null];
}

/** A slide number kept within the slides there are. */
export function clampSlide(index: number, count: number): number {
  return Math.min(Math.max(0, Math.round(index)), Math.max(0, count - 1));
}
