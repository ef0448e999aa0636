import type { Page } from '@playwright/test';

/**
 * Waits for the page's next animation frame. Gestures wait for one between pointer events, as a
 * real pointer sends one event per frame, so every frame of a gesture carries its work.
 */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
  );
}

/** Frame intervals from requestAnimationFrame while `act` runs: mean fps, p95 frame, frame count. */
export async function frames(page: Page, act: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: number };
    // Each recording has its own number: the last one's loop, still waiting for a frame when
    // this one starts, ends instead of recording every frame a second time.
    const recording = (w.recording ?? 0) + 1;
    w.recording = recording;
    w.frameTimes = [];
    let last = performance.now();
    const tick = (t: number) => {
      if (w.recording !== recording) return;
      w.frameTimes.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const intervals = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: number };
    w.recording++;
    return w.frameTimes.slice(2);
  });
  return frameFigures(intervals);
}

/** Mean fps, p95 frame and frame count from frame intervals in ms. */
export function frameFigures(intervals: number[]) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    fps: 1000 / mean,
    p95: sorted[Math.floor(sorted.length * 0.95)]!,
    count: intervals.length,
  };
}

/**
 * Counts the React components that render, and the commits they render in, through the hook
 * React reports each commit to (the one its developer tools use; production builds report too).
 * A component counts when it ran in the commit; subtrees React skipped are not walked.
 */
export const RENDER_COUNTER = `(() => {
  const w = window;
  w.componentRenders = 0;
  w.commits = 0;
  w.countRenders = false;
  const COMPOSITE = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  let nextId = 1;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { const id = nextId++; this.renderers.set(id, renderer); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!w.countRenders) return;
      w.commits++;
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (COMPOSITE.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0) w.componentRenders++;
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child && (!fiber.alternate || fiber.alternate.child !== fiber.child)) stack.push(fiber.child);
      }
    },
  };
})();`;

/** The last `name` user-timing measures' durations (the app records them under ?timings). */
export function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((entry) => entry.duration),
    name,
  );
}

export function clearMeasures(page: Page): Promise<void> {
  return page.evaluate(() => performance.clearMeasures());
}

/** Reads a strategy's records straight from IndexedDB, as fast as the browser can. */
export function rawRead(page: Page, strategyId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('city-diplomacy-workbench'));
    const started = performance.now();
    const tx = db.transaction(['strategies', 'nodeBuckets', 'edgeBuckets'], 'readonly');
    // Every bucket of the strategy: keys [id, bucket number].
    const buckets = IDBKeyRange.bound([id, 0], [id, Infinity]);
    await Promise.all([
      request(tx.objectStore('strategies').get(id)),
      request(tx.objectStore('nodeBuckets').getAll(buckets)),
      request(tx.objectStore('edgeBuckets').getAll(buckets)),
    ]);
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  }, strategyId);
}

/** From a press on the library's Open button to the first frame with the canvas's nodes. */
export function timedOpen(page: Page, title: string): Promise<number> {
  return page.evaluate((t) => {
    const row = document.querySelector(`li[aria-label="${CSS.escape(t)}"]`)!;
    const button = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Open')!;
    const started = performance.now();
    const shown = new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector('.react-flow__node'))
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        else requestAnimationFrame(check);
      };
      check();
    });
    button.click();
    return shown;
  }, title);
}

/** Watches for long tasks (over 50 ms) on the main thread; `stop` returns them. */
export async function watchLongTasks(
  page: Page,
): Promise<() => Promise<{ start: number; duration: number }[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[][]; watcher?: PerformanceObserver };
    w.longTasks = [];
    w.watcher = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
    });
    w.watcher.observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { longTasks: number[][]; watcher?: PerformanceObserver };
      w.watcher?.disconnect();
      return w.longTasks.map(([start, duration]) => ({ start: start!, duration: duration! }));
    });
}

