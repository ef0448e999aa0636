import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadEditorModule } from '../../renderer/components/editor/loadEditor';

// The app fetches its editor once the library is shown; here it is there from the start, so
// a test renders it in the same step as a user's click would show it.
await loadEditorModule();

// jsdom lays nothing out; React Flow needs these to measure its pane and nodes.
class ResizeObserverShim {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    setTimeout(() =>
      this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver),
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverShim as unknown as typeof ResizeObserver;

class DOMMatrixReadOnlyShim {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}
(globalThis as Record<string, unknown>).DOMMatrixReadOnly = DOMMatrixReadOnlyShim;

/** An element's size set in pixels in its style, or the fallback: a share (100%) is not pixels. */
const pixels = (size: string, fallback: number) =>
  size.endsWith('px') ? parseFloat(size) : fallback;
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    get() {
      return pixels((this as HTMLElement).style.height, 800);
    },
  },
  offsetWidth: {
    get() {
      return pixels((this as HTMLElement).style.width, 1000);
    },
  },
});
(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
  ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;

// jsdom scrolls nothing either; a test that cares spies on what was asked to come into view.
Element.prototype.scrollIntoView = () => {};

// jsdom draws nothing; the overview map simply stays blank, as on a browser without a canvas.
HTMLCanvasElement.prototype.getContext = (() => null) as HTMLCanvasElement['getContext'];

afterEach(() => cleanup());
