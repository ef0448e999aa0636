// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_WAIT_MS, showWhenFontsLoaded } from '../../renderer/showWhenFontsLoaded';

/** A stand-in for document.fonts whose faces load when the test says. */
function heldFonts() {
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  return { fonts: { ready } as unknown as FontFaceSet, loaded };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('showing the first screen once its fonts are in', () => {
  it('keeps what was rendered hidden until the fonts have loaded', async () => {
    const container = document.createElement('div');
    const { fonts, loaded } = heldFonts();
    let hiddenWhileRendering = false;
    const shown = showWhenFontsLoaded(
      container,
      () => {
        container.textContent = 'New strategy';
        hiddenWhileRendering = container.style.visibility === 'hidden';
      },
      fonts,
    );
    expect(hiddenWhileRendering).toBe(true);
    await Promise.resolve();
    expect(container.style.visibility).toBe('hidden');
    loaded();
    await shown;
    expect(container.style.visibility).toBe('');
  });

  it('shows it anyway when a face never answers', async () => {
    vi.useFakeTimers();
    const container = document.createElement('div');
    const shown = showWhenFontsLoaded(container, () => {}, heldFonts().fonts);
    await vi.advanceTimersByTimeAsync(FONT_WAIT_MS - 1);
    expect(container.style.visibility).toBe('hidden');
    await vi.advanceTimersByTimeAsync(1);
    await shown;
    expect(container.style.visibility).toBe('');
  });

  it('never leaves the window blank when rendering fails', async () => {
    const container = document.createElement('div');
    const failing = showWhenFontsLoaded(
      container,
      () => {
        throw new Error('render failed');
      },
      heldFonts().fonts,
    );
    await expect(failing).rejects.toThrow('render failed');
    expect(container.style.visibility).toBe('');
  });
});