/** Start and duration of the last `name` measure. */
export function lastSpan(page: Page, name: string): Promise<{ start: number; duration: number }> {
  return page.evaluate((n) => {
    const entry = performance.getEntriesByName(n, 'measure').at(-1)!;
    return { start: entry.startTime, duration: entry.duration };
  }, name);
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

/**
 * From the press on a canvas card until a frame showing the inspector with that card's name has
 * been drawn: the clock starts at the input event, so the figure is the app's latency, not the
 * test driver's.
 */
export async function timedSelect(page: Page, point: { x: number; y: number }, name: string) {
  const shown = page.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        addEventListener(
          'pointerdown',
          (event) => {
            const started = event.timeStamp;
            const check = () => {
              const inspector = document.querySelector('section[aria-label="Inspector"]');
              const fields = inspector?.querySelectorAll<HTMLInputElement>('input, textarea') ?? [];
              // Seen before a frame: the task after that frame's rendering is when it shows.
              if ([...fields].some((field) => field.value === n))
                setTimeout(() => resolve(performance.now() - started));
              else if (performance.now() - started > 5000) reject(new Error(`${n} not shown`));
              else requestAnimationFrame(check);
            };
            check();
          },
          { capture: true, once: true },
        );
      }),
    name,
  );
  // The listener is in place once the evaluate above has run; a no-op round trip makes sure.
  await page.evaluate(() => undefined);
  await page.mouse.click(point.x, point.y);
  return shown;
}

/**
 * Installed before the page's own scripts: notes, as `window.readyAt`, when the first frame that
 * shows an element matching `selector` has been drawn. An element there but not yet visible (the
 * first screen waits hidden for its fonts) is not shown yet. It stops watching then, or after ten
 * seconds.
 */
export function readyWatcher(selector: string): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element || !element.checkVisibility({ visibilityProperty: true })) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.readyAt = performance.now(); }));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    setTimeout(() => observer.disconnect(), 10000);
  })();`;
}

/** What a drawn frame must show for an action to count as done. */
export interface ShownResult {
  /** How many cards React Flow draws. */
  cards?: number;
  /** No element matches this selector any more. */
  absent?: string;
  /** The text of the map's "Showing … of … nodes" line. */
  status?: string;
  /** The viewport's translation and zoom, to half a pixel. */
  transform?: number[];
}

/**
 * From a click on the element matching `selector` whose text is `text` until a drawn frame
 * shows `result`, timed in the page from the click: the app's latency, not the test driver's.
 */
export function timedClick(
  page: Page,
  target: { selector: string; text: string },
  result: ShownResult,
): Promise<number> {
  return page.evaluate(
    ({ target, result }) =>
      new Promise<number>((resolve, reject) => {
        const element = [...document.querySelectorAll<HTMLElement>(target.selector)].find(
          (e) => e.textContent?.trim() === target.text,
        );
        if (!element) return reject(new Error(`${target.text} not found`));
        const done = () => {
          if (result.cards !== undefined)
            if (document.querySelectorAll('.react-flow__node').length !== result.cards)
              return false;
          if (result.absent && document.querySelector(result.absent)) return false;
          if (result.status !== undefined)
            if (document.querySelector('.map-count')?.textContent !== result.status) return false;
          if (result.transform) {
            const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
            const now = viewport?.style.transform.match(/-?[\d.]+/g)?.map(Number) ?? [];
            if (result.transform.some((value, i) => Math.abs(value - (now[i] ?? NaN)) > 0.5))
              return false;
          }
          return true;
        };
        const started = performance.now();
        const check = () => {
          // Seen before a frame: the task after that frame's rendering is when it shows.
          if (done()) setTimeout(() => resolve(performance.now() - started));
          else if (performance.now() - started > 10_000) reject(new Error('result not shown'));
          else requestAnimationFrame(check);
        };
        element.click();
        requestAnimationFrame(check);
      }),
    { target, result },
  );
}

/** Where a strategy's nodes are, as the app last stored them. */
export function storedPositions(
  page: Page,
  strategyId: string,
): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(async (id) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('city-diplomacy-workbench'));
    const tx = db.transaction('nodeBuckets', 'readonly');
    const buckets = await request(
      tx.objectStore('nodeBuckets').getAll(IDBKeyRange.bound([id, 0], [id, Infinity])),
    );
    db.close();
    type StoredNode = { id: string; position: { x: number; y: number } };
    const nodes = buckets.flatMap((bucket: { records: StoredNode[] }) => bucket.records);
    return nodes.map((n) => ({
      id: n.id,
      x: n.position.x,
      y: n.position.y,
    }));
  }, strategyId);
}

/** React Flow's view: translation and zoom. */
export function readTransform(page: Page): Promise<[number, number, number]> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((e) => (e as HTMLElement).style.transform.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number))
    .then(([x, y, zoom]) => [x!, y!, zoom!]);
}

/**
 * Waits for the view to stop moving (a fit or a zoom step animates) and for the frames after
 * it, when a large strategy swaps between its cards and its drawn map.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = '';
        let still = 0;
        const check = () => {
          const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
          const now = viewport?.style.transform ?? '';
          still = now === last ? still + 1 : 0;
          last = now;
          const waited = performance.now() - started;
          if ((still >= 10 && waited > 300) || waited > 10_000) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}
