/**
 * The longest the first screen waits for its fonts: Chromium's own block period for a face
 * with `font-display: block`. The fonts are bundled and come in within milliseconds; the bound
 * only keeps a face that never answers from leaving the window blank.
 */
export const FONT_WAIT_MS = 3000;

/**
 * Renders the first screen hidden and shows it once the fonts its text needs have loaded.
 * Shown at once, it would be laid out in a fallback font and laid out again as each bundled
 * face came in: the buttons of the library's header move by tens of pixels, sometimes from
 * one line to another, and a click that began on "New strategy" could end on something else
 * and be lost. `render` must commit synchronously (see flushSync), so that layout asks for
 * the faces before the wait begins.
 */
export async function showWhenFontsLoaded(
  container: HTMLElement,
  render: () => void,
  fonts: FontFaceSet = document.fonts,
  waitMs = FONT_WAIT_MS,
): Promise<void> {
  container.style.visibility = 'hidden';
  try {
    render();
    // Layout now rather than at the next frame: it is what starts the faces loading.
    container.getBoundingClientRect();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      fonts.ready,
      new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
    ]);
    clearTimeout(timer);
  } finally {
    container.style.visibility = '';
  }
}
