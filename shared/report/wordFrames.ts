/** Where a picture may go in the Word copy, in CSS pixels (96 to the inch). */
export interface Frame {
  width: number;
  height: number;
}

/** The text area of an A4 page with 2 cm margins. */
export const PORTRAIT_FRAME: Frame = { width: 642, height: 880 };
/** A landscape page's text area, less a heading and a caption above the drawing. */
export const LANDSCAPE_FRAME: Frame = { width: 971, height: 540 };

export const MM_PER_PX = 25.4 / 96;
